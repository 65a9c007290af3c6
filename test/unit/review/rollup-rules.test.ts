// Roll-up rules: median, rounded mean and lowest on worked cases, with ties and unrated criteria.
import { describe, expect, it } from 'vitest';
import type { RatingLevel } from '../../../analysis/api';
import { distributionOf, rollUp } from '../../../analysis/review/rollup-rules';

const I: RatingLevel = 'initiating';
const D: RatingLevel = 'developing';
const E: RatingLevel = 'established';

describe('roll-up rules', () => {
  it('median takes the middle rating of an odd count', () => {
    expect(rollUp('median', [I, E, D])).toBe(D);
    expect(rollUp('median', [E, E, I])).toBe(E);
    expect(rollUp('median', [I, I, E, E, E])).toBe(E);
  });

  it('median of an even count takes the lower middle rating (a tie goes toward more support)', () => {
    expect(rollUp('median', [I, E])).toBe(I);
    expect(rollUp('median', [D, E])).toBe(D);
    expect(rollUp('median', [I, D, E, E])).toBe(D);
    expect(rollUp('median', [I, I, E, E])).toBe(I);
  });

  it('rounded mean rounds to the nearest level, halves down', () => {
    // (1 + 2 + 3) / 3 = 2
    expect(rollUp('rounded_mean', [I, D, E])).toBe(D);
    // (1 + 3 + 3) / 3 = 2.33 -> 2
    expect(rollUp('rounded_mean', [I, E, E])).toBe(D);
    // (2 + 3 + 3) / 3 = 2.67 -> 3
    expect(rollUp('rounded_mean', [D, E, E])).toBe(E);
    // (1 + 2) / 2 = 1.5: an exact half rounds down
    expect(rollUp('rounded_mean', [I, D])).toBe(I);
    // (2 + 3) / 2 = 2.5 -> 2
    expect(rollUp('rounded_mean', [D, E])).toBe(D);
    // (1 + 1 + 3 + 3 + 3 + 3) / 6 = 2.33 -> 2
    expect(rollUp('rounded_mean', [I, I, E, E, E, E])).toBe(D);
    // (1 + 2 + 2 + 2) / 4 = 1.75 -> 2
    expect(rollUp('rounded_mean', [I, D, D, D])).toBe(D);
  });

  it('lowest takes the lowest rating', () => {
    expect(rollUp('lowest', [E, E, D])).toBe(D);
    expect(rollUp('lowest', [E, I, E])).toBe(I);
    expect(rollUp('lowest', [E])).toBe(E);
  });

  it('leaves unrated criteria out, and gives no level when none is rated', () => {
    expect(rollUp('median', [null, E, null, I, D])).toBe(D);
    expect(rollUp('rounded_mean', [null, I, E])).toBe(D);
    expect(rollUp('rounded_mean', [null, I, D, null])).toBe(I);
    expect(rollUp('lowest', [null, E, D, null])).toBe(D);
    for (const rule of ['median', 'rounded_mean', 'lowest'] as const) {
      expect(rollUp(rule, [])).toBeNull();
      expect(rollUp(rule, [null, null])).toBeNull();
    }
  });

  it('counts the distribution of criterion ratings, unrated included', () => {
    expect(distributionOf([I, I, D, null, E, null, null])).toEqual({ initiating: 2, developing: 1, established: 1, unrated: 3 });
    expect(distributionOf([])).toEqual({ initiating: 0, developing: 0, established: 0, unrated: 0 });
  });
});
