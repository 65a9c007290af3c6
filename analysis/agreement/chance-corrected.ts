// Chance-corrected agreement for any number of raters with missing ratings, in Gwet's (2014, chapter 2)
// formulation: observed agreement pa over items rated at least twice, then Fleiss' kappa and Gwet's AC1,
// which differ only in the agreement expected by chance (pe). Unweighted, these are Fleiss (1971) and
// Gwet's (2008) AC1; with weights they credit near-misses on an ordered scale.
import { categoryCounts, checkMatrix, type RatingMatrix } from './rating-matrix';
import { weightMatrix, type WeightScheme } from './weights';

export interface ChanceCorrected {
  /** Observed (weighted) agreement among pairs of raters, averaged over items rated at least twice. */
  pa: number;
  /** Agreement expected by chance. */
  pe: number;
  /** (pa - pe) / (1 - pe); null when chance agreement is total (pe = 1) or no item has two ratings. */
  coefficient: number | null;
}

interface Ingredients {
  pa: number;
  /** Mean share of each category across items (pi_k), over items with at least one rating. */
  shares: number[];
  weights: number[][];
}

function ingredients(matrix: RatingMatrix, scheme: WeightScheme): Ingredients | null {
  checkMatrix(matrix);
  const q = matrix.categories;
  const weights = weightMatrix(scheme, q);
  const { counts, raters } = categoryCounts(matrix);
  let agreementSum = 0;
  let pairedItems = 0;
  const shares = new Array<number>(q).fill(0);
  let ratedItems = 0;
  counts.forEach((perCategory, item) => {
    const r = raters[item]!;
    if (r === 0) return;
    ratedItems += 1;
    perCategory.forEach((count, k) => (shares[k]! += count / r));
    if (r < 2) return;
    pairedItems += 1;
    let itemAgreement = 0;
    perCategory.forEach((count, k) => {
      const weighted = perCategory.reduce((sum, other, l) => sum + weights[k]![l]! * other, 0);
      itemAgreement += (count * (weighted - 1)) / (r * (r - 1));
    });
    agreementSum += itemAgreement;
  });
  if (pairedItems === 0) return null;
  return { pa: agreementSum / pairedItems, shares: shares.map((share) => share / ratedItems), weights };
}

const correct = (pa: number, pe: number): number | null => (pe >= 1 - 1e-12 ? null : (pa - pe) / (1 - pe));

/** Fleiss' kappa (weighted when asked): chance agreement from the pooled category shares. */
export function fleissKappa(matrix: RatingMatrix, scheme: WeightScheme = 'identity'): ChanceCorrected | null {
  const parts = ingredients(matrix, scheme);
  if (!parts) return null;
  const { pa, shares, weights } = parts;
  let pe = 0;
  shares.forEach((pk, k) => shares.forEach((pl, l) => (pe += weights[k]![l]! * pk * pl)));
  return { pa, pe, coefficient: correct(pa, pe) };
}

/** Gwet's AC1 (AC2 when weighted): chance agreement that shrinks when ratings pile into one category. */
export function gwetAc1(matrix: RatingMatrix, scheme: WeightScheme = 'identity'): ChanceCorrected | null {
  const parts = ingredients(matrix, scheme);
  if (!parts) return null;
  const { pa, shares, weights } = parts;
  const q = matrix.categories;
  const weightTotal = weights.flat().reduce((a, b) => a + b, 0);
  const spread = shares.reduce((sum, pk) => sum + pk * (1 - pk), 0);
  const pe = (weightTotal / (q * (q - 1))) * spread;
  return { pa, pe, coefficient: correct(pa, pe) };
}

/** Exact (or, with adjacent weights, within-one-level) percent agreement: the observed pa alone. */
export function percentAgreement(matrix: RatingMatrix, scheme: 'identity' | 'adjacent' = 'identity'): number | null {
  return ingredients(matrix, scheme)?.pa ?? null;
}
