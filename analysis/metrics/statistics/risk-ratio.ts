// IDEA risk ratios (34 CFR 300.647): the risk ratio against all other students in the district, the
// alternate risk ratio against all other students in the state, and the weighted risk ratio of
// Bollmer, Bethel, Garrison-Mogren & Brauen (2007, J. Special Education 41(3):186-198).

export interface RiskRatioSettings {
  /** Minimum numerator ("cell size") for the group and for its comparison group. */
  minimumCellSize: number;
  /** Minimum denominator ("n-size") for the group and for its comparison group. */
  minimumNSize: number;
}

/** The federal "presumptively reasonable" maxima for the two minimums (34 CFR 300.647(b)). */
export const DEFAULT_RISK_RATIO_SETTINGS: RiskRatioSettings = { minimumCellSize: 10, minimumNSize: 30 };

/** Why a ratio was not calculated; null when it was. */
export type RatioNote =
  | 'insufficient_cell_size' // the group has fewer students with the outcome than the minimum cell size
  | 'insufficient_n_size' // the group has fewer students than the minimum n-size
  | 'comparison_below_minimum' // the comparison group fails the cell or n-size test (use the alternate)
  | 'no_comparison_group' // nobody else to compare with
  | 'zero_comparison_risk' // the comparison group has no one with the outcome
  | 'no_state_data'; // no state figures for this measure, year and group

/** Risk: the share of the group with the outcome. */
export const risk = (numerator: number, denominator: number): number => (denominator > 0 ? numerator / denominator : NaN);

/** Whether a group (or a comparison group) meets both minimums. */
export function groupTestNote(numerator: number, denominator: number, settings: RiskRatioSettings): RatioNote | null {
  if (denominator < settings.minimumNSize) return 'insufficient_n_size';
  if (numerator < settings.minimumCellSize) return 'insufficient_cell_size';
  return null;
}

/**
 * Why the district risk ratio cannot be calculated, or null when it can. The group must meet both
 * minimums; a comparison group that does not calls for the alternate ratio (34 CFR 300.647(b)).
 */
export function riskRatioNote(x: number, n: number, xc: number, nc: number, settings: RiskRatioSettings): RatioNote | null {
  const own = groupTestNote(x, n, settings);
  if (own) return own;
  if (!(nc > 0)) return 'no_comparison_group';
  if (groupTestNote(xc, nc, settings)) return 'comparison_below_minimum';
  if (!(xc > 0)) return 'zero_comparison_risk';
  return null;
}

/** Risk of the group divided by the risk of all other students in the district. */
export const riskRatio = (x: number, n: number, xc: number, nc: number): number => risk(x, n) / risk(xc, nc);

/**
 * Why the alternate risk ratio cannot be calculated: the group still has to meet the minimums, and
 * the state comparison group must exist and have students with the outcome.
 */
export function alternateRiskRatioNote(x: number, n: number, stateXc: number, stateNc: number, settings: RiskRatioSettings): RatioNote | null {
  const own = groupTestNote(x, n, settings);
  if (own) return own;
  if (!(stateNc > 0) || !Number.isFinite(stateXc)) return 'no_state_data';
  if (!(stateXc > 0)) return 'zero_comparison_risk';
  return null;
}

/** Risk of the group in the district divided by the risk of all other students in the state. */
export const alternateRiskRatio = (x: number, n: number, stateXc: number, stateNc: number): number => risk(x, n) / risk(stateXc, stateNc);

/**
 * Weighted risk ratio: the group's district risk divided by the other groups' district risks
 * averaged with the state's enrollment shares as weights, so that a district is compared as if its
 * other groups were mixed the way the state's are:
 *   WRR_i = R_i * sum_{j != i} p_j / sum_{j != i} p_j R_j
 * which is Bollmer et al.'s R_i (1 - p_i) / sum_{j != i} p_j R_j when every group is present.
 * Groups with no district risk (no students) drop out of both sums. NaN when nothing is left.
 */
export function weightedRiskRatio(index: number, risks: ArrayLike<number>, stateShares: ArrayLike<number>): number {
  let weight = 0;
  let weighted = 0;
  for (let j = 0; j < risks.length; j++) {
    if (j === index) continue;
    const r = risks[j]!;
    const p = stateShares[j]!;
    if (!Number.isFinite(r) || !Number.isFinite(p)) continue;
    weight += p;
    weighted += p * r;
  }
  if (!(weight > 0) || !(weighted > 0)) return NaN;
  return (risks[index]! * weight) / weighted;
}

/** Which ratio the IDEA method reads for a group: the district one, else the alternate. */
export type RatioMethod = 'risk_ratio' | 'alternate_risk_ratio';
