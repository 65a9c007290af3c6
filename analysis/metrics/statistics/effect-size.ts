// Standardised mean differences for scale scores: Cohen's d and Hedges' g (Hedges & Olkin 1985;
// the formulas as set out in Lakens 2013, Frontiers in Psychology 4:863, equations 1 and 4).

export interface GroupMoments {
  n: number;
  mean: number;
  sd: number;
}

/** Pooled standard deviation of two independent groups. */
export function pooledSd(a: GroupMoments, b: GroupMoments): number {
  const df = a.n + b.n - 2;
  if (!(df > 0)) return NaN;
  return Math.sqrt(((a.n - 1) * a.sd * a.sd + (b.n - 1) * b.sd * b.sd) / df);
}

/** Cohen's d: the difference in means in units of the pooled standard deviation. */
export function cohensD(group: GroupMoments, reference: GroupMoments): number {
  const sd = pooledSd(group, reference);
  return sd > 0 ? (group.mean - reference.mean) / sd : NaN;
}

/** Hedges' g: Cohen's d with the small-sample bias correction J = 1 - 3 / (4 (n1 + n2) - 9). */
export function hedgesG(group: GroupMoments, reference: GroupMoments): number {
  const d = cohensD(group, reference);
  return d * (1 - 3 / (4 * (group.n + reference.n) - 9));
}
