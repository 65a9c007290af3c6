// Parquet and JSON (an array of records, or one record per line) read by DuckDB's own readers; every column
// is cast to text so that mapping treats them like any other export (nested values become their JSON text).
import { quotedIdentifier, type DuckDBConnection } from '@duckdb/node-api';
import { ImportFailure } from '../import-failure';
import type { FileProbe } from './file-format';
import type { ImportSource, SourceColumn } from './source-types';

function reader(probe: FileProbe): string {
  switch (probe.format) {
    case 'parquet':
      return 'read_parquet($1)';
    case 'ndjson':
      return "read_json($1, format = 'newline_delimited', maximum_object_size = 67108864)";
    default:
      return "read_json($1, format = 'auto', maximum_object_size = 67108864)";
  }
}

export async function openDuckdbFileSource(connection: DuckDBConnection, probe: FileProbe): Promise<ImportSource> {
  const from = reader(probe);
  let columns: SourceColumn[];
  try {
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`, [probe.path]);
    columns = described.getRowsJS().map((row) => ({ name: String(row[0]), type: String(row[1]) }));
  } catch {
    const what = probe.format === 'parquet' ? 'a Parquet file this app can read (it may be damaged or encrypted)' : 'JSON records (an array of objects, or one object per line)';
    throw new ImportFailure(`${probe.fileName} is not ${what}.`);
  }
  if (columns.length === 0) throw new ImportFailure(`${probe.fileName} has no columns.`);
  const notes: string[] = [];
  const nested = columns.filter((c) => /STRUCT|MAP|\[\]|LIST|UNION/.test(c.type));
  if (nested.length > 0) notes.push(`${nested.length} column${nested.length === 1 ? ' holds' : 's hold'} nested values; they are read as text.`);
  const binary = columns.filter((c) => c.type === 'BLOB');
  if (binary.length > 0) notes.push(`${binary.length} column${binary.length === 1 ? ' holds' : 's hold'} binary data; it cannot be mapped to a field.`);
  const select = columns.map((c) => `CAST(${quotedIdentifier(c.name)} AS VARCHAR) AS ${quotedIdentifier(c.name)}`).join(', ');
  return {
    path: probe.path,
    fileName: probe.fileName,
    bytes: probe.bytes,
    format: probe.format,
    encoding: probe.format === 'parquet' ? null : 'UTF-8',
    delimiter: null,
    sheets: [],
    sheet: null,
    headerRow: null,
    columns,
    notes,
    firstDataLine: 1,
    lineColumn: null,
    capturesParseErrors: false,
    nullWordsHandled: false,
    relation: ({ limit }) => ({ sql: `SELECT ${select} FROM ${from}${limit !== undefined ? ` LIMIT ${Math.floor(limit)}` : ''}`, params: [probe.path] }),
    // A reservoir sample over the whole file: columnar formats read it quickly.
    spreadSample: () => (probe.bytes > 8 * 1024 * 1024 ? { sql: `SELECT ${select} FROM ${from} USING SAMPLE 20000 ROWS`, params: [probe.path] } : null),
    dispose: () => undefined,
  };
}
