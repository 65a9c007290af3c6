// Cluster overrides flow up: a domain's computed level counts every criterion of an overridden cluster at
// the override, weighted by the cluster's size. Worked by hand for the median and the rounded mean.
import { describe, expect, it } from 'vitest';
import type { RatingLevel } from '../../../analysis/api';
import { domainInputs, rollUp } from '../../../analysis/review/rollup-rules';

const I: RatingLevel = 'initiating';
const E: RatingLevel = 'established';
const clusters = [
  { id: 'a', criterionIds: ['1', '2', '3'] },
  { id: 'b', criterionIds: ['4', '5'] },
];
const ratings: Record<string, RatingLevel> = { '1': I, '2': I, '3': I, '4': E };

describe('cluster overrides in the domain roll-up', () => {
  it('without an override the domain rolls up its criteria (unrated ones left out)', () => {
    const inputs = domainInputs(clusters, (id) => ratings[id] ?? null, () => null);
    expect(inputs).toEqual([I, I, I, E, null]);
    // Ratings 1, 1, 1, 3: median of four is the lower middle, 1.
    expect(rollUp('median', inputs)).toBe(I);
  });

  it('an override of cluster a to Established moves the domain: its three criteria count at 3', () => {
    const inputs = domainInputs(clusters, (id) => ratings[id] ?? null, (id) => (id === 'a' ? E : null));
    expect(inputs).toEqual([E, E, E, E, null]);
    expect(rollUp('median', inputs)).toBe(E);
    expect(rollUp('rounded_mean', inputs)).toBe(E);
  });

  it('an override of the small cluster weighs by its size, unrated criteria included', () => {
    // Cluster b overridden to Initiating: 1, 1, 1 from a, and 1, 1 from b: every input is 1.
    const inputs = domainInputs(clusters, (id) => ratings[id] ?? null, (id) => (id === 'b' ? I : null));
    expect(inputs).toEqual([I, I, I, I, I]);
    // With b at Established instead: 1, 1, 1, 3, 3 has mean 9/5 = 1.8, which rounds to 2.
    expect(rollUp('rounded_mean', domainInputs(clusters, (id) => ratings[id] ?? null, (id) => (id === 'b' ? E : null)))).toBe('developing');
  });
});
