// Small read helpers over DuckDB for the review tables: rows as plain objects, JSON columns parsed.
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

export type Row = Record<string, unknown>;

export async function readRows(connection: DuckDBConnection, sql: string, params: DuckDBValue[] = []): Promise<Row[]> {
  const reader = await connection.runAndReadAll(sql, params);
  return reader.getRowObjectsJS() as Row[];
}

export async function readRow(connection: DuckDBConnection, sql: string, params: DuckDBValue[] = []): Promise<Row | null> {
  return (await readRows(connection, sql, params))[0] ?? null;
}

/** SQL that formats a TIMESTAMP column as ISO 8601 (UTC, as DuckDB's current_timestamp stores it). */
export const isoTimestamp = (column: string): string => `strftime(${column}, '%Y-%m-%dT%H:%M:%S.%gZ')`;

export const stringOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : (value ?? null);
}
