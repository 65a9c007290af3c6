// Year-over-year statistics: change from the prior year, and how many years in a row a group's
// IDEA ratio has been over the threshold. Rows may come in any order.
import type { RiskRatioOptions } from '../metric-settings';
import type { MetricFrame } from './metric-frame';
import { loweredInEachOfTwoYears, reasonableProgress, studentsNeeded } from '../statistics/significant-disproportionality';
import { NOTE } from './notes';
import { internIds } from './partitions';

/** Links each row to the same group's row the year before, when there is one. */
export function linkPriorYears(frame: MetricFrame): void {
  // Integer keys (facet, group, total, year): a panel links millions of rows, and text keys cost more than the work.
  const facetId = internIds(frame.facet);
  const groupId = internIds(frame.group);
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (let r = 0; r < frame.rows; r++) {
    minYear = Math.min(minYear, frame.year[r]!);
    maxYear = Math.max(maxYear, frame.year[r]!);
  }
  const years = maxYear - minYear + 2;
  const groups = groupId.values.length;
  const key = (r: number, year: number) => ((facetId.ids[r]! * groups + groupId.ids[r]!) * 2 + frame.isTotal[r]!) * years + (year - minYear + 1);
  // A dense table of rows by key when the keys are few enough (they are for any real breakdown), else a map.
  const size = facetId.values.length * groups * 2 * years;
  const dense = size <= 8 * frame.rows + 1024 ? new Int32Array(size).fill(-1) : null;
  const sparse = new Map<number, number>();
  for (let r = 0; r < frame.rows; r++) {
    if (dense) dense[key(r, frame.year[r]!)] = r;
    else sparse.set(key(r, frame.year[r]!), r);
  }
  for (let r = 0; r < frame.rows; r++) {
    const prior = key(r, frame.year[r]! - 1);
    frame.priorRow[r] = dense ? dense[prior]! : (sparse.get(prior) ?? -1);
  }
}

/** The ratio a row's flag is judged on: the risk ratio, or the alternate where that stands in. */
function flagRatio(frame: MetricFrame, r: number): number {
  const method = frame.method[r]!;
  return method === 1 ? frame.stats.riskRatio[r]! : method === 2 ? frame.stats.alternateRiskRatio[r]! : NaN;
}

/**
 * Reasonable progress over the row's year and the two before it, under both definitions states use, and
 * whether the group is identified: flagged, and without progress under the state's standard (progress that
 * cannot be judged, for want of a year's ratio, does not count).
 */
function judgeProgress(frame: MetricFrame, r: number, settings: RiskRatioOptions): void {
  const prior = frame.priorRow[r]!;
  const twoBefore = prior >= 0 ? frame.priorRow[prior]! : -1;
  const ratios = [twoBefore, prior, r].map((row) => (row >= 0 ? flagRatio(frame, row) : NaN)) as [number, number, number];
  // For an opportunity the ratio should rise: judge the reciprocal, which falls as it does.
  const judged = frame.metric.direction === 'lower_is_better' ? ratios : (ratios.map((v) => 1 / v) as [number, number, number]);
  const code = (value: boolean | null) => (value === null ? -1 : value ? 1 : 0);
  frame.progress.loweredTwoYears[r] = code(loweredInEachOfTwoYears(judged));
  frame.progress.loweredTwoYearsByPercent[r] = code(loweredInEachOfTwoYears(judged, settings.progressPercent));
  frame.progress.identified[r] = frame.flagged[r] && reasonableProgress(judged, settings.reasonableProgress, settings.progressPercent) !== true ? 1 : 0;
}

/** Row indices in year order (stable), so a prior year is always computed first. */
function byYear(frame: MetricFrame): Int32Array {
  // A pass per year (a table has a few), cheaper than sorting every row through a callback.
  const order = new Int32Array(frame.rows);
  let next = 0;
  for (const year of [...new Set(frame.year)].sort((a, b) => a - b)) for (let r = 0; r < frame.rows; r++) if (frame.year[r] === year) order[next++] = r;
  return order;
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
    const ratio = flagRatio(frame, r);
    if (!Number.isFinite(ratio)) {
      notes.flag[r] = notes.riskRatio[r]!;
      continue;
    }
    const before = prior >= 0 && Number.isFinite(stats.yearsOverThreshold[prior]!) ? stats.yearsOverThreshold[prior]! : 0;
    // An adverse outcome (suspension, identification) is flagged when a group is over the threshold;
    // an opportunity (proficiency, advanced courses) when it is under its reciprocal.
    const adverse = frame.metric.direction === 'lower_is_better';
    const over = adverse ? ratio > settings.threshold : ratio < 1 / settings.threshold;
    stats.yearsOverThreshold[r] = over ? before + 1 : 0;
    frame.flagged[r] = stats.yearsOverThreshold[r]! >= settings.consecutiveYears ? 1 : 0;
    const comparisonRisk = frame.method[r] === 1 ? stats.comparisonValue[r]! : stats.stateComparisonValue[r]!;
    stats.studentsNeeded[r] = studentsNeeded(frame.x[r]!, frame.n[r]!, comparisonRisk, settings.threshold, adverse);
    judgeProgress(frame, r, settings);
  }
}
