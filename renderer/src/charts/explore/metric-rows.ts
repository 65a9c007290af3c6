// Turns a published metric table (Arrow) into rows and into the cells Explore charts draw.
import type { Table } from 'apache-arrow';
import type { MetricInfo, PublishedMetricRow } from '../../../../analysis/api';
import { tableRows } from '../../api/arrow';
import { meanFormat, PERCENT, type RateCell, type ValueFormat } from './explore-data';
import { groupColor } from './group-colors';
import { withheldLabel } from './withheld';

/** The columns of getMetricTable that Explore and the report read (see analysis/api.ts for all of them). */
export type MetricRow = PublishedMetricRow & {
  /** The group type of group_value (and of facet_value); absent in rows saved before they were carried. */
  group_type?: string | null;
  facet_type?: string | null;
};

export function metricRows(table: Table): MetricRow[] {
  return tableRows<MetricRow>(table);
}

export function valueFormat(metric: MetricInfo): ValueFormat {
  if (metric.unit === 'percent') return PERCENT;
  if (metric.unit === 'per_100') return meanFormat('Per 100 students');
  if (metric.unit === 'years') return meanFormat('Years');
  return { ...meanFormat('Average scale score', 0), format: (value) => value.toLocaleString('en-US', { maximumFractionDigits: 0 }) };
}

const count = (value: number | null, coded: string | null) => coded ?? (value === null ? '—' : value.toLocaleString('en-US'));

/** Note codes from the service in words; the catalog has the full list. */
export function noteText(code: string | null, notes: ReadonlyMap<string, string>): string | null {
  return code ? (notes.get(code) ?? code.replace(/_/g, ' ')) : null;
}

export function toCell(row: MetricRow, notes: ReadonlyMap<string, string>, minimumN: number, groupType = row.group_type ?? ''): RateCell {
  const small = row.denominator !== null && row.denominator < 30 ? 'Fewer than 30 in the group: read with care.' : null;
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
    valueText: row.value_coded,
    denominatorText: count(row.denominator, row.denominator_coded),
    gap: row.gap,
    reference: row.reference_value,
    suppressed: row.suppressed,
    color: groupColor({ groupType, code: row.group_value, order: row.group_order }),
    withheld: row.value === null ? withheldLabel(row, minimumN) : null,
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
