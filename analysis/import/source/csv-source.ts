// Delimited text (comma, tab, pipe, semicolon) read with the dialect the isolated reader settled: every column
// as text (ids keep their zeros), with unparseable lines (a field over DuckDB's 2 MB line limit, ragged rows)
// captured as rejected rows, not fatal.
import fs from 'node:fs';
import { displayName } from '../normalize';
import type { CsvPlan } from './csv-dialect';
import type { ProbedFile } from './source-plan';
import { REJECT_ERRORS_TABLE, REJECT_SCANS_TABLE, type ImportSource, type SourceColumn } from './source-types';
import type { TempFolder } from './temp-files';
import { writeSpreadSample } from './spread-sample';

export { guessDelimiter } from './csv-dialect';

const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`;

export function csvSource(probe: ProbedFile, plan: CsvPlan, temp: TempFolder): ImportSource {
  const { dialect, readPath, duckEncoding } = plan;
  // The dialect is settled: DuckDB must not sniff again (a bad line later on would make it give up).
  const columns = dialect.columns.map((c) => `${literal(c.name)}: 'VARCHAR'`).join(', ');
  const options = [
    'auto_detect = false',
    `columns = {${columns}}`,
    `skip = ${dialect.skip}`,
    `delim = ${literal(dialect.delimiter)}`,
    `quote = ${literal(dialect.quote)}`,
    `escape = ${literal(dialect.escape)}`,
    'header = true',
    `encoding = ${literal(duckEncoding)}`,
    `nullstr = ${literal('')}`,
  ];
  return {
    ...probe,
    format: 'csv',
    encoding: plan.encodingLabel,
    delimiter: dialect.delimiter,
    sheets: [],
    sheet: null,
    headerRow: dialect.skip + 1,
    columns: dialect.columns,
    notes: [...plan.notes, ...headerNotes(dialect.columns)],
    firstDataLine: dialect.skip + 2,
    lineColumn: null,
    capturesParseErrors: true,
    nullWordsHandled: true,
    relation: ({ limit, captureRejects }) => {
      const rejects = captureRejects ? [`store_rejects = true`, `rejects_table = '${REJECT_ERRORS_TABLE}'`, `rejects_scan = '${REJECT_SCANS_TABLE}'`] : ['ignore_errors = true'];
      const sql = `SELECT * FROM read_csv($1, ${[...options, ...rejects].join(', ')})${limit !== undefined ? ` LIMIT ${Math.floor(limit)}` : ''}`;
      return { sql, params: [readPath] };
    },
    spreadSample: () => {
      // Chunks are cut at line feeds and the header is written as UTF-8: only for files DuckDB reads as UTF-8.
      if (duckEncoding !== 'utf-8') return null;
      const sample = temp.file('spread-sample.csv');
      if (!writeSpreadSample(readPath, fs.statSync(readPath).size, plan.header, sample)) return null;
      const sampleOptions = options.map((o) => (o.startsWith('skip =') ? 'skip = 0' : o));
      return { sql: `SELECT * FROM read_csv($1, ${[...sampleOptions, 'ignore_errors = true'].join(', ')})`, params: [sample] };
    },
    dispose: () => undefined,
  };
}

/** DuckDB renames a repeated header (id, id_1) and names an empty one (column3); say so. */
function headerNotes(columns: readonly SourceColumn[]): string[] {
  const notes: string[] = [];
  const lower = new Set(columns.map((c) => c.name.toLowerCase()));
  for (const column of columns) {
    const repeated = /^(.*)_(\d+)$/.exec(column.name);
    if (repeated && lower.has(repeated[1]!.toLowerCase())) notes.push(`Two columns are named "${displayName(repeated[1]!)}"; the later one is read as "${displayName(column.name)}".`);
    if (/^column\d+$/.test(column.name)) notes.push(`A column has no name in the header; it is read as "${column.name}".`);
  }
  return notes;
}
