// Reliability data for agreement statistics: items (criteria) by raters, each cell a category or missing.
// Categories are ordered 0..q-1 (for the rubric: Initiating, Developing, Established); null is "not rated".

export type Rating = number | null;

export interface RatingMatrix {
  /** One row per item; one column per rater. */
  readonly rows: readonly (readonly Rating[])[];
  /** Number of ordered categories q; every rating is an integer in 0..q-1. */
  readonly categories: number;
}

/** Refuses a matrix whose ratings are not integers in 0..q-1, so that every statistic reads valid data. */
export function checkMatrix(matrix: RatingMatrix): void {
  if (!Number.isInteger(matrix.categories) || matrix.categories < 2) throw new RangeError('Agreement needs at least two categories.');
  const raters = matrix.rows[0]?.length ?? 0;
  for (const row of matrix.rows) {
    if (row.length !== raters) throw new RangeError('Every item needs one cell per rater.');
    for (const rating of row) {
      if (rating !== null && !(Number.isInteger(rating) && rating >= 0 && rating < matrix.categories)) {
        throw new RangeError(`A rating of ${String(rating)} is outside the ${matrix.categories} categories.`);
      }
    }
  }
}

/** Per item, how many raters chose each category (r_ik), and how many rated it (r_i). */
export function categoryCounts(matrix: RatingMatrix): { counts: number[][]; raters: number[] } {
  const counts = matrix.rows.map((row) => {
    const perCategory = new Array<number>(matrix.categories).fill(0);
    for (const rating of row) if (rating !== null) perCategory[rating]! += 1;
    return perCategory;
  });
  return { counts, raters: counts.map((perCategory) => perCategory.reduce((a, b) => a + b, 0)) };
}
