// Cohen's kappa for two raters (Cohen 1960), weighted for ordered categories (Cohen 1968), over the items
// both raters rated: kappa_w = (po - pe) / (1 - pe) with po and pe weighted agreement proportions.
import { checkMatrix, type RatingMatrix } from './rating-matrix';
import { weightMatrix, type WeightScheme } from './weights';

export interface CohenKappa {
  po: number;
  pe: number;
  kappa: number | null;
  /** Items both raters rated. */
  items: number;
}

export function cohenKappa(matrix: RatingMatrix, scheme: WeightScheme = 'identity'): CohenKappa | null {
  checkMatrix(matrix);
  if ((matrix.rows[0]?.length ?? 0) !== 2) throw new RangeError("Cohen's kappa compares exactly two raters.");
  const q = matrix.categories;
  const weights = weightMatrix(scheme, q);
  const table = Array.from({ length: q }, () => new Array<number>(q).fill(0));
  let items = 0;
  for (const [first, second] of matrix.rows) {
    if (first === null || second === null || first === undefined || second === undefined) continue;
    table[first]![second]! += 1;
    items += 1;
  }
  if (items === 0) return null;
  const rowShare = table.map((row) => row.reduce((a, b) => a + b, 0) / items);
  const columnShare = Array.from({ length: q }, (_, l) => table.reduce((sum, row) => sum + row[l]!, 0) / items);
  let po = 0;
  let pe = 0;
  for (let k = 0; k < q; k++) {
    for (let l = 0; l < q; l++) {
      po += (weights[k]![l]! * table[k]![l]!) / items;
      pe += weights[k]![l]! * rowShare[k]! * columnShare[l]!;
    }
  }
  return { po, pe, kappa: pe >= 1 - 1e-12 ? null : (po - pe) / (1 - pe), items };
}
