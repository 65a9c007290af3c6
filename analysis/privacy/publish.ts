// The one choke point: every table the service returns for display or export is built here,
// after suppression. Nothing else in analysis/ may serialise Arrow (lint enforces it).
import { Bool, Float64, Table, tableToIPC, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import type { ArrowBytes } from '../api';
import type { ComputedMetric } from '../metrics/compute/compute-metric';
import type { LinkedDecisions } from './linked-cube';
import { metricArrowTable, type MetricTableOptions } from './metric-columns';
import { applyMetricSuppression, type PublishedFigures } from './metric-publication';
import { signalArrowTable, type SignalTableOptions } from './signal-columns';
import type { PublishableCell } from '../signals/find-signals';
import { formatCount, suppressCountsWithTotal, suppressedCountText, type SuppressionReason, type SuppressionSettings } from './suppression';

export interface CountTableRule {
  /** The column holding student counts. */
  countColumn: string;
  /** Columns that identify one table-with-a-total (cells in the same partition add up to a shown total). */
  partitionBy: readonly string[];
}

/**
 * Publishes a table of counts. Output: every other column unchanged, the count column (null when
 * suppressed), `<count>_display` text ("1,234", "<10" or "*"), `suppressed` and `suppression_reason`.
 */
export function publishCountTable(table: Table, rule: CountTableRule, settings: SuppressionSettings): ArrowBytes {
  const counts = numericColumn(table, rule.countColumn);
  const partitionKeys = Array.from({ length: table.numRows }, (_, row) => rule.partitionBy.map((column) => String(table.getChild(column)?.get(row))).join('\u0001'));
  const reasons = new Array<SuppressionReason | null>(table.numRows).fill(null);
  for (const rows of groupRows(partitionKeys).values()) {
    const result = suppressCountsWithTotal(rows.map((row) => counts[row]!), settings);
    rows.forEach((row, i) => (reasons[row] = result.reasons[i] ?? null));
  }
  const columns: Record<string, Vector> = {};
  for (const field of table.schema.fields) {
    if (field.name !== rule.countColumn) columns[field.name] = table.getChild(field.name)!;
  }
  columns[rule.countColumn] = vectorFromArray(counts.map((count, row) => (reasons[row] ? null : count)), new Float64());
  columns[`${rule.countColumn}_display`] = vectorFromArray(
    counts.map((count, row) => {
      const reason = reasons[row];
      return reason ? suppressedCountText(reason as SuppressionReason, settings) : formatCount(count);
    }),
    new Utf8(),
  );
  columns.suppressed = vectorFromArray(reasons.map((reason) => reason !== null), new Bool());
  columns.suppression_reason = vectorFromArray(reasons, new Utf8());
  return tableToIPC(new Table(columns), 'stream');
}

function numericColumn(table: Table, name: string): number[] {
  const column = table.getChild(name);
  if (!column) throw new Error(`The table has no column ${name}`);
  return Array.from(column.toArray() as ArrayLike<number>, Number);
}

function groupRows(keys: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, row) => {
    const rows = groups.get(key);
    if (rows) rows.push(row);
    else groups.set(key, [row]);
  });
  return groups;
}


/**
 * Publishes a computed metric table (see analysis/api.ts getMetricTable for its columns). Unless
 * `internal` is set, small-cell suppression is applied first (analysis/privacy/metric-publication.ts);
 * an internal table carries `internal = true` on every row so anything exported from it is marked.
 */
export function publishMetricTable(computed: ComputedMetric, settings: SuppressionSettings, options: MetricTableOptions & { linked?: LinkedDecisions | null }): ArrowBytes {
  const published = options.internal ? unsuppressed(computed.frame) : applyMetricSuppression(computed.frame, computed.comparisonCount, settings, options.linked);
  return tableToIPC(metricArrowTable(published, options), 'stream');
}

/** Publishes tested signal cells; figures of cells that small-cell suppression withholds never enter the bytes. */
export function publishSignalTable(cells: readonly PublishableCell[], options: SignalTableOptions): ArrowBytes {
  return tableToIPC(signalArrowTable(cells, options), 'stream');
}

function unsuppressed(frame: ComputedMetric['frame']): PublishedFigures {
  const rows = frame.rows;
  return {
    frame,
    numeratorShown: new Uint8Array(rows).fill(frame.metric.kind === 'mean' ? 0 : 1),
    denominatorShown: new Uint8Array(rows).fill(1),
    numeratorText: new Array(rows).fill(null),
    denominatorText: new Array(rows).fill(null),
    valueText: new Array(rows).fill(null),
    reason: new Array(rows).fill(null),
  };
}

// --- import (issue 3) ---
/**
 * The first rows of a file the user is about to import, exactly as the file has them. This is not a figure
 * computed from the data (which is what suppression protects) but the user's own file, shown on their own
 * screen so they can check the mapping. It passes here so that every Arrow the service sends has one
 * origin; the importer never logs it or stores it in the project.
 */
export function publishFilePreview(table: Table): ArrowBytes {
  return tableToIPC(table, 'stream');
}
