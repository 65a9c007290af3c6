// The import history (app.import_log): one row per import with the file's name, hash, size and row counts,
// the mapping used and its data-quality report; the rows of a replaced import point at their replacement.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ImportFileFormat, ImportKind, ImportLogEntry, ImportMapping, QualityReport } from '../../api';

const COLUMNS = `import_id, file_name, file_hash, file_bytes, table_name, source_format, rows_read, rows_loaded, rows_rejected,
  coalesce(records_written, rows_loaded), strftime(imported_at, '%Y-%m-%dT%H:%M:%SZ'), profile_name, replaced_by`;

function toEntry(row: unknown[]): ImportLogEntry {
  return {
    importId: Number(row[0]),
    fileName: String(row[1]),
    sha256: String(row[2]),
    bytes: Number(row[3]),
    table: String(row[4]) as ImportKind,
    format: row[5] === null ? null : (String(row[5]) as ImportFileFormat),
    rowsRead: Number(row[6]),
    rowsLoaded: Number(row[7]),
    rowsRejected: Number(row[8]),
    recordsWritten: Number(row[9]),
    importedAt: String(row[10]),
    profileName: row[11] === null ? null : String(row[11]),
    replacedBy: row[12] === null ? null : Number(row[12]),
  };
}

/** Newest first. */
export async function listImports(connection: DuckDBConnection): Promise<ImportLogEntry[]> {
  const reader = await connection.runAndReadAll(`SELECT ${COLUMNS} FROM app.import_log ORDER BY import_id DESC`);
  return reader.getRowsJS().map(toEntry);
}

export async function findImport(connection: DuckDBConnection, importId: number): Promise<ImportLogEntry | null> {
  const reader = await connection.runAndReadAll(`SELECT ${COLUMNS} FROM app.import_log WHERE import_id = $1`, [importId]);
  const row = reader.getRowsJS()[0];
  return row ? toEntry(row) : null;
}

/** Earlier imports of the same bytes into the same table that are still in effect (not replaced). */
export async function previousImports(connection: DuckDBConnection, sha256: string, table?: ImportKind): Promise<ImportLogEntry[]> {
  const reader = await connection.runAndReadAll(
    `SELECT ${COLUMNS} FROM app.import_log WHERE file_hash = $1 AND replaced_by IS NULL ${table ? 'AND table_name = $2' : ''} ORDER BY import_id DESC`,
    table ? [sha256, table] : [sha256],
  );
  return reader.getRowsJS().map(toEntry);
}

export interface NewImport {
  fileName: string;
  sha256: string;
  bytes: number;
  table: ImportKind;
  format: ImportFileFormat;
  mapping: ImportMapping;
  quality: Omit<QualityReport, 'importId' | 'importedAt' | 'rejects'>;
  profileName: string | null;
}

export async function logImport(connection: DuckDBConnection, entry: NewImport): Promise<number> {
  const reader = await connection.runAndReadAll(
    `INSERT INTO app.import_log (file_name, file_hash, file_bytes, table_name, rows_read, rows_loaded, rows_rejected, mapping, quality, records_written, source_format, profile_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::JSON, $9::JSON, $10, $11, $12) RETURNING import_id`,
    [
      entry.fileName,
      entry.sha256,
      entry.bytes,
      entry.table,
      entry.quality.rowsRead,
      entry.quality.rowsLoaded,
      entry.quality.rowsRejected,
      JSON.stringify(entry.mapping),
      JSON.stringify(entry.quality),
      entry.quality.recordsWritten,
      entry.format,
      entry.profileName,
    ],
  );
  return Number(reader.getRowsJS()[0]?.[0]);
}

export async function markReplaced(connection: DuckDBConnection, replaced: readonly number[], by: number): Promise<void> {
  for (const id of replaced) await connection.run('UPDATE app.import_log SET replaced_by = $1 WHERE import_id = $2', [by, id]);
}
