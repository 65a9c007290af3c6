// Significant disproportionality over years (34 CFR 300.647(d)): a state may wait to identify a district until
// a group's risk ratio (or alternate risk ratio) has exceeded the threshold for up to three consecutive years,
// and need not identify it while it shows "reasonable progress, as determined by the State, in lowering the
// risk ratio ... in each of the two prior consecutive years". States define that progress in one of two ways,
// and both are computed: any reduction in each of the two years, or a reduction of at least a set percentage
// in each of them. "Students needed" says how far a flagged group is from the threshold in students.

/** How the state judges reasonable progress (recorded with the project's settings). */
export type ReasonableProgressDefinition = 'none' | 'any_reduction' | 'percent_reduction';

/**
 * Whether a ratio fell in each of the two years before `ratios[2]`: ratios are three consecutive years,
 * oldest first. With `percent`, each fall must be at least that share of the year before's ratio.
 * null when a year's ratio is missing (not computed or withheld): progress cannot be judged.
 */
export function loweredInEachOfTwoYears(ratios: readonly [number, number, number], percent = 0): boolean | null {
  if (!ratios.every(Number.isFinite)) return null;
  const fell = (before: number, after: number) => after < before && before - after >= (percent / 100) * before - 1e-12;
  return fell(ratios[0], ratios[1]) && fell(ratios[1], ratios[2]);
}

/** Reasonable progress under the state's definition; false when the state does not use the flexibility. */
export function reasonableProgress(ratios: readonly [number, number, number], definition: ReasonableProgressDefinition, percent: number): boolean | null {
  if (definition === 'none') return false;
  return loweredInEachOfTwoYears(ratios, definition === 'percent_reduction' ? percent : 0);
}

/**
 * How many students would bring the group's ratio back within the threshold, the comparison group's risk
 * unchanged. For an adverse outcome, fewer students with it: (x/n)/risk <= T exactly when x <= T * risk * n.
 * For an opportunity (flagged under 1/T), more students with it: x >= risk * n / T. 0 when the group is within
 * it already; NaN when the ratio cannot be computed.
 */
export function studentsNeeded(x: number, n: number, comparisonRisk: number, threshold: number, adverse: boolean): number {
  if (!(n > 0) || !(comparisonRisk > 0) || !Number.isFinite(x)) return NaN;
  // The tolerance keeps a ratio exactly at the threshold (computed in floating point) where it is.
  if (adverse) return Math.max(0, x - Math.floor(threshold * comparisonRisk * n + 1e-9));
  return Math.max(0, Math.ceil((comparisonRisk * n) / threshold - 1e-9) - x);
}
