// Data-quality reports kept with each import: the report (in app.import_log.quality) and every rejected
// row's line, column and reason (app.import_rejects), never the row itself.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { QualityReport, RejectedRow, RejectReason } from '../../api';
import { findImport } from './import-log';

/** Rejected rows a report carries; the project keeps them all. */
export const REPORT_REJECTS = 1000;

export async function storeRejects(connection: DuckDBConnection, importId: number, rejectsSql: string): Promise<void> {
  await connection.run(`INSERT INTO app.import_rejects (import_id, line, column_name, reason, message) SELECT $1, line, field, reason, message FROM (${rejectsSql})`, [importId]);
}

export async function readRejects(connection: DuckDBConnection, importId: number, limit = REPORT_REJECTS): Promise<RejectedRow[]> {
  const reader = await connection.runAndReadAll(
    `SELECT line, column_name, reason, message FROM app.import_rejects WHERE import_id = $1 ORDER BY line NULLS LAST, reason LIMIT ${Math.floor(limit)}`,
    [importId],
  );
  return reader.getRowsJS().map(([line, column, reason, message]) => ({
    line: line === null ? null : Number(line),
    column: column === null ? null : String(column),
    reason: String(reason) as RejectReason,
    message: String(message),
  }));
}

export async function readQualityReport(connection: DuckDBConnection, importId: number): Promise<QualityReport | null> {
  const entry = await findImport(connection, importId);
  if (!entry) return null;
  const reader = await connection.runAndReadAll('SELECT quality::VARCHAR FROM app.import_log WHERE import_id = $1', [importId]);
  const stored = JSON.parse(String(reader.getRowsJS()[0]?.[0] ?? '{}')) as Partial<QualityReport>;
  return {
    importId,
    fileName: entry.fileName,
    sha256: entry.sha256,
    table: entry.table,
    importedAt: entry.importedAt,
    rowsRead: entry.rowsRead,
    rowsLoaded: entry.rowsLoaded,
    rowsRejected: entry.rowsRejected,
    recordsWritten: entry.recordsWritten,
    rejectedByReason: stored.rejectedByReason ?? [],
    unmappedCodes: stored.unmappedCodes ?? [],
    issues: stored.issues ?? [],
    rejects: await readRejects(connection, importId),
  };
}

export async function latestImportId(connection: DuckDBConnection): Promise<number | null> {
  const reader = await connection.runAndReadAll('SELECT max(import_id) FROM app.import_log');
  const id = reader.getRowsJS()[0]?.[0];
  return id === null || id === undefined ? null : Number(id);
}
