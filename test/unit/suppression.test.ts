// Small-cell suppression: worked cases and the property that nothing small can be recovered.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressCountsWithTotal } from '../../analysis/privacy/suppression';

const settings = { minimumN: 10 };

describe('suppressCountsWithTotal', () => {
  it('hides nothing when every count reaches the minimum', () => {
    expect(suppressCountsWithTotal([10, 250, 40], settings)).toEqual({ reasons: [null, null, null], totalShown: true });
  });

  it('hides a small count and the next smallest, so the total cannot give it away', () => {
    // 3 alone could be worked out as 363 - 120 - 240; hiding 120 too leaves 123 unresolved.
    expect(suppressCountsWithTotal([120, 3, 240], settings)).toEqual({ reasons: ['complementary', 'small_count', null], totalShown: true });
  });

  it('keeps hiding until the hidden cells add up to the minimum', () => {
    // 2 + 3 = 5 is still a small count by subtraction; 12 joins them (17).
    expect(suppressCountsWithTotal([2, 3, 12, 400], settings).reasons).toEqual(['small_count', 'small_count', 'complementary', null]);
  });

  it('leaves a total with no breakdown to its own minimum test', () => {
    expect(suppressCountsWithTotal([], settings)).toEqual({ reasons: [], totalShown: true });
  });

  it('hides the total when it would reveal a small group', () => {
    expect(suppressCountsWithTotal([4], settings)).toEqual({ reasons: ['small_count'], totalShown: false });
    expect(suppressCountsWithTotal([4, 3], settings)).toEqual({ reasons: ['small_count', 'small_count'], totalShown: false });
  });

  it('never publishes anything from which a count below the minimum follows', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 60 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 2, max: 20 }), (counts, minimumN) => {
        const { reasons, totalShown } = suppressCountsWithTotal(counts, { minimumN });
        const shown = counts.filter((_, i) => reasons[i] === null);
        const hidden = counts.filter((_, i) => reasons[i] !== null);
        // Directly: every shown count reaches the minimum.
        expect(shown.every((count) => count >= minimumN)).toBe(true);
        if (totalShown) {
          const total = counts.reduce((a, b) => a + b, 0);
          expect(total).toBeGreaterThanOrEqual(minimumN);
          // By subtraction: what the total leaves over is either nothing or at least two cells
          // whose sum is not itself a small count.
          const leftOver = total - shown.reduce((a, b) => a + b, 0);
          expect(hidden.length === 0 || (hidden.length >= 2 && leftOver >= minimumN)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
