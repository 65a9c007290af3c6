// Parquet and JSON (an array of records, or one record per line) read by DuckDB's own readers; every column
// is cast to text so that mapping treats them like any other export (nested values become their JSON text).
// The isolated reader checks the file's width and nesting first and describes its columns.
import { quotedIdentifier, type DuckDBConnection } from '@duckdb/node-api';
import type { ImportFileFormat } from '../../api';
import { ImportFailure } from '../import-failure';
import type { FileProbe } from './file-format';
import { checkJsonShape } from './json-shape';
import { MAX_COLUMNS, tooManyColumns } from './limits';
import type { ProbedFile } from './source-plan';
import type { ImportSource, SourceColumn } from './source-types';

export interface DuckdbFilePlan {
  columns: SourceColumn[];
}

/** Values nested deeper than a record's own fields stay JSON text: no reader recursion on hostile depth. */
function reader(format: ImportFileFormat): string {
  switch (format) {
    case 'parquet':
      return 'read_parquet($1)';
    case 'ndjson':
      return "read_json($1, format = 'newline_delimited', maximum_object_size = 67108864, maximum_depth = 2)";
    default:
      return "read_json($1, format = 'auto', maximum_object_size = 67108864, maximum_depth = 2)";
  }
}

export async function planDuckdbFile(connection: DuckDBConnection, probe: FileProbe): Promise<DuckdbFilePlan> {
  const unreadable = () => new ImportFailure(`${probe.fileName} is not ${probe.format === 'parquet' ? 'a Parquet file this app can read (it may be damaged or encrypted)' : 'JSON records (an array of objects, or one object per line)'}.`);
  if (probe.format === 'parquet') {
    // Counted from the file's footer before any query plans over thousands of columns (which overflowed the stack).
    let leaves: number;
    try {
      leaves = Number((await connection.runAndReadAll('SELECT count(*) FROM parquet_schema($1) WHERE num_children IS NULL OR num_children = 0', [probe.path])).getRowsJS()[0]?.[0] ?? 0);
    } catch {
      throw unreadable();
    }
    if (leaves > MAX_COLUMNS) throw new ImportFailure(tooManyColumns(probe.fileName, leaves));
  } else {
    const text = probe.sample.toString('utf8').replace(/^\uFEFF/, '').trimStart();
    checkJsonShape(probe.path, probe.fileName, probe.format === 'json' && text.startsWith('[') ? 2 : 1);
  }
  let columns: SourceColumn[];
  try {
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader(probe.format)}`, [probe.path]);
    columns = described.getRowsJS().map((row) => ({ name: String(row[0]), type: String(row[1]) }));
  } catch {
    throw unreadable();
  }
  if (columns.length === 0) throw new ImportFailure(`${probe.fileName} has no columns.`);
  if (columns.length > MAX_COLUMNS) throw new ImportFailure(tooManyColumns(probe.fileName, columns.length));
  return { columns };
}

export function duckdbFileSource(probe: ProbedFile, plan: DuckdbFilePlan): ImportSource {
  const from = reader(probe.format);
  const { columns } = plan;
  const notes: string[] = [];
  const nested = columns.filter((c) => /STRUCT|MAP|\[\]|LIST|UNION|JSON/.test(c.type));
  if (nested.length > 0) notes.push(`${nested.length} column${nested.length === 1 ? ' holds' : 's hold'} nested values; they are read as text.`);
  const binary = columns.filter((c) => c.type === 'BLOB');
  if (binary.length > 0) notes.push(`${binary.length} column${binary.length === 1 ? ' holds' : 's hold'} binary data; it cannot be mapped to a field.`);
  const select = columns.map((c) => `CAST(${quotedIdentifier(c.name)} AS VARCHAR) AS ${quotedIdentifier(c.name)}`).join(', ');
  return {
    ...probe,
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
