// Prints the report of an open project to PDF, for every host that is not the desktop app (the command line,
// the web host's Export PDF, tests and the benchmark): a local web host serves the renderer's print route to
// a headless browser (system Chromium through Playwright, or Electron), which waits for every chart and
// prints with page numbers, a document outline and tags. It prints twice: the first print's outline says
// where each heading landed, and the second writes those page numbers into the contents.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { PaperSize, ReportDocumentKind } from '../../api';
import { RENDERER_DIST_DIR } from '../../app-paths';
import type { EquityLensService } from '../../service/create-service';
import { ServiceFailure } from '../../engine/service-failure';
import { startWebHost, type WebHost } from '../../web-host/web-host';
import { formatReportPages, REPORT_PAGES_EVENT } from '../../shared/report-pages';
import { runningTitle } from '../../shared/document-titles';
import { playwrightPdfOptions, printAddress } from '../print-options';
import { reportPageTargets } from '../report-targets';
import { findPrintBrowser, NO_BROWSER_MESSAGE, type PrintBrowser } from './find-browser';
import { pagesOfTargets, readOutline } from './pdf-outline';

export interface PrintRequest {
  paper: PaperSize;
  internal: boolean;
  /** Prints the appendix mapping each reviewer's ratings. */
  disagreementMap?: boolean;
  /** Absent: the review report; 'progress' prints the progress report for the board. */
  document?: ReportDocumentKind;
  /** One school's report. */
  schoolId?: string;
}

/** Progress for a terminal or a log: one short sentence per step. */
export type PrintProgress = (message: string) => void;

const READY_TIMEOUT_MS = 90_000;
/** Numbering can move a heading only if the contents page grows; one more print settles it. */
const MAX_PRINTS = 3;

const fail = (message: string) => new ServiceFailure('internal', message);

/** Sandboxing needs user namespaces that containers and root sessions often lack; CI and root go without. */
export function chromiumArgs(): string[] {
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return root || process.env.CI ? ['--no-sandbox', ...args] : args;
}

/** The page's answer: 'true' when ready, an error message when it failed, '' while it works. */
export const READY_EXPRESSION = "document.body.dataset.reportReady || document.body.dataset.reportError || ''";

/**
 * Polls an expression through the DevTools protocol. Playwright's waitForFunction evaluates its predicate
 * with eval inside the page, which the app's Content-Security-Policy (rightly) refuses.
 */
async function poll(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    const state = String((await page.evaluate(expression)) ?? '');
    if (state === 'true') return;
    if (state) throw fail(`The report could not be laid out: ${state}`);
    if (Date.now() - started > timeoutMs) throw fail('The report took too long to lay out in the browser.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One printer for a whole export: prints the print route, with page numbers for its contents, to PDF bytes. */
interface Printer {
  print(pages: Record<string, number>): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** A tab of the session's browser for one print; closing the printer closes the tab. */
async function chromiumPrinter(browser: Browser, host: WebHost, request: PrintRequest, title: string): Promise<Printer> {
  const base = `http://127.0.0.1:${host.port}/`;
  const page = await browser.newPage({ viewport: { width: 816, height: 1056 } });
  try {
    await page.goto(host.url);
    // The app takes the token from the address first; then the print route can call the service.
    await poll(page, "sessionStorage.getItem('equitylens.token') !== null ? 'true' : ''", 15_000);
    let loaded = false;
    return {
      print: async (pages) => {
        if (!loaded) {
          // The token stays in this tab's session storage, so the print address loads with it.
          await page.goto(printAddress(base, request.paper, request.internal, pages, request));
          loaded = true;
        } else {
          // Renumber the report already laid out rather than assemble it again.
          await page.evaluate(`window.dispatchEvent(new CustomEvent(${JSON.stringify(REPORT_PAGES_EVENT)}, { detail: ${JSON.stringify(formatReportPages(pages))} }))`);
        }
        await poll(page, READY_EXPRESSION, READY_TIMEOUT_MS);
        return new Uint8Array(await page.pdf(playwrightPdfOptions(request.paper, title, request.internal) as Parameters<typeof page.pdf>[0]));
      },
      close: () => page.close(),
    };
  } catch (error) {
    await page.close();
    throw error;
  }
}

/** Electron prints through its own script (dist-electron/print-cli.cjs): the desktop app's printToPDF path. */
function electronPrinter(browser: Extract<PrintBrowser, { kind: 'electron' }>, host: WebHost, request: PrintRequest, title: string): Printer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'equitylens-print-'));
  return {
    print: async (pages) => {
      const address = printAddress(`http://127.0.0.1:${host.port}/`, request.paper, request.internal, pages, request);
      const out = path.join(dir, 'report.pdf');
      fs.rmSync(out, { force: true });
      const args = [browser.script, `--url=${host.url}`, `--print=${address}`, `--paper=${request.paper}`, `--out=${out}`, `--title=${title}`];
      if (request.internal) args.push('--internal');
      if (chromiumArgs().includes('--no-sandbox')) args.push('--no-sandbox');
      const env = { ...process.env };
      delete env.ELECTRON_RUN_AS_NODE;
      await new Promise<void>((resolve, reject) => {
        const child = spawn(browser.executable, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
        child.on('error', reject);
        child.on('exit', (status) => (status === 0 ? resolve() : reject(fail(`Electron could not print the report (exit ${status}). ${stderr.trim().split('\n').pop() ?? ''}`))));
      });
      if (!fs.existsSync(out)) throw fail('Electron did not write the PDF.');
      return new Uint8Array(fs.readFileSync(out));
    },
    close: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

const samePages = (a: Record<string, number>, b: Record<string, number>) => JSON.stringify(a) === JSON.stringify(b);


/** A web host and a browser kept open across prints: one export's, or every school's report. */
export interface PrintSession {
  print(request: PrintRequest, onProgress?: PrintProgress): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function openPrintSession(service: EquityLensService, browser: PrintBrowser | null = findPrintBrowser()): Promise<PrintSession> {
  if (!browser) throw fail(NO_BROWSER_MESSAGE);
  if (!fs.existsSync(path.join(RENDERER_DIST_DIR, 'index.html'))) throw fail('The app has not been built: run `npm run build:web` first.');
  const host = await startWebHost({ service, staticDir: RENDERER_DIST_DIR, port: 0 });
  // Chromium is launched once per session; Electron runs its print script once per print (it is the desktop app's own path).
  const chromiumBrowser = browser.kind === 'electron' ? null : await chromium.launch({ executablePath: browser.executable, args: chromiumArgs() }).catch(async (error: unknown) => {
    await host.close();
    throw error;
  });
  return {
    print: async (request, onProgress = () => undefined) => {
      const model = await service.getReportModel({ internal: request.internal, disagreementMap: request.disagreementMap === true, ...(request.schoolId ? { schoolId: request.schoolId } : {}) });
      if (!model.ok) throw new ServiceFailure(model.error.code, model.error.message);
      // The progress report has no contents page, so nothing to number: one print.
      const targets = request.document === 'progress' ? [] : reportPageTargets(model.value);
      const title = runningTitle({ title: model.value.cover.title, districtName: model.value.cover.districtName, schoolName: model.value.school?.schoolName, document: request.document });
      const printer = chromiumBrowser ? await chromiumPrinter(chromiumBrowser, host, request, title) : electronPrinter(browser as Extract<PrintBrowser, { kind: 'electron' }>, host, request, title);
      try {
        let pages: Record<string, number> = {};
        let pdf: Uint8Array | null = null;
        for (let round = 1; round <= MAX_PRINTS; round++) {
          onProgress(round === 1 ? 'Laying out the report…' : 'Numbering the contents…');
          pdf = await printer.print(pages);
          const landed = pagesOfTargets(await readOutline(pdf), targets);
          if (targets.length === 0 || (round > 1 && samePages(landed, pages))) break;
          pages = landed;
        }
        return pdf!;
      } finally {
        await printer.close();
      }
    },
    close: async () => {
      await chromiumBrowser?.close();
      await host.close();
    },
  };
}

/** Prints the open project's report (one print session); the PDF's bytes. */
export async function printReportPdf(
  service: EquityLensService,
  request: PrintRequest,
  browser: PrintBrowser | null = findPrintBrowser(),
  onProgress: PrintProgress = () => undefined,
): Promise<Uint8Array> {
  const session = await openPrintSession(service, browser);
  try {
    return await session.print(request, onProgress);
  } finally {
    await session.close();
  }
}

/** Pages in a PDF Chromium wrote (each page object is typed /Page). */
export function pdfPageCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}
