// An Explore chart's data as a workbook: a "Data" sheet that is a plain table (numbers as numbers, one
// header row, frozen, so filters and pivot tables work) and an "About" sheet with the metadata rows.
import ExcelJS from 'exceljs';
import type { ExportChartXlsxRequest, ExportedFile } from '../../api';
import { neutraliseFormula } from '../../shared/csv';

const INTERNAL_MARK = 'INTERNAL VIEW: unsuppressed figures, not for distribution';

export async function chartXlsx(request: ExportChartXlsxRequest): Promise<ExportedFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'EquityLens';
  const data = workbook.addWorksheet('Data');
  const offset = request.internal ? 1 : 0;
  if (request.internal) data.addRow([INTERNAL_MARK]).font = { bold: true, color: { argb: 'FFB42318' } };
  data.addRow(request.columns.map(neutraliseFormula)).font = { bold: true };
  for (const row of request.rows) data.addRow(row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)));
  data.views = [{ state: 'frozen', ySplit: offset + 1 }];
  request.columns.forEach((heading, i) => {
    const longest = Math.max(heading.length, ...request.rows.map((r) => String(r[i] ?? '').length));
    data.getColumn(i + 1).width = Math.min(50, Math.max(8, longest + 2));
  });
  const about = workbook.addWorksheet('About');
  if (request.internal) about.addRow(['Internal view', INTERNAL_MARK]).font = { bold: true, color: { argb: 'FFB42318' } };
  for (const [label, value] of request.metadata) about.addRow([neutraliseFormula(label), neutraliseFormula(value)]);
  about.getColumn(1).width = 16;
  about.getColumn(1).font = { bold: true };
  about.getColumn(2).width = 100;
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  const buffer = await workbook.xlsx.writeBuffer();
  const safe = request.baseName.replace(/[^a-z0-9_-]+/gi, '-').slice(0, 120) || 'chart';
  return { fileName: `${safe}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: new Uint8Array(buffer as ArrayBuffer) };
}
