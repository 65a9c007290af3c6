// Settles how a delimited text file is read, in the isolated reader: its encoding (re-encoded to UTF-8 when
// DuckDB cannot read it as is, or when its line endings are mixed or it starts with Excel's `sep=` line), then
// DuckDB's sniffer finds the delimiter, quoting, title lines and header on the file's head.
import fs from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ImportFailure } from '../import-failure';
import type { FileProbe } from './file-format';
import { MAX_COLUMNS, tooManyColumns } from './limits';
import type { SourceColumn } from './source-types';
import type { TempFolder } from './temp-files';
import { detectTextEncoding, textDecoderFor, utf8Census, type TextEncoding } from './text-encoding';
import { transcodeToUtf8 } from './transcode';

const DELIMITERS = [',', '\t', '|', ';'] as const;
/** DuckDB's names for the encodings it reads correctly itself (its Latin-1 is not Windows-1252: curly quotes break). */
const DUCKDB_ENCODING: Partial<Record<TextEncoding, string>> = { 'utf-8': 'utf-8', 'utf-8-bom': 'utf-8', 'utf-16le': 'utf-16' };
export const ENCODING_LABEL: Record<TextEncoding, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 with BOM', 'utf-16le': 'UTF-16 (little-endian)', 'utf-16be': 'UTF-16 (big-endian)', 'latin-1': 'Windows-1252 (Latin-1)' };
/** The sniffer reads this much of the file's head: enough for its sample, and a huge field further on cannot trip it. */
const SNIFF_BYTES = 4 * 1024 * 1024;
/** A header line longer than this is not a header (or has far too many columns). */
const MAX_HEADER_BYTES = 1024 * 1024;

export interface CsvDialect {
  delimiter: string;
  quote: string;
  escape: string;
  /** Lines before the header (a title or notes) that the sniffer found. */
  skip: number;
  columns: SourceColumn[];
}

export interface CsvPlan {
  /** The file DuckDB reads: the export itself, or its UTF-8 copy in the import's temp folder. */
  readPath: string;
  duckEncoding: string;
  encodingLabel: string;
  notes: string[];
  dialect: CsvDialect;
  /** The header line as text (for the spread sample). */
  header: string;
}

const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`;

export async function planCsv(connection: DuckDBConnection, probe: FileProbe, temp: TempFolder): Promise<CsvPlan> {
  const encoding = detectTextEncoding(probe.sample);
  const text = textDecoderFor(encoding).decode(probe.sample).replace(/^\uFEFF/, '');
  const sep = /^sep=(.)\r?\n/i.exec(text);
  const lines = sep ? text.slice(sep[0].length) : text;
  checkHeaderWidth(probe, encoding, lines);
  // A carriage return alone ends a line on old Macs; mixed with line feeds, DuckDB would take one style only.
  const loneCarriageReturns = /\r(?!\n)/.test(text.slice(0, -1));
  const notes: string[] = [];
  let readPath = probe.path;
  if (!DUCKDB_ENCODING[encoding] || sep || loneCarriageReturns) {
    readPath = temp.file('converted.csv');
    await transcodeToUtf8(probe.path, readPath, encoding, { lineFeeds: loneCarriageReturns, skipFirstLine: sep !== null });
    if (!DUCKDB_ENCODING[encoding]) notes.push(`Converted from ${ENCODING_LABEL[encoding]} to UTF-8 to read it.`);
    if (loneCarriageReturns) notes.push('Line endings are mixed (carriage returns, line feeds or both); every one was read as the end of a line.');
    if (sep) notes.push(`The first line names the separator ("sep=${sep[1]}"), as Excel writes it; it was used and skipped.`);
  }
  if (encoding === 'utf-8' && utf8Census(probe.sample).invalid > 0) {
    notes.push('The file mixes encodings: it is UTF-8 with some lines in another encoding. Those lines cannot be read and are listed as not loaded.');
  }
  const duckEncoding = readPath === probe.path ? DUCKDB_ENCODING[encoding]! : 'utf-8';
  const header = firstLine(readPath === probe.path ? lines : lines.replace(/\r\n?/g, '\n'), 0);
  const sniffPath = duckEncoding === 'utf-8' ? writeHead(readPath, temp) : readPath;
  const dialect = await sniffDialect(connection, sniffPath, duckEncoding, sep ? sep[1]! : guessDelimiter(header), sep !== null);
  if (dialect.columns.length === 0) throw new ImportFailure(`${probe.fileName} has no header row this app can read.`);
  if (dialect.columns.length > MAX_COLUMNS) throw new ImportFailure(tooManyColumns(probe.fileName, dialect.columns.length));
  return { readPath, duckEncoding, encodingLabel: ENCODING_LABEL[encoding], notes, dialect, header: firstLine(readPath === probe.path ? lines : lines.replace(/\r\n?/g, '\n'), dialect.skip) };
}

/** Counted before DuckDB sniffs: 50,000 columns took its sniffer minutes. */
function checkHeaderWidth(probe: FileProbe, encoding: TextEncoding, text: string): void {
  let end = text.search(/\r|\n/);
  if (end < 0 && probe.bytes > probe.sample.length) {
    // The header runs past the sample: read up to the longest header line allowed.
    text = textDecoderFor(encoding).decode(readHead(probe.path, MAX_HEADER_BYTES));
    end = text.search(/\r|\n/);
    if (end < 0 && probe.bytes > MAX_HEADER_BYTES) throw new ImportFailure(`The first line of ${probe.fileName} is over 1 MB long: it is not a header row this app can read.`);
  }
  const header = end < 0 ? text : text.slice(0, end);
  const widest = Math.max(0, ...DELIMITERS.map((d) => countOutsideQuotes(header, d)));
  if (widest + 1 > MAX_COLUMNS) throw new ImportFailure(tooManyColumns(probe.fileName, widest + 1));
}

function readHead(file: string, bytes: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  const handle = fs.openSync(file, 'r');
  try {
    return buffer.subarray(0, fs.readSync(handle, buffer, 0, bytes, 0));
  } finally {
    fs.closeSync(handle);
  }
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count++;
  }
  return count;
}

function firstLine(text: string, skip: number): string {
  return text.split(/\r?\n|\r/)[skip] ?? '';
}

/** Candidates counted outside quotes; the most frequent wins, comma on a tie. */
export function guessDelimiter(headerLine: string): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = countOutsideQuotes(headerLine, d);
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

/** The head of a large file, cut after its last whole line: the sniffer never meets a line of hundreds of MB. */
function writeHead(file: string, temp: TempFolder): string {
  const size = fs.statSync(file).size;
  if (size <= SNIFF_BYTES) return file;
  const buffer = readHead(file, SNIFF_BYTES);
  const end = buffer.lastIndexOf(10);
  if (end < 0) return file;
  const head = temp.file('head.csv');
  fs.writeFileSync(head, buffer.subarray(0, end + 1));
  return head;
}

async function sniffDialect(connection: DuckDBConnection, file: string, encoding: string, guessed: string | null, forced: boolean): Promise<CsvDialect> {
  const attempt = async (delimiter: string | null): Promise<CsvDialect | null> => {
    const options = [`encoding = ${literal(encoding)}`, 'header = true', 'ignore_errors = true', ...(delimiter ? [`delim = ${literal(delimiter)}`] : [])];
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
  let dialect = forced ? await attempt(guessed) : await attempt(null);
  // DuckDB's sniffer can give up on ragged files; the header line's own delimiters settle it.
  if (!forced && guessed && (!dialect || (dialect.columns.length === 1 && dialect.delimiter !== guessed))) dialect = (await attempt(guessed)) ?? dialect;
  if (!dialect) throw new ImportFailure('This file could not be read as delimited text (CSV, TSV, pipe or semicolon separated).');
  return dialect;
}
