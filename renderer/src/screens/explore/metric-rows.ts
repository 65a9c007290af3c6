// Turns a published metric table (Arrow) into rows and into the cells Explore charts draw.
import type { Table } from 'apache-arrow';
import type { MetricInfo } from '../../../../analysis/api';
import { meanFormat, PERCENT, type RateCell, type ValueFormat } from '../../charts/explore/explore-data';

/** The columns of getMetricTable that Explore reads (see analysis/api.ts for all of them). */
export interface MetricRow {
  school_year: number;
  facet_value: string | null;
  facet_label: string | null;
  group_value: string;
  group_label: string;
  group_order: number;
  is_total: boolean;
  internal: boolean;
  numerator: number | null;
  numerator_coded: string | null;
  denominator: number | null;
  denominator_coded: string | null;
  value: number | null;
  value_lower: number | null;
  value_upper: number | null;
  value_coded: string | null;
  value_note: string | null;
  reference_label: string | null;
  reference_value: number | null;
  gap: number | null;
  gap_note: string | null;
  risk_ratio: number | null;
  risk_ratio_note: string | null;
  flagged: boolean | null;
  years_over_threshold: number | null;
  outcome_share: number | null;
  population_share: number | null;
  composition_index: number | null;
  funnel_target: number | null;
  funnel_lower_95: number | null;
  funnel_upper_95: number | null;
  funnel_lower_998: number | null;
  funnel_upper_998: number | null;
  funnel_position: string | null;
  suppressed: boolean;
  suppression_reason: string | null;
}

/** Results are a few hundred aggregated cells: plain objects are the simplest thing for Plot and tables. */
export function metricRows(table: Table): MetricRow[] {
  return table.toArray().map((row) => row.toJSON() as unknown as MetricRow);
}

export function valueFormat(metric: MetricInfo): ValueFormat {
  if (metric.unit === 'percent') return PERCENT;
  if (metric.unit === 'per_100') return meanFormat('Per 100 students');
  if (metric.unit === 'years') return meanFormat('Years');
  return meanFormat('Average scale score');
}

const count = (value: number | null, coded: string | null) => coded ?? (value === null ? '—' : value.toLocaleString('en-US'));

/** Note codes from the service in words; the catalog has the full list. */
export function noteText(code: string | null, notes: ReadonlyMap<string, string>): string | null {
  return code ? (notes.get(code) ?? code.replace(/_/g, ' ')) : null;
}

export function toCell(row: MetricRow, notes: ReadonlyMap<string, string>): RateCell {
  const small = row.denominator !== null && row.denominator < 30 ? 'Fewer than 30 students: read with care.' : null;
  const wide = row.value_lower !== null && row.value_upper !== null && row.value_upper - row.value_lower > 0.2 ? 'Wide interval: the figure is uncertain.' : null;
  return {
    group: row.group_value,
    groupLabel: row.group_label,
    year: row.school_year,
    value: row.value,
    lower: row.value_lower,
    upper: row.value_upper,
    n: row.denominator,
    numeratorText: count(row.numerator, row.numerator_coded),
    denominatorText: count(row.denominator, row.denominator_coded),
    gap: row.gap,
    suppressed: row.suppressed,
    note: row.value === null ? (noteText(row.value_note, notes) ?? 'not available') : (small ?? wide),
    secondary: row.facet_value ?? undefined,
    secondaryLabel: row.facet_label ?? undefined,
  };
}

/** Group codes in reporting order (the service's group_order), totals excluded. */
export function groupOrder(rows: readonly MetricRow[]): string[] {
  const seen = new Map<string, number>();
  for (const row of rows) if (!row.is_total && !seen.has(row.group_value)) seen.set(row.group_value, row.group_order);
  return [...seen.entries()].sort((a, b) => a[1] - b[1]).map(([code]) => code);
}
