// Year-over-year statistics: change from the prior year, and how many years in a row a group's
// IDEA ratio has been over the threshold. Rows may come in any order.
import type { RiskRatioOptions } from '../metric-settings';
import type { MetricFrame } from './metric-frame';
import { NOTE } from './notes';

/** Links each row to the same group's row the year before, when there is one. */
export function linkPriorYears(frame: MetricFrame): void {
  const key = (r: number, year: number) => `${frame.facet[r]}\u0001${frame.group[r]}\u0001${frame.isTotal[r]}\u0001${year}`;
  const rows = new Map<string, number>();
  for (let r = 0; r < frame.rows; r++) rows.set(key(r, frame.year[r]!), r);
  for (let r = 0; r < frame.rows; r++) frame.priorRow[r] = rows.get(key(r, frame.year[r]! - 1)) ?? -1;
}

/** Row indices in year order, so a prior year is always computed first. */
function byYear(frame: MetricFrame): Int32Array {
  const order = Int32Array.from({ length: frame.rows }, (_, i) => i);
  return order.sort((a, b) => frame.year[a]! - frame.year[b]! || a - b);
}

export function trendStats(frame: MetricFrame, settings: RiskRatioOptions): void {
  const { stats, notes } = frame;
  const proportion = frame.metric.kind === 'proportion';
  for (const r of byYear(frame)) {
    const prior = frame.priorRow[r]!;
    if (prior >= 0 && Number.isFinite(stats.value[prior]!)) {
      stats.priorValue[r] = stats.value[prior]!;
      stats.change[r] = stats.value[r]! - stats.value[prior]!;
    } else notes.change[r] = NOTE.no_prior_year;
    if (!proportion || frame.isTotal[r]) continue;
    const method = frame.method[r]!;
    const ratio = method === 1 ? stats.riskRatio[r]! : method === 2 ? stats.alternateRiskRatio[r]! : NaN;
    if (!Number.isFinite(ratio)) {
      notes.flag[r] = notes.riskRatio[r]!;
      continue;
    }
    const before = prior >= 0 && Number.isFinite(stats.yearsOverThreshold[prior]!) ? stats.yearsOverThreshold[prior]! : 0;
    // An adverse outcome (suspension, identification) is flagged when a group is over the threshold;
    // an opportunity (proficiency, advanced courses) when it is under its reciprocal.
    const over = frame.metric.direction === 'lower_is_better' ? ratio > settings.threshold : ratio < 1 / settings.threshold;
    stats.yearsOverThreshold[r] = over ? before + 1 : 0;
    frame.flagged[r] = stats.yearsOverThreshold[r]! >= settings.consecutiveYears ? 1 : 0;
  }
}
