// Agreement statistics against published worked examples: Krippendorff (2011), Gwet (2014) as printed by
// the irrCAC package's documented examples, Fleiss (1971) as worked on Wikipedia, and Cohen (1960).
import { describe, expect, it } from 'vitest';
import { fleissKappa, gwetAc1, percentAgreement } from '../../../analysis/agreement/chance-corrected';
import { cohenKappa } from '../../../analysis/agreement/cohen-kappa';
import { krippendorffAlpha } from '../../../analysis/agreement/krippendorff-alpha';
import type { Rating, RatingMatrix } from '../../../analysis/agreement/rating-matrix';

/** Raters' values 1..q as printed in the sources, turned into items x raters with categories 0..q-1. */
function fromObservers(observers: (number | null)[][], categories: number): RatingMatrix {
  const items = observers[0]!.length;
  const rows: Rating[][] = Array.from({ length: items }, (_, item) => observers.map((values) => (values[item] === null ? null : values[item]! - 1)));
  return { rows, categories };
}

/** A two-rater contingency table (rows: rater 1's category, columns: rater 2's) as reliability data. */
function fromTable(table: number[][]): RatingMatrix {
  const rows: Rating[][] = [];
  table.forEach((row, k) => row.forEach((count, l) => {
    for (let i = 0; i < count; i++) rows.push([k, l]);
  }));
  return { rows, categories: table.length };
}

/** Per-item counts by category (Fleiss' layout) as reliability data: each rater slot filled in turn. */
function fromCounts(counts: number[][]): RatingMatrix {
  const raters = counts[0]!.reduce((a, b) => a + b, 0);
  const rows = counts.map((perCategory) => {
    const row: Rating[] = [];
    perCategory.forEach((count, k) => {
      for (let i = 0; i < count; i++) row.push(k);
    });
    return row.concat(new Array<Rating>(raters - row.length).fill(null));
  });
  return { rows, categories: counts[0]!.length };
}

// Krippendorff (2011), section C: four observers, twelve units, values 1-5, with missing values.
const KRIPPENDORFF_2011 = fromObservers(
  [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ],
  5,
);

describe("Krippendorff's alpha", () => {
  it('reproduces Krippendorff (2011): nominal 0.743, ordinal 0.815, interval 0.849', () => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011, 'nominal')).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(KRIPPENDORFF_2011, 'ordinal')).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(KRIPPENDORFF_2011, 'interval')).toBeCloseTo(0.849, 3);
  });

  it("reproduces the three-coder, fifteen-unit example (nominal 0.691358, interval 0.810845)", () => {
    const data = fromObservers(
      [
        [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
        [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
        [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
      ],
      4,
    );
    expect(krippendorffAlpha(data, 'nominal')).toBeCloseTo(0.691358, 6);
    expect(krippendorffAlpha(data, 'interval')).toBeCloseTo(0.810845, 6);
  });

  it('is 1 for perfect agreement and undefined when every value is the same', () => {
    expect(krippendorffAlpha({ rows: [[0, 0], [1, 1], [2, 2]], categories: 3 })).toBe(1);
    expect(krippendorffAlpha({ rows: [[1, 1], [1, 1]], categories: 3 })).toBeNull();
  });
});

// Gwet (2014): 100 women classified by two abstractors (Ectopic, AIU, NIU), and 223 patients by two
// diagnosis methods; coefficients as irrCAC prints them to three decimals.
const ABSTRACTORS = fromTable([
  [13, 0, 0],
  [0, 20, 7],
  [0, 4, 56],
]);
const DIAGNOSIS = fromTable([
  [40, 4, 4, 17],
  [6, 25, 2, 13],
  [4, 1, 21, 12],
  [15, 5, 9, 45],
]);

describe("Cohen's kappa", () => {
  it('reproduces Cohen (1960) arithmetic on the abstractors table: po 0.89, pe 0.4597, kappa 0.796', () => {
    const result = cohenKappa(ABSTRACTORS)!;
    expect(result.po).toBeCloseTo(0.89, 10);
    expect(result.pe).toBeCloseTo((13 * 13 + 27 * 24 + 60 * 63) / 10000, 10);
    expect(result.kappa).toBeCloseTo(0.796, 3);
    expect(result.items).toBe(100);
  });

  it('reproduces the weighted kappas Gwet (2014) prints: linear 0.843 and 0.407, quadratic 0.892 and 0.383', () => {
    expect(cohenKappa(ABSTRACTORS, 'linear')!.kappa).toBeCloseTo(0.843, 3);
    expect(cohenKappa(ABSTRACTORS, 'quadratic')!.kappa).toBeCloseTo(0.892, 3);
    expect(cohenKappa(DIAGNOSIS)!.kappa).toBeCloseTo(0.432, 3);
    expect(cohenKappa(DIAGNOSIS, 'linear')!.kappa).toBeCloseTo(0.407, 3);
    expect(cohenKappa(DIAGNOSIS, 'quadratic')!.kappa).toBeCloseTo(0.383, 3);
  });

  it('uses only the items both raters rated', () => {
    const result = cohenKappa({ rows: [[0, 0], [1, 1], [2, null], [null, 1], [2, 2], [1, 2]], categories: 3 })!;
    expect(result.items).toBe(4);
  });
});

// Gwet (2014) p. 120: four raters, twelve units, five categories, with missing ratings.
const FOUR_RATERS = fromObservers(
  [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, null],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 3],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ],
  5,
);

describe("Gwet's AC1", () => {
  it('reproduces Gwet (2014) for two raters: 0.849 / 0.900 / 0.940 and 0.456 / 0.377 / 0.299', () => {
    expect(gwetAc1(ABSTRACTORS)!.coefficient).toBeCloseTo(0.849, 3);
    expect(gwetAc1(ABSTRACTORS, 'linear')!.coefficient).toBeCloseTo(0.9, 3);
    expect(gwetAc1(ABSTRACTORS, 'quadratic')!.coefficient).toBeCloseTo(0.94, 3);
    expect(gwetAc1(DIAGNOSIS)!.coefficient).toBeCloseTo(0.456, 3);
    expect(gwetAc1(DIAGNOSIS, 'linear')!.coefficient).toBeCloseTo(0.377, 3);
    expect(gwetAc1(DIAGNOSIS, 'quadratic')!.coefficient).toBeCloseTo(0.299, 3);
  });

  it('reproduces Gwet (2014) for four raters with missing ratings: pa 0.818, pe 0.190, AC1 0.775', () => {
    const result = gwetAc1(FOUR_RATERS)!;
    expect(result.pa).toBeCloseTo(0.818, 3);
    expect(result.pe).toBeCloseTo(0.19, 3);
    expect(result.coefficient).toBeCloseTo(0.775, 3);
    expect(gwetAc1(FOUR_RATERS, 'linear')!.coefficient).toBeCloseTo(0.859, 3);
    expect(gwetAc1(FOUR_RATERS, 'quadratic')!.coefficient).toBeCloseTo(0.914, 3);
  });
});

describe("Fleiss' kappa", () => {
  it('reproduces Gwet (2014) for four raters with missing ratings: pa 0.818, pe 0.239, kappa 0.761', () => {
    const result = fleissKappa(FOUR_RATERS)!;
    expect(result.pa).toBeCloseTo(0.818, 3);
    expect(result.pe).toBeCloseTo(0.239, 3);
    expect(result.coefficient).toBeCloseTo(0.761, 3);
    expect(fleissKappa(FOUR_RATERS, 'linear')!.coefficient).toBeCloseTo(0.818, 3);
    expect(fleissKappa(FOUR_RATERS, 'quadratic')!.coefficient).toBeCloseTo(0.865, 3);
  });

  it("reproduces the worked example of fourteen raters and ten subjects: P 0.378, Pe 0.213, kappa 0.210", () => {
    const result = fleissKappa(
      fromCounts([
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
      ]),
    )!;
    expect(result.pa).toBeCloseTo(0.378, 3);
    expect(result.pe).toBeCloseTo(0.213, 3);
    expect(result.coefficient).toBeCloseTo(0.21, 3);
  });
});

describe('percent agreement', () => {
  it('counts agreeing pairs of raters per item, exactly and within one level', () => {
    // Item 1: all three agree (3 of 3 pairs). Item 2: ratings 0, 1, 2: no exact pair, two adjacent pairs.
    const matrix: RatingMatrix = { rows: [[1, 1, 1], [0, 1, 2]], categories: 3 };
    expect(percentAgreement(matrix)).toBeCloseTo((1 + 0) / 2, 12);
    expect(percentAgreement(matrix, 'adjacent')).toBeCloseTo((1 + 2 / 3) / 2, 12);
  });
});
