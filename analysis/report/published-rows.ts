// Reads a published table (Arrow bytes from the suppression choke point) into plain rows: the report,
// the suggestions and the benchmarks carry these, so every figure they hold is one the choke point let through.
import { tableFromIPC } from 'apache-arrow';
import type { ArrowBytes, PublishedMetricRow, PublishedSignalRow } from '../api';

const COLUMNS: readonly (keyof PublishedMetricRow)[] = [
  'school_year', 'facet_value', 'facet_label', 'group_value', 'group_label', 'group_order', 'is_total', 'internal',
  'numerator', 'numerator_coded', 'denominator', 'denominator_coded', 'value', 'value_lower', 'value_upper', 'value_coded', 'value_note',
  'reference_label', 'reference_value', 'gap', 'gap_note', 'risk_ratio', 'risk_ratio_note', 'flagged', 'years_over_threshold',
  'students_needed', 'lowered_two_years', 'lowered_two_years_by_percent', 'identified',
  'outcome_share', 'population_share', 'composition_index', 'funnel_target', 'funnel_lower_95', 'funnel_upper_95', 'funnel_lower_998',
  'funnel_upper_998', 'funnel_position', 'suppressed', 'suppression_reason',
];

/** Plain objects (numbers, strings, booleans, nulls) that survive JSON and structured clone. */
export function publishedRows(bytes: ArrowBytes): PublishedMetricRow[] {
  return plainRows<PublishedMetricRow>(bytes, COLUMNS);
}

/** Published signal rows, every column. */
export function publishedSignalRows(bytes: ArrowBytes): PublishedSignalRow[] {
  return plainRows<PublishedSignalRow>(bytes, null);
}

/** The named columns (all when null); BIGINT becomes a number and NaN null, as the contract promises. */
function plainRows<T>(bytes: ArrowBytes, columns: readonly string[] | null): T[] {
  const table = tableFromIPC(bytes);
  const vectors = (columns ?? table.schema.fields.map((f) => f.name)).map((name) => [name, table.getChild(name)] as const);
  const rows: T[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {};
    for (const [name, vector] of vectors) {
      const value: unknown = vector ? vector.get(i) : null;
      row[name] = typeof value === 'bigint' ? Number(value) : typeof value === 'number' && Number.isNaN(value) ? null : (value ?? null);
    }
    rows.push(row as T);
  }
  return rows;
}
