// The review's agreement summary: which statistics it reports, hand-worked values for a small rubric,
// deterministic bootstrap intervals, and invariance to the order of raters and items.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseAgreement } from '../../../analysis/agreement/agreement-summary';
import { fleissKappa, gwetAc1 } from '../../../analysis/agreement/chance-corrected';
import { krippendorffAlpha } from '../../../analysis/agreement/krippendorff-alpha';
import type { RatingMatrix } from '../../../analysis/agreement/rating-matrix';

// Three reviewers, four criteria, levels 0 Initiating / 1 Developing / 2 Established; one not rated.
const REVIEW: RatingMatrix = {
  rows: [
    [1, 1, 1],
    [0, 1, 1],
    [2, 2, null],
    [0, 2, 1],
  ],
  categories: 3,
};

describe('agreement summary', () => {
  it('matches a hand-worked computation for three reviewers', () => {
    const summary = summariseAgreement(REVIEW, { replicates: 200 });
    expect(summary.items).toBe(4);
    expect(summary.raters).toBe(3);
    const value = (id: string) => summary.statistics.find((s) => s.id === id)?.value;
    // Agreeing pairs per criterion: 3/3, 1/3, 1/1, 0/3.
    expect(value('exact_agreement')).toBeCloseTo((1 + 1 / 3 + 1 + 0) / 4, 12);
    // Within one level: 3/3, 3/3, 1/1, 2/3 (0-2 is the only pair two levels apart).
    expect(value('adjacent_agreement')).toBeCloseTo((1 + 1 + 1 + 2 / 3) / 4, 12);
    // Category shares per criterion, averaged: pi = (0 + 1/3 + 0 + 1/3, 1 + 2/3 + 0 + 1/3, 0 + 0 + 1 + 1/3) / 4.
    const pi = [2 / 3 / 4, 2 / 4, 4 / 3 / 4];
    const pa = (1 + 1 / 3 + 1 + 0) / 4;
    const fleissPe = pi.reduce((sum, p) => sum + p * p, 0);
    expect(value('fleiss_kappa')).toBeCloseTo((pa - fleissPe) / (1 - fleissPe), 12);
    const gwetPe = (1 / 2) * pi.reduce((sum, p) => sum + p * (1 - p), 0);
    expect(value('gwet_ac1')).toBeCloseTo((pa - gwetPe) / (1 - gwetPe), 12);
    // Cohen's kappa is reported only for exactly two reviewers.
    expect(summary.statistics.map((s) => s.id)).not.toContain('cohen_kappa_linear');
  });

  it("computes Krippendorff's ordinal alpha from the coincidence matrix, worked by hand", () => {
    // Pairable values: criterion 1: three 1s; 2: 0,1,1; 3: 2,2; 4: 0,2,1. Coincidences (c,k):
    // o00 = 0; o01 = o10 = (2 + 1) / 2 = 1.5 ... computed below from the definition, not from the module.
    const o = [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ];
    const add = (values: number[]) => {
      const m = values.length;
      values.forEach((a, i) => values.forEach((b, j) => {
        if (i !== j) o[a]![b]! += 1 / (m - 1);
      }));
    };
    [[1, 1, 1], [0, 1, 1], [2, 2], [0, 2, 1]].forEach(add);
    const n = o.flat().reduce((a, b) => a + b, 0);
    const marg = o.map((row) => row.reduce((a, b) => a + b, 0));
    const delta = (c: number, k: number) => {
      if (c === k) return 0;
      const [lo, hi] = c < k ? [c, k] : [k, c];
      let s = 0;
      for (let g = lo; g <= hi; g++) s += marg[g]!;
      return (s - (marg[c]! + marg[k]!) / 2) ** 2;
    };
    let observed = 0;
    let expected = 0;
    for (let c = 0; c < 3; c++) for (let k = 0; k < 3; k++) {
      observed += o[c]![k]! * delta(c, k);
      expected += marg[c]! * marg[k]! * delta(c, k);
    }
    expect(n).toBeCloseTo(11, 12);
    expect(krippendorffAlpha(REVIEW, 'ordinal')).toBeCloseTo(1 - ((n - 1) * observed) / expected, 12);
  });

  it('gives every statistic an interval from a seeded bootstrap, the same on every run', () => {
    const first = summariseAgreement(REVIEW, { replicates: 300, seed: 7 });
    const second = summariseAgreement(REVIEW, { replicates: 300, seed: 7 });
    expect(second).toEqual(first);
    const exact = first.statistics.find((s) => s.id === 'exact_agreement')!;
    expect(exact.interval!.lower).toBeLessThanOrEqual(exact.value!);
    expect(exact.interval!.upper).toBeGreaterThanOrEqual(exact.value!);
  });

  it('reports Cohen kappas for two reviewers', () => {
    const ids = summariseAgreement({ rows: [[0, 0], [1, 2], [2, 2], [1, 1]], categories: 3 }, { replicates: 50 }).statistics.map((s) => s.id);
    expect(ids).toContain('cohen_kappa_linear');
    expect(ids).toContain('cohen_kappa_quadratic');
  });

  it('does not depend on the order of raters or items', () => {
    const cell = fc.option(fc.integer({ min: 0, max: 2 }), { nil: null });
    const matrices = fc.integer({ min: 2, max: 4 }).chain((raters) => fc.array(fc.array(cell, { minLength: raters, maxLength: raters }), { minLength: 2, maxLength: 12 }));
    fc.assert(
      fc.property(matrices, (rows) => {
        const matrix = { rows, categories: 3 };
        const shuffled = { rows: [...rows].reverse().map((row) => [...row].reverse()), categories: 3 };
        for (const statistic of [(m: RatingMatrix) => fleissKappa(m)?.coefficient ?? null, (m: RatingMatrix) => gwetAc1(m)?.coefficient ?? null, (m: RatingMatrix) => krippendorffAlpha(m)]) {
          const a = statistic(matrix);
          const b = statistic(shuffled);
          if (a === null || b === null) expect(a).toBe(b);
          else expect(b).toBeCloseTo(a, 10);
        }
      }),
      { numRuns: 200 },
    );
  });
});
