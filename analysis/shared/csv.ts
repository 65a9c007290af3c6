// CSV for people who open it in a spreadsheet: RFC 4180 quoting, and formula injection neutralised.
// Shared by the renderer's chart exports, the command line and the report's table exports.

/** A cell starting with one of these is run as a formula by Excel, Sheets and LibreOffice. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a would-be formula with an apostrophe so spreadsheets show it as text (OWASP's advice). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // Numbers are never formulas, and a negative number must stay a number.
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
