// Findings, recommendations, the action plan and ratings as XLSX (one sheet each) or CSV (one table), and the
// whole review as JSON. Text that a spreadsheet would run as a formula is neutralised in both formats.
import ExcelJS from 'exceljs';
import type { ExportedFile, FindingsTable } from '../api';
import { neutraliseFormula, toCsv } from '../shared/csv';
import { INTERNAL_REPORT_MARK } from '../shared/findings-labels';
import { findingsTable, type FindingsData, type PlainTable } from './findings-tables';

const TABLES: readonly FindingsTable[] = ['findings', 'recommendations', 'action_plan', 'ratings'];

export function findingsCsv(table: FindingsTable, data: FindingsData, internal: boolean, baseName: string): ExportedFile {
  const plain = findingsTable(table, data);
  const body = toCsv(plain.header, plain.rows);
  // The mark goes first so that no copy of internal figures travels unmarked.
  const text = internal ? `${INTERNAL_REPORT_MARK}\r\n${body}` : body;
  return { fileName: `${baseName}-${table.replace(/_/g, '-')}.csv`, mimeType: 'text/csv', bytes: new TextEncoder().encode(text) };
}

function addSheet(workbook: ExcelJS.Workbook, table: PlainTable, internal: boolean): void {
  const sheet = workbook.addWorksheet(table.name);
  if (internal) sheet.addRow([INTERNAL_REPORT_MARK]).font = { bold: true, color: { argb: 'FFB42318' } };
  const header = sheet.addRow(table.header);
  header.font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)));
  sheet.views = [{ state: 'frozen', ySplit: internal ? 2 : 1 }];
  table.header.forEach((heading, i) => {
    const longest = Math.max(heading.length, ...table.rows.map((r) => String(r[i] ?? '').length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, longest + 2));
    sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
}

export async function findingsXlsx(data: FindingsData, internal: boolean, baseName: string): Promise<ExportedFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'EquityLens';
  for (const table of TABLES) addSheet(workbook, findingsTable(table, data), internal);
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: `${baseName}-findings.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: new Uint8Array(buffer as ArrayBuffer),
  };
}

/** The whole review as one JSON document (format 1): ratings, evidence, findings, recommendations, plan. */
export function reviewJson(data: FindingsData & { project: { name: string; districtName: string } }, baseName: string): ExportedFile {
  const { review } = data;
  const document = {
    format: 1,
    exportedAt: new Date().toISOString(),
    project: data.project,
    template: review.templateRef,
    rubric: review.template,
    reviewer: review.reviewer,
    rollupRule: review.rollupRule,
    ratings: review.ratings,
    rollups: review.rollups,
    evidence: review.evidence,
    findings: data.findings,
    recommendations: data.recommendations,
    // Benchmarks as specified; baselines are recomputed from the data whenever they are read.
    actionPlan: data.actionItems.map(({ baseline: _baseline, ...item }) => item),
  };
  return { fileName: `${baseName}-review.json`, mimeType: 'application/json', bytes: new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`) };
}

/** A file-name stem from the review's name: letters, digits and dashes. */
export function exportBaseName(name: string): string {
  // Accents come off rather than the letters they sit on: "César Chávez" is cesar-chavez.
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'review';
}
