// Benjamini-Hochberg q-values against the worked example of Benjamini and Hochberg (1995) and an
// independent, deliberately naive computation of the definition.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../../analysis/metrics/statistics/false-discovery-rate';

// The 15 p-values of the multiple-endpoint study in Benjamini & Hochberg (1995), section 4.
const BH_1995 = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1.0];

/** q_i = min over every p_j >= p_i of m p_j / rank(p_j), straight from the definition (O(m^2)). */
function naiveQ(p: readonly number[]): number[] {
  const m = p.length;
  return p.map((pi) => Math.min(1, ...p.filter((pj) => pj >= pi).map((pj) => (m * pj) / p.filter((pk) => pk <= pj).length)));
}

describe('Benjamini-Hochberg', () => {
  it('rejects the four hypotheses the 1995 paper rejects at q = 0.05 (Bonferroni rejects three)', () => {
    const q = benjaminiHochberg(BH_1995);
    expect(Array.from(q).filter((v) => v <= 0.05)).toHaveLength(4);
    expect(BH_1995.filter((p) => p * 15 <= 0.05)).toHaveLength(3);
  });

  it('gives the q-values worked by hand for the 1995 example', () => {
    // m p / rank, then the running minimum from the largest p down.
    const byHand = [0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.063857142857, 0.063857142857, 0.0645, 0.0765, 0.486, 0.581181818182, 0.714875, 0.753230769231, 0.813214285714, 1];
    const q = benjaminiHochberg(BH_1995);
    byHand.forEach((v, i) => expect(q[i]).toBeCloseTo(v, 9));
  });

  it('agrees with the naive definition for any p-values, in any order, ties included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0.01, 0.05, 0.5)), { minLength: 1, maxLength: 60 }), (p) => {
        const q = benjaminiHochberg(p);
        naiveQ(p).forEach((v, i) => expect(q[i]).toBeCloseTo(v, 12));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves untested cells (NaN) out of the family', () => {
    const q = benjaminiHochberg([0.01, NaN, 0.04]);
    expect(q[1]).toBeNaN();
    expect(q[0]).toBeCloseTo(0.02, 12);
    expect(q[2]).toBeCloseTo(0.04, 12);
  });
});
