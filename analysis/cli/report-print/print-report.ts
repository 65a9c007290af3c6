// Prints the report of an open project to PDF the way the desktop app does: the local web host serves the
// renderer's print route to a headless browser (system Chromium through Playwright, or Electron), which
// waits for every chart and prints with page numbers, a document outline and tags.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { PaperSize } from '../../api';
import { RENDERER_DIST_DIR } from '../../app-paths';
import { playwrightPdfOptions, printAddress } from '../../report/print-options';
import type { EquityLensService } from '../../service/create-service';
import { startWebHost, type WebHost } from '../../web-host/web-host';
import { CliError, unwrap } from '../cli-errors';
import { findPrintBrowser, NO_BROWSER_MESSAGE, type PrintBrowser } from './find-browser';

export interface PrintRequest {
  paper: PaperSize;
  internal: boolean;
}

const READY_TIMEOUT_MS = 90_000;

/** The footer's running title: the report's title and the district. */
async function runningTitle(service: EquityLensService): Promise<string> {
  const info = unwrap(await service.getProjectInfo({}));
  const findings = unwrap(await service.getFindings({}));
  return [findings.cover.title, info?.districtName].filter(Boolean).join(' · ');
}

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
    if (state) throw new CliError(`The report could not be laid out: ${state}`, 1);
    if (Date.now() - started > timeoutMs) throw new CliError('The report took too long to lay out in the browser.', 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function printWithChromium(browserPath: string, host: WebHost, request: PrintRequest, title: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: browserPath, args: chromiumArgs() });
  try {
    const page = await browser.newPage({ viewport: { width: 816, height: 1056 } });
    await page.goto(host.url);
    // The app takes the token from the address first; then the print route can call the service.
    await poll(page, "sessionStorage.getItem('equitylens.token') !== null ? 'true' : ''", 15_000);
    // The token stays in this tab's session storage, so the print address loads with it.
    await page.goto(printAddress(`http://127.0.0.1:${host.port}/`, request.paper, request.internal));
    await poll(page, READY_EXPRESSION, READY_TIMEOUT_MS);
    return new Uint8Array(await page.pdf(playwrightPdfOptions(request.paper, title, request.internal) as Parameters<typeof page.pdf>[0]));
  } finally {
    await browser.close();
  }
}

/** Electron prints through its own script (dist-electron/print-cli.cjs): the desktop app's printToPDF path. */
async function printWithElectron(browser: Extract<PrintBrowser, { kind: 'electron' }>, host: WebHost, request: PrintRequest, title: string): Promise<Uint8Array> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'equitylens-print-')), 'report.pdf');
  try {
    const args = [browser.script, `--url=${host.url}`, `--print=${printAddress(`http://127.0.0.1:${host.port}/`, request.paper, request.internal)}`, `--paper=${request.paper}`, `--out=${out}`, `--title=${title}`];
    if (request.internal) args.push('--internal');
    if (chromiumArgs().includes('--no-sandbox')) args.push('--no-sandbox');
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    await new Promise<void>((resolve, reject) => {
      const child = spawn(browser.executable, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
      child.on('error', reject);
      child.on('exit', (status) => (status === 0 ? resolve() : reject(new CliError(`Electron could not print the report (exit ${status}). ${stderr.trim().split('\n').pop() ?? ''}`, 1))));
    });
    if (!fs.existsSync(out)) throw new CliError('Electron did not write the PDF.', 1);
    return new Uint8Array(fs.readFileSync(out));
  } finally {
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

/** Prints the open project's report; the PDF's bytes. */
export async function printReportPdf(service: EquityLensService, request: PrintRequest, browser: PrintBrowser | null = findPrintBrowser()): Promise<Uint8Array> {
  if (!browser) throw new CliError(NO_BROWSER_MESSAGE, 1);
  if (!fs.existsSync(path.join(RENDERER_DIST_DIR, 'index.html'))) throw new CliError('The app has not been built: run `npm run build:web` first.', 1);
  const title = await runningTitle(service);
  const host = await startWebHost({ service, staticDir: RENDERER_DIST_DIR, port: 0 });
  try {
    return browser.kind === 'electron' ? await printWithElectron(browser, host, request, title) : await printWithChromium(browser.executable, host, request, title);
  } finally {
    await host.close();
  }
}

/** Pages in a PDF Chromium wrote (each page object is typed /Page). */
export function pdfPageCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}
