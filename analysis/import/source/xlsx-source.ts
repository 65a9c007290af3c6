// XLSX workbooks as an import source: the isolated reader has written the chosen sheet as a CSV of our own
// (xlsx-convert.ts), so DuckDB is told its dialect and columns, and each row keeps its worksheet row number.
import fs from 'node:fs';
import { displayName } from '../normalize';
import type { ProbedFile } from './source-plan';
import { type ImportSource, type SourceColumn } from './source-types';
import { writeSpreadSample } from './spread-sample';
import type { TempFolder } from './temp-files';

export const SHEET_ROW_COLUMN = '__equitylens_sheet_row';

export interface SheetPlan {
  name: string;
  headerRow: number;
  headers: string[];
  types: string[];
  dataRows: number;
}

export interface XlsxPlan {
  csvPath: string;
  sheets: string[];
  chosen: SheetPlan;
}

const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`;

export function xlsxSource(probe: ProbedFile, plan: XlsxPlan, temp: TempFolder): ImportSource {
  const { csvPath, sheets, chosen } = plan;
  const notes = [`Read sheet "${displayName(chosen.name)}" (headers on row ${chosen.headerRow}) of ${sheets.length} sheet${sheets.length === 1 ? '' : 's'}.`];
  if (chosen.headerRow > 1) notes.push(`Rows above row ${chosen.headerRow} (titles or notes) were skipped.`);
  const columns: SourceColumn[] = chosen.headers.map((name, i) => ({ name, type: chosen.types[i] ?? 'VARCHAR' }));
  // The temporary CSV is ours: its dialect and columns are known, so DuckDB is told rather than left to sniff.
  const columnTypes = [SHEET_ROW_COLUMN, ...chosen.headers].map((name) => `${literal(name)}: 'VARCHAR'`).join(', ');
  const options = ['auto_detect = false', `columns = {${columnTypes}}`, "delim = ','", `quote = '"'`, `escape = '"'`, 'header = true', `nullstr = ${literal('')}`];
  return {
    ...probe,
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    sheets,
    sheet: chosen.name,
    headerRow: chosen.headerRow,
    columns,
    notes,
    firstDataLine: chosen.headerRow + 1,
    lineColumn: SHEET_ROW_COLUMN,
    capturesParseErrors: false,
    nullWordsHandled: true,
    relation: ({ limit }) => ({
      sql: `SELECT * FROM read_csv($1, ${options.join(', ')})${limit !== undefined ? ` LIMIT ${Math.floor(limit)}` : ''}`,
      params: [csvPath],
    }),
    spreadSample: () => {
      const sample = temp.file('spread-sample.csv');
      const header = csvLine([SHEET_ROW_COLUMN, ...chosen.headers]).trimEnd();
      if (!writeSpreadSample(csvPath, fs.statSync(csvPath).size, header, sample)) return null;
      return { sql: `SELECT * FROM read_csv($1, ${[...options, 'ignore_errors = true'].join(', ')})`, params: [sample] };
    },
    dispose: () => undefined,
  };
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')}\n`;
}
