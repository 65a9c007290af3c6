// A benchmark's figure year by year, with a standard error for each year, read from published metric rows
// only (the suppression choke point's output): the group's rate or mean, its gap to all other students, or
// its risk ratio against them.
import type { BenchmarkSpec, BenchmarkStatistic, PublishedMetricRow } from '../api';
import type { MetricDefinition } from '../metrics/registry/metric-types';
import { displayScale, formatFigure } from './benchmark-format';
import { schoolYearLabel } from '../shared/codes';

/** z for a two-sided 95% interval: the engine's intervals are 95%. */
export const Z95 = 1.959963984540054;

/** One year of the figure: the estimate in display units and its standard error on the judging scale. */
export interface SeriesYear {
  year: number;
  row: PublishedMetricRow;
  /** In display units (12.5 for 12.5%); null when withheld or not computed. */
  estimate: number | null;
  /** Standard error on the judging scale: display units, or the natural log for a risk ratio; null when unknown. */
  se: number | null;
}

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Standard error of a row's own figure, from its published 95% interval (Wilson for rates, t for means). */
function rowSe(row: PublishedMetricRow | undefined): number | null {
  if (!row || !finite(row.value_lower) || !finite(row.value_upper)) return null;
  return (row.value_upper - row.value_lower) / (2 * Z95);
}

/**
 * Standard error of "all other students" in the same year: the total's, scaled from the total's size to the
 * others' (n_T - n_g). A benchmark's gap and risk ratio compare with all other students (the metrics default).
 */
function othersSe(row: PublishedMetricRow, total: PublishedMetricRow | undefined): number | null {
  const totalSe = rowSe(total);
  if (totalSe === null || !total || !finite(total.denominator) || !finite(row.denominator)) return null;
  const others = total.denominator - row.denominator;
  return others > 0 ? totalSe * Math.sqrt(total.denominator / others) : null;
}

/** The statistic's estimate (display units) and standard error (judging scale) for one year. */
function estimateOf(statistic: BenchmarkStatistic, scale: number, row: PublishedMetricRow, total: PublishedMetricRow | undefined): { estimate: number | null; se: number | null } {
  const own = rowSe(row);
  if (statistic === 'value') return finite(row.value) ? { estimate: row.value * scale, se: own === null ? null : own * scale } : { estimate: null, se: null };
  const others = othersSe(row, total);
  if (statistic === 'gap') {
    if (!finite(row.gap)) return { estimate: null, se: null };
    return { estimate: row.gap * scale, se: own === null || others === null ? null : Math.hypot(own, others) * scale };
  }
  if (!finite(row.risk_ratio)) return { estimate: null, se: null };
  // Delta method on the log scale: var(ln RR) = var(p_g)/p_g^2 + var(p_o)/p_o^2, with p_o = p_g / RR.
  const pg = row.value;
  const po = finite(pg) && row.risk_ratio > 0 ? pg / row.risk_ratio : NaN;
  const se = own !== null && others !== null && finite(pg) && pg > 0 && po > 0 ? Math.hypot(own / pg, others / po) : null;
  return { estimate: row.risk_ratio, se };
}

/** The group's (or the total's) district-wide row of every year, oldest first, with each year's estimate. */
export function benchmarkSeries(rows: readonly PublishedMetricRow[], spec: BenchmarkSpec, metric: Pick<MetricDefinition, 'unit'>): SeriesYear[] {
  const { scale } = displayScale(metric, spec.statistic);
  const district = rows.filter((r) => r.facet_value === null);
  const totals = new Map(district.filter((r) => r.is_total).map((r) => [r.school_year, r]));
  const own = district.filter((r) => (spec.group === null ? r.is_total : !r.is_total && r.group_value === spec.group));
  return own
    .sort((a, b) => a.school_year - b.school_year)
    .map((row) => ({ year: row.school_year, row, ...estimateOf(spec.statistic, scale, row, totals.get(row.school_year)) }));
}

/** The year's 95% interval in display units: symmetric for rates and gaps, on the log scale for a ratio. */
export function interval(point: Pick<SeriesYear, 'estimate' | 'se'>, statistic: BenchmarkStatistic): { lower: number | null; upper: number | null } {
  if (point.estimate === null || point.se === null) return { lower: null, upper: null };
  if (statistic === 'risk_ratio') return { lower: point.estimate * Math.exp(-Z95 * point.se), upper: point.estimate * Math.exp(Z95 * point.se) };
  return { lower: point.estimate - Z95 * point.se, upper: point.estimate + Z95 * point.se };
}

/** Whether the year's figure was withheld for privacy (as opposed to not computable). */
export const isWithheld = (row: PublishedMetricRow): boolean => row.suppressed || row.value_note === 'suppressed';

/** The year as printed: the figure, or why there is none; a withheld figure says so, never a blank a reader could take for zero. */
export function pointText(point: SeriesYear, spec: BenchmarkSpec, metric: Pick<MetricDefinition, 'unit'>, minimumN: number): string {
  const { row } = point;
  if (point.estimate !== null) return `${formatFigure(point.estimate, metric, spec.statistic)} in ${schoolYearLabel(point.year)}`;
  if (isWithheld(row)) {
    const coded = spec.statistic === 'value' && row.value_coded && row.value_coded !== '*' ? ` (${row.value_coded})` : '';
    return `withheld to protect a group of fewer than ${minimumN} students${coded}`;
  }
  const note = spec.statistic === 'risk_ratio' ? row.risk_ratio_note : spec.statistic === 'gap' ? row.gap_note : row.value_note;
  return `not available (${(note ?? 'not computed').replace(/_/g, ' ')})`;
}
