// Turns a published metric table (Arrow bytes) into what the command line prints: JSON rows, CSV with
// formula-injection protection, or an aligned text table.
import { tableFromIPC } from 'apache-arrow';
import type { ArrowBytes } from '../api';

export type Row = Record<string, string | number | boolean | null>;

/** Arrow rows as plain objects keyed by column name (snake_case, as in the service contract). */
export function arrowRows(bytes: ArrowBytes): { columns: string[]; rows: Row[] } {
  const table = tableFromIPC(bytes);
  const columns = table.schema.fields.map((f) => f.name);
  const rows = table.toArray().map((record) => {
    const row: Row = {};
    for (const column of columns) {
      const value = record[column] as unknown;
      row[column] = value === undefined || value === null ? null : typeof value === 'bigint' ? Number(value) : (value as string | number | boolean);
    }
    return row;
  });
  return { columns, rows };
}

export const camelCase = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function camelRow(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [camelCase(key), value]));
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * One CSV cell. Numbers stay numbers; any text beginning with = + - @ tab or CR gets a leading
 * apostrophe so a spreadsheet shows it instead of running it (OWASP "CSV injection").
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  return [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c] ?? null)).join(','))].join('\n');
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function textTable(headers: readonly string[], cells: readonly (readonly string[])[], rightAligned: readonly boolean[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: readonly string[]) => row.map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** A figure in the metric's unit: rates as percentages, others to one decimal. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '';
  return unit === 'percent' ? `${(value * 100).toFixed(1)}%` : value.toFixed(1);
}

/** A difference in the metric's unit: percentage points for rates. */
export function formatGap(value: number | null, unit: string): string {
  if (value === null) return '';
  const sign = value > 0 ? '+' : '';
  return unit === 'percent' ? `${sign}${(value * 100).toFixed(1)} pts` : `${sign}${value.toFixed(1)}`;
}

export const formatRatio = (value: number | null): string => (value === null ? '' : value.toFixed(2));
export const formatCountCell = (value: number | null, coded: string | null): string => coded ?? (value === null ? '' : value.toLocaleString('en-US'));
