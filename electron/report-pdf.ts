// Prints the report to PDF: the renderer's print route in a hidden window with the main window's security
// options, waited on until every chart has drawn (the page sets body[data-report-ready]), then printToPDF.
import { BrowserWindow, type WebContents } from 'electron';
import type { PaperSize, ReportDocumentKind } from '../analysis/api';
import { electronPdfOptions, printAddress } from '../analysis/report/print-options';
import { APP_START_URL } from './app-url';
import { guardWebContents, mainWindowOptions } from './window';

export interface PrintReportOptions {
  preload: string;
  paper: PaperSize;
  internal: boolean;
  /** Prints the appendix mapping each reviewer's ratings. */
  disagreementMap?: boolean;
  /** Absent: the review report; 'progress' prints the progress report. */
  document?: ReportDocumentKind;
  /** One school's report. */
  schoolId?: string;
  /** The running footer's text (the report's title and district). */
  title: string;
  /** The print window calls the service like the main window does; its contents must be trusted while it lives. */
  trust(contents: WebContents): () => void;
  timeoutMs?: number;
}

/** Polls the page for the ready flag; the page sets data-report-error instead when it cannot draw. */
async function waitForReport(contents: WebContents, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const state = (await contents.executeJavaScript('document.body.dataset.reportReady || document.body.dataset.reportError || ""')) as string;
    if (state === 'true') return;
    if (state) throw new Error(`The report could not be laid out: ${state}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error('The report took too long to lay out.');
}

export async function printReportToPdf(options: PrintReportOptions): Promise<Uint8Array> {
  const base = mainWindowOptions(options.preload);
  // Letter width at 96 dpi: the layout the PDF's pages will have. A hidden window is throttled unless told not to be.
  const window = new BrowserWindow({ ...base, show: false, width: 816, height: 1056, webPreferences: { ...base.webPreferences, backgroundThrottling: false } });
  guardWebContents(window.webContents);
  const untrust = options.trust(window.webContents);
  try {
    await window.loadURL(printAddress(APP_START_URL, options.paper, options.internal, undefined, options));
    await waitForReport(window.webContents, options.timeoutMs ?? 60_000);
    const pdf = await window.webContents.printToPDF(electronPdfOptions(options.paper, options.title, options.internal));
    return new Uint8Array(pdf);
  } finally {
    untrust();
    window.destroy();
  }
}
