// Delimited text (comma, tab, pipe, semicolon): DuckDB's sniffer finds the dialect, header and types; every
// column is then read as text (ids keep their zeros) with unparseable lines captured, not fatal.
import fs from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ImportFailure } from '../import-failure';
import { displayName } from '../normalize';
import type { FileProbe } from './file-format';
import { REJECT_ERRORS_TABLE, REJECT_SCANS_TABLE, type ImportSource, type SourceColumn } from './source-types';
import type { TempFolder } from './temp-files';
import { detectTextEncoding, textDecoderFor, utf8Census, type TextEncoding } from './text-encoding';
import { writeSpreadSample } from './spread-sample';
import { transcodeToUtf8 } from './transcode';

const DELIMITERS = [',', '\t', '|', ';'] as const;
/** DuckDB's names for the encodings it reads itself. */
const DUCKDB_ENCODING: Partial<Record<TextEncoding, string>> = { 'utf-8': 'utf-8', 'utf-8-bom': 'utf-8', 'utf-16le': 'utf-16', 'latin-1': 'latin-1' };
const ENCODING_LABEL: Record<TextEncoding, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 with BOM', 'utf-16le': 'UTF-16 (little-endian)', 'utf-16be': 'UTF-16 (big-endian)', 'latin-1': 'Latin-1 (Windows-1252)' };

interface Dialect {
  delimiter: string;
  quote: string;
  escape: string;
  /** Lines before the header (a title or notes) that the sniffer found. */
  skip: number;
  columns: SourceColumn[];
}

/** The sniffer may read a line this long (a 10 MB field); the read itself keeps DuckDB's 2 MB and rejects such a line. */
const SNIFF_MAX_LINE = 64 * 1024 * 1024;

const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`;

export async function openCsvSource(connection: DuckDBConnection, probe: FileProbe, temp: TempFolder): Promise<ImportSource> {
  const encoding = detectTextEncoding(probe.sample);
  const notes: string[] = [];
  let readPath = probe.path;
  if (!DUCKDB_ENCODING[encoding]) {
    readPath = temp.file('converted.csv');
    await transcodeToUtf8(probe.path, readPath, encoding);
    notes.push(`Converted from ${ENCODING_LABEL[encoding]} to UTF-8 to read it.`);
  }
  if (encoding === 'utf-8' && utf8Census(probe.sample).invalid > 0) {
    notes.push('The file mixes encodings: it is UTF-8 with some lines in another encoding. Those lines cannot be read and are listed as not loaded.');
  }
  const duckEncoding = DUCKDB_ENCODING[encoding] ?? 'utf-8';
  const headerLine = firstLine(probe.sample, encoding, 0);
  const dialect = await sniffDialect(connection, readPath, duckEncoding, headerLine);
  if (dialect.columns.length === 0) throw new ImportFailure(`${probe.fileName} has no header row this app can read.`);
  notes.push(...headerNotes(dialect.columns));
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
    path: probe.path,
    fileName: probe.fileName,
    bytes: probe.bytes,
    format: 'csv',
    encoding: ENCODING_LABEL[encoding],
    delimiter: dialect.delimiter,
    sheets: [],
    sheet: null,
    headerRow: dialect.skip + 1,
    columns: dialect.columns,
    notes,
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
      const header = firstLine(probe.sample, encoding, dialect.skip);
      if (!writeSpreadSample(readPath, fs.statSync(readPath).size, header, sample)) return null;
      const sampleOptions = options.map((o) => (o.startsWith('skip =') ? 'skip = 0' : o));
      return { sql: `SELECT * FROM read_csv($1, ${[...sampleOptions, 'ignore_errors = true'].join(', ')})`, params: [sample] };
    },
    dispose: () => undefined,
  };
}

/** The header line as text, to count delimiter candidates when DuckDB's sniffer cannot decide. */
function firstLine(sample: Uint8Array, encoding: TextEncoding, skip: number): string {
  const text = textDecoderFor(encoding).decode(sample).replace(/^\uFEFF/, '');
  return text.split(/\r?\n/)[skip] ?? '';
}

/** Candidates counted outside quotes; the most frequent wins, comma on a tie. */
export function guessDelimiter(headerLine: string): string | null {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string | null = null;
  for (const d of DELIMITERS) if (counts.get(d)! > 0 && (best === null || counts.get(d)! > counts.get(best)!)) best = d;
  return best;
}

async function sniffDialect(connection: DuckDBConnection, file: string, encoding: string, headerLine: string): Promise<Dialect> {
  const guessed = guessDelimiter(headerLine);
  const attempt = async (delimiter: string | null): Promise<Dialect | null> => {
    const options = [`encoding = ${literal(encoding)}`, 'header = true', 'ignore_errors = true', `max_line_size = ${SNIFF_MAX_LINE}`, ...(delimiter ? [`delim = ${literal(delimiter)}`] : [])];
    try {
      const reader = await connection.runAndReadAll(`SELECT Delimiter, Quote, Escape, Columns, SkipRows FROM sniff_csv($1, ${options.join(', ')})`, [file]);
      const row = reader.getRowsJS()[0];
      if (!row) return null;
      const columns = (row[3] as { name: string; type: string }[]).map((c) => ({ name: String(c.name), type: String(c.type) }));
      const quote = String(row[1]);
      const escape = String(row[2]);
      return {
        delimiter: String(row[0]),
        // RFC 4180 quoting unless the sniffer found another quote character.
        quote: quote.length === 1 ? quote : '"',
        escape: escape.length === 1 ? escape : quote.length === 1 ? quote : '"',
        skip: Math.max(0, Number(row[4] ?? 0)),
        columns,
      };
    } catch {
      return null;
    }
  };
  let dialect = await attempt(null);
  // DuckDB's sniffer can give up on ragged files; the header line's own delimiters settle it.
  if (guessed && (!dialect || (dialect.columns.length === 1 && dialect.delimiter !== guessed))) dialect = (await attempt(guessed)) ?? dialect;
  if (!dialect) throw new ImportFailure('This file could not be read as delimited text (CSV, TSV, pipe or semicolon separated).');
  return dialect;
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
