// Judges a benchmark from its baseline and latest years: met, on track, not on track, or not enough data.
// A change counts as progress only when it is larger than the noise of the two years' figures.
import type { BenchmarkStatistic, BenchmarkStatus } from '../api';
import { Z95 } from './benchmark-series';

/** A year's estimate (display units) and standard error (display units, or natural log for a ratio). */
export interface JudgedYear {
  year: number;
  estimate: number | null;
  se: number | null;
}

export interface BenchmarkJudgement {
  status: BenchmarkStatus;
  /** Why, in words the progress report prints after the status. */
  reason: string;
  change: number | null;
  beyondNoise: boolean | null;
  /** Where the straight line from the baseline to the target is in the latest year. */
  expected: number | null;
}

export interface JudgeInput {
  statistic: BenchmarkStatistic;
  /** +1 when higher is better on the figure's scale, -1 when lower is. */
  better: 1 | -1;
  target: number;
  targetYear: number;
  baseline: JudgedYear | null;
  /** The latest year after the baseline with a figure; null when there is none yet. */
  latest: JudgedYear | null;
  /** Writes a figure as the report does ("8.1%", "2.04", "19.0 pts below"). */
  format: (value: number) => string;
  /** Writes a school year ("2024-25"). */
  yearLabel: (year: number) => string;
}

/** The change's z: on the log scale for a ratio (its noise is multiplicative), else on the figure's own scale. */
function changeZ(statistic: BenchmarkStatistic, from: { estimate: number; se: number }, to: { estimate: number; se: number }): number {
  const se = Math.hypot(from.se, to.se);
  const delta = statistic === 'risk_ratio' ? Math.log(to.estimate / from.estimate) : to.estimate - from.estimate;
  return se > 0 ? delta / se : delta === 0 ? 0 : Math.sign(delta) * Infinity;
}

const known = (year: JudgedYear | null): year is JudgedYear & { estimate: number } => year !== null && year.estimate !== null;

/**
 * The rules, in order (the progress report's methods note says the same):
 * 1. not enough data: the baseline year has no published figure, no later year has one yet, or either year's
 *    interval is withheld, so a change cannot be told from noise;
 * 2. met: the latest figure is at or beyond the target;
 * 3. on track: it moved toward the target by more than the noise (the change's 95% interval excludes zero,
 *    the two years taken as independent samples) and is at or beyond the straight line from the baseline to the
 *    target for its year, with the target year not yet past;
 * 4. not on track: anything else, and the reason says which part failed.
 */
export function judgeBenchmark(input: JudgeInput): BenchmarkJudgement {
  const { baseline, latest, better, format, yearLabel } = input;
  const none = { change: null, beyondNoise: null, expected: null };
  if (!known(baseline)) return { status: 'not_enough_data', reason: 'The baseline year has no published figure for this group.', ...none };
  if (!known(latest)) return { status: 'not_enough_data', reason: `No year after ${yearLabel(baseline.year)} has a published figure yet.`, ...none };
  const change = latest.estimate - baseline.estimate;
  const span = input.targetYear - baseline.year;
  const expected = span > 0 ? baseline.estimate + ((input.target - baseline.estimate) * Math.min(latest.year - baseline.year, span)) / span : input.target;
  if ((latest.estimate - input.target) * better >= 0) {
    return { status: 'met', reason: `${format(latest.estimate)} in ${yearLabel(latest.year)} reaches the target of ${format(input.target)}.`, change, beyondNoise: null, expected };
  }
  if (baseline.se === null || latest.se === null) {
    return { status: 'not_enough_data', reason: 'A year’s interval is withheld, so the change cannot be told from noise.', change, beyondNoise: null, expected };
  }
  const z = changeZ(input.statistic, { estimate: baseline.estimate, se: baseline.se }, { estimate: latest.estimate, se: latest.se });
  const beyondNoise = Math.abs(z) >= Z95;
  const moved = `${format(baseline.estimate)} in ${yearLabel(baseline.year)} to ${format(latest.estimate)} in ${yearLabel(latest.year)}`;
  const result = (status: BenchmarkStatus, reason: string): BenchmarkJudgement => ({ status, reason, change, beyondNoise, expected });
  if (!beyondNoise) return result('not_on_track', `From ${moved}: a change within the noise of the two years’ figures (z = ${z.toFixed(2)}).`);
  if (change * better < 0) return result('not_on_track', `From ${moved}: away from the target, beyond the noise (z = ${z.toFixed(2)}).`);
  if (latest.year > input.targetYear) return result('not_on_track', `From ${moved}: better, but the target year ${yearLabel(input.targetYear)} has passed without reaching ${format(input.target)}.`);
  if ((latest.estimate - expected) * better < 0) {
    return result('not_on_track', `From ${moved}: better beyond the noise (z = ${z.toFixed(2)}), but behind the straight line to the target, which is at ${format(expected)} for ${yearLabel(latest.year)}.`);
  }
  return result('on_track', `From ${moved}: better beyond the noise (z = ${z.toFixed(2)}), at or ahead of the straight line to the target (${format(expected)} for ${yearLabel(latest.year)}).`);
}
