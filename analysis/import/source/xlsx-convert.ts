// Reads an XLSX workbook with exceljs's streaming reader (never the whole workbook in memory), in the
// isolated reader after the zip is checked for bombs: choose the sheet, find the header row under any title
// rows, write dates as ISO dates, and stream the rows into a temporary CSV, within the row and disk limits.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { ImportFailure } from '../import-failure';
import { displayName } from '../normalize';
import type { FileProbe } from './file-format';
import { findHeaderRow, uniqueHeaders, type CellText } from './header-row';
import { MAX_COLUMNS, MAX_SHEET_ROWS, MAX_TEMP_BYTES, megabytes, tooManyColumns } from './limits';
import type { TempFolder } from './temp-files';
import { csvLine, SHEET_ROW_COLUMN, type SheetPlan, type XlsxPlan } from './xlsx-source';
import { checkWorkbookZip } from './zip-check';

/** Rows read before deciding where the header is. */
const HEADER_SEARCH_ROWS = 30;

/** In the isolated reader: checks the zip, then writes the chosen sheet as CSV. */
export async function planXlsx(probe: FileProbe, temp: TempFolder, requestedSheet: string | undefined): Promise<XlsxPlan> {
  await checkWorkbookZip(probe.path, probe.fileName);
  const csvPath = temp.file('sheet.csv');
  const { sheets, chosen } = await convertSheet(probe, csvPath, requestedSheet);
  return { csvPath, sheets, chosen };
}

async function convertSheet(probe: FileProbe, csvPath: string, requestedSheet: string | undefined): Promise<{ sheets: string[]; chosen: SheetPlan }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(probe.path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'emit' });
  const seen: string[] = [];
  const out = fs.createWriteStream(csvPath);
  let chosen: SheetPlan | null = null;
  try {
    for await (const worksheet of reader as AsyncIterable<ExcelJS.stream.xlsx.WorksheetReader & { name: string }>) {
      const name = String(worksheet.name ?? `Sheet${seen.length + 1}`);
      seen.push(name);
      if (chosen || (requestedSheet !== undefined && name !== requestedSheet)) {
        // Sheets are listed by reading past them; their rows are not kept.
        for await (const _row of worksheet) void _row;
        continue;
      }
      chosen = await writeSheet(worksheet, name, out, probe.fileName);
      if (chosen === null && requestedSheet !== undefined) throw new ImportFailure(`Sheet "${displayName(requestedSheet)}" of ${probe.fileName} has no rows with data.`);
    }
  } catch (error) {
    out.destroy();
    if (error instanceof ImportFailure) throw error;
    throw new ImportFailure(`${probe.fileName} could not be read as an Excel workbook: it may be damaged or password-protected.`);
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  if (requestedSheet !== undefined && !seen.includes(requestedSheet)) {
    throw new ImportFailure(`${probe.fileName} has no sheet named "${displayName(requestedSheet)}". Its sheets: ${seen.map((s) => `"${displayName(s)}"`).join(', ')}.`);
  }
  if (!chosen) throw new ImportFailure(`No sheet of ${probe.fileName} has a header row with data under it.`);
  return { sheets: seen, chosen };
}

/** Writes one sheet's header and data rows; null when the sheet has no header with data under it. */
async function writeSheet(worksheet: AsyncIterable<ExcelJS.Row>, name: string, out: fs.WriteStream, fileName: string): Promise<SheetPlan | null> {
  const buffered: { number: number; cells: CellText[] }[] = [];
  let plan: SheetPlan | null = null;
  let written = 0;
  const write = async (text: string) => {
    written += text.length;
    if (written > MAX_TEMP_BYTES) throw new ImportFailure(`Sheet "${displayName(name)}" of ${fileName} is larger than ${megabytes(MAX_TEMP_BYTES)} as text, more than EquityLens reads from one sheet. Save it as CSV (or split it) and import that.`);
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  const start = async (): Promise<boolean> => {
    const index = findHeaderRow(buffered.map((r) => r.cells));
    if (index < 0 || index === buffered.length - 1) return false;
    const header = buffered[index]!;
    const width = Math.max(header.cells.length, ...buffered.slice(index + 1).map((r) => lastFilled(r.cells) + 1));
    if (width > MAX_COLUMNS) throw new ImportFailure(tooManyColumns(`Sheet "${displayName(name)}" of ${fileName}`, width));
    const headers = uniqueHeaders(Array.from({ length: width }, (_, i) => header.cells[i] ?? null));
    const data = buffered.slice(index + 1);
    plan = { name, headerRow: header.number, headers, types: columnTypes(data.map((r) => r.cells), width), dataRows: 0 };
    await write(csvLine([SHEET_ROW_COLUMN, ...headers]));
    for (const row of data) await writeRow(row.number, row.cells);
    return true;
  };
  const writeRow = async (number: number, cells: CellText[]) => {
    const current = plan!;
    if (cells.every((c) => c === null || c.trim() === '')) return;
    current.dataRows++;
    await write(csvLine([String(number), ...Array.from({ length: current.headers.length }, (_, i) => cells[i] ?? '')]));
  };
  let rows = 0;
  for await (const row of worksheet) {
    if (++rows > MAX_SHEET_ROWS || row.number > MAX_SHEET_ROWS) throw new ImportFailure(`Sheet "${displayName(name)}" of ${fileName} has more than ${MAX_SHEET_ROWS.toLocaleString('en-US')} rows, more than Excel itself allows. Save it as CSV and import that.`);
    const cells = rowCells(row);
    if (plan) await writeRow(row.number, cells);
    else {
      buffered.push({ number: row.number, cells });
      if (buffered.length >= HEADER_SEARCH_ROWS) await start();
    }
  }
  if (!plan && buffered.length > 0) await start();
  return plan;
}

function lastFilled(cells: readonly CellText[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== null && cells[i]!.trim() !== '') return i;
  return -1;
}

/** Cell values as text: dates as ISO dates, formulas as their results, rich text as its text. */
function rowCells(row: ExcelJS.Row): CellText[] {
  const values = row.values as unknown[];
  const cells: CellText[] = [];
  for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
  return cells;
}

export function cellText(value: unknown): CellText {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    const cell = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string; formula?: string; sharedFormula?: string };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell || cell.formula !== undefined || cell.sharedFormula !== undefined) return cellText(cell.result);
    if (cell.error !== undefined) return null;
    if (cell.text !== undefined) return cellText(cell.text);
  }
  return String(value);
}

function columnTypes(rows: readonly CellText[][], width: number): string[] {
  return Array.from({ length: width }, (_, i) => {
    const values = rows.map((r) => r[i]).filter((v): v is string => v !== null && v !== undefined && v.trim() !== '');
    if (values.length === 0) return 'VARCHAR';
    if (values.every((v) => /^-?\d+(\.\d+)?$/.test(v))) return values.every((v) => /^-?\d+$/.test(v)) ? 'BIGINT' : 'DOUBLE';
    if (values.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v))) return 'DATE';
    return 'VARCHAR';
  });
}

