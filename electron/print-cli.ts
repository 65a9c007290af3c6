// The command line's Electron printer (equitylens report, when an Electron binary is installed): loads the
// local web host's print route in a hidden sandboxed window and writes webContents.printToPDF's PDF.
// Run as: electron dist-electron/print-cli.cjs --url=<host with token> --print=<print address> --paper=letter --out=file.pdf --title=...
import { writeFileSync } from 'node:fs';
import { app, BrowserWindow } from 'electron';
import { electronPdfOptions } from '../analysis/report/print-options';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

async function main(): Promise<void> {
  const url = option('url');
  const print = option('print');
  const out = option('out');
  if (!url || !print || !out || !url.startsWith('http://127.0.0.1:') || !print.startsWith(new URL(url).origin)) throw new Error('print-cli needs --url and --print (the local web host) and --out');
  const paper = option('paper') === 'a4' ? 'a4' : 'letter';
  const internal = process.argv.includes('--internal');
  await app.whenReady();
  const window = new BrowserWindow({
    show: false,
    width: 816,
    height: 1056,
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false, backgroundThrottling: false },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, target) => {
    if (!target.startsWith(new URL(url).origin)) event.preventDefault();
  });
  // The first load hands the session token to the page; the print address then loads with it.
  await window.loadURL(url);
  await window.loadURL(print);
  const started = Date.now();
  for (;;) {
    const state = (await window.webContents.executeJavaScript('document.body.dataset.reportReady || document.body.dataset.reportError || ""')) as string;
    if (state === 'true') break;
    if (state) throw new Error(`The report could not be laid out: ${state}`);
    if (Date.now() - started > 90_000) throw new Error('The report took too long to lay out.');
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const pdf = await window.webContents.printToPDF(electronPdfOptions(paper, option('title') ?? 'Equity review', internal));
  writeFileSync(out, pdf);
}

main()
  .then(() => app.exit(0))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
