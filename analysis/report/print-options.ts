// How the report page is printed to PDF, shared by every printer (Electron's printToPDF, the command line's
// headless browser, the tests): paper, margins, and the running footer with page numbers.
import type { PaperSize, ReportDocumentKind } from '../api';
import { INTERNAL_REPORT_MARK } from '../shared/findings-labels';
import { formatReportPages } from '../shared/report-pages';

export const PAPER_SIZES: readonly PaperSize[] = ['letter', 'a4'];

/** Margins in inches; the report's @page rule uses the same ones, so preview and PDF agree. */
export const PRINT_MARGINS_IN = { top: 0.7, bottom: 0.8, left: 0.75, right: 0.75 } as const;

/**
 * The print route's address for printers: the report alone, no app frame. The app routes on the hash and,
 * like its hash router, keeps a route's query in the address's real query string: page/?paper=a4#/print-report.
 */
export function printAddress(page: string, paper: PaperSize, internal: boolean, pages?: Readonly<Record<string, number>>, appendices: { disagreementMap?: boolean; document?: ReportDocumentKind; schoolId?: string } = {}): string {
  const url = new URL(page);
  url.search = `paper=${paper}&internal=${internal ? 1 : 0}`;
  if (appendices.disagreementMap) url.search += '&disagreementMap=1';
  if (appendices.document === 'progress') url.search += '&document=progress';
  if (appendices.schoolId) url.search += `&${new URLSearchParams({ school: appendices.schoolId })}`;
  // The second print carries the page each heading landed on in the first: the contents' page numbers.
  if (pages && Object.keys(pages).length > 0) url.search += `&pages=${encodeURIComponent(formatReportPages(pages))}`;
  url.hash = '/print-report';
  return url.href;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Chromium draws these in the page margins of every page, with pageNumber and totalPages filled in. They
 * need their own font size (the default is tiny) and inline styles only.
 */
export function footerTemplate(title: string, internal: boolean): string {
  const style = 'font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 8.5px; color: #475569; width: 100%; margin: 0 0.75in; display: flex; justify-content: space-between;';
  const mark = internal ? `<span style="color:#b42318;font-weight:600">${escapeHtml(INTERNAL_REPORT_MARK)}</span>` : `<span>${escapeHtml(title)}</span>`;
  return `<div style='${style}'>${mark}<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

/** Internal reports carry the mark at the top of every page too, so it survives any cropping. */
export function headerTemplate(internal: boolean): string {
  if (!internal) return '<span></span>';
  const style = 'font-family: system-ui, Arial, sans-serif; font-size: 9px; color: #b42318; font-weight: 700; width: 100%; text-align: center; letter-spacing: 0.04em;';
  return `<div style='${style}'>${escapeHtml(INTERNAL_REPORT_MARK)}</div>`;
}

/** Options for Playwright's page.pdf (the command line, tests and the benchmark). */
export function playwrightPdfOptions(paper: PaperSize, title: string, internal: boolean) {
  const inch = (n: number) => `${n}in`;
  return {
    format: paper === 'a4' ? 'A4' : 'Letter',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(internal),
    footerTemplate: footerTemplate(title, internal),
    margin: { top: inch(PRINT_MARGINS_IN.top), bottom: inch(PRINT_MARGINS_IN.bottom), left: inch(PRINT_MARGINS_IN.left), right: inch(PRINT_MARGINS_IN.right) },
    tagged: true,
    outline: true,
  };
}

/** Options for Electron's webContents.printToPDF (the desktop app's Export PDF). */
export function electronPdfOptions(paper: PaperSize, title: string, internal: boolean) {
  return {
    pageSize: paper === 'a4' ? ('A4' as const) : ('Letter' as const),
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(internal),
    footerTemplate: footerTemplate(title, internal),
    margins: { ...PRINT_MARGINS_IN },
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}
