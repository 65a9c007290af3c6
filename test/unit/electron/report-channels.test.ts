// Export PDF and saving exports on the desktop (issue 7): validated channels, save dialogs, the hidden print
// window with the main window's security options, and print options with page numbers, outline and tags.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, WebContents } from 'electron';
import { DIALOG_SAVE_EXPORT, REPORT_EXPORT_PDF } from '../../../electron/ipc/channels';
import { createHandlerRegistry, senderProblem } from '../../../electron/ipc/register-handler';
import { registerReportChannels, safeFileName } from '../../../electron/ipc/report-channels';
import { printReportToPdf } from '../../../electron/report-pdf';
import { mainWindowOptions } from '../../../electron/window';
import { makeTempDir } from '../../support/temp-dir';
import { dialog, FakeBrowserWindow, FakeWebContents, ipcMain } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const temp = makeTempDir();
const window = new FakeBrowserWindow({});
const fromApp = { sender: window.webContents, senderFrame: { url: 'app://equitylens/index.html' } };
const registry = createHandlerRegistry(() => window.webContents as unknown as WebContents, () => {});
const printReport = vi.fn(async () => new Uint8Array([37, 80, 68, 70]));
const context = { window: () => window as unknown as BrowserWindow, defaultDir: () => temp.dir, printReport, reportFileName: async () => 'Riverside: review/2024 report.pdf' };

afterEach(() => {
  registry.removeAll();
  vi.clearAllMocks();
});
afterAll(() => temp.remove());

describe('report channels', () => {
  it('prints the report and writes the PDF where the user chose, adding .pdf', async () => {
    registerReportChannels(registry, context);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(temp.dir, 'board report') });
    const result = await ipcMain.invoke(REPORT_EXPORT_PDF, fromApp, { paper: 'a4', internal: true });
    expect(result).toEqual({ ok: true, value: path.join(temp.dir, 'board report.pdf') });
    expect(printReport).toHaveBeenCalledWith({ paper: 'a4', internal: true });
    expect(fs.readFileSync(path.join(temp.dir, 'board report.pdf'), 'latin1')).toBe('%PDF');
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    // The suggested name cannot leave the chosen folder.
    expect(path.basename(options.defaultPath)).toBe('Riverside- review-2024 report.pdf');
    expect(options.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
  });

  it('prints the progress report under its own title and name', async () => {
    const names = vi.fn(async (document?: string) => `Riverside ${document === 'progress' ? 'progress' : 'report'}.pdf`);
    registerReportChannels(registry, { ...context, reportFileName: names });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(temp.dir, 'progress.pdf') });
    await ipcMain.invoke(REPORT_EXPORT_PDF, fromApp, { paper: 'letter', internal: false, document: 'progress' });
    expect(printReport).toHaveBeenCalledWith({ paper: 'letter', internal: false, document: 'progress' });
    const [, options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(options).toMatchObject({ title: 'Export progress report as PDF' });
    expect(path.basename(options.defaultPath)).toBe('Riverside progress.pdf');
    expect(await ipcMain.invoke(REPORT_EXPORT_PDF, fromApp, { paper: 'letter', internal: false, document: 'board' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('prints nothing when the save dialog is cancelled', async () => {
    registerReportChannels(registry, context);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await ipcMain.invoke(REPORT_EXPORT_PDF, fromApp, { paper: 'letter', internal: false })).toEqual({ ok: true, value: null });
    expect(printReport).not.toHaveBeenCalled();
  });

  it('refuses an invalid request and a sender that is not the app window', async () => {
    registerReportChannels(registry, context);
    expect(await ipcMain.invoke(REPORT_EXPORT_PDF, fromApp, { paper: 'legal', internal: false })).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/^paper: /) } });
    expect(await ipcMain.invoke(REPORT_EXPORT_PDF, fromApp, { paper: 'letter', internal: false, path: '/etc/x' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const stranger = { sender: new FakeWebContents(), senderFrame: { url: 'app://equitylens/index.html' } };
    expect(await ipcMain.invoke(REPORT_EXPORT_PDF, stranger, { paper: 'letter', internal: false })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(printReport).not.toHaveBeenCalled();
  });

  it('saves an export’s bytes through a save dialog with the file’s own extension', async () => {
    registerReportChannels(registry, context);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(temp.dir, 'plan') });
    const bytes = new TextEncoder().encode("Domain,Action\r\nDomain 1,'=cmd\r\n");
    const result = await ipcMain.invoke(DIALOG_SAVE_EXPORT, fromApp, { fileName: '../../review-action-plan.csv', mimeType: 'text/csv', bytes });
    expect(result).toEqual({ ok: true, value: path.join(temp.dir, 'plan.csv') });
    expect(fs.readFileSync(path.join(temp.dir, 'plan.csv'))).toEqual(Buffer.from(bytes));
    expect(path.basename(dialog.showSaveDialog.mock.calls[0]?.[1].defaultPath)).toBe('-..-review-action-plan.csv');
    expect(await ipcMain.invoke(DIALOG_SAVE_EXPORT, fromApp, { fileName: 'x.csv', mimeType: 'text/csv', bytes: 'not bytes' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('makes safe file names', () => {
    expect(safeFileName('a/b\\c:d*e?.pdf')).toBe('a-b-c-d-e-.pdf');
    expect(safeFileName('  .hidden.pdf')).toBe('hidden.pdf');
    expect(safeFileName('\u0000')).toBe('export');
  });
});

describe('print window', () => {
  it('prints the print route in a hidden window with the main window’s sandbox, trusted only while it prints', async () => {
    const trusted = new Set<unknown>();
    const pdf = await printReportToPdf({
      preload: '/app/preload.cjs',
      paper: 'a4',
      internal: true,
      title: 'Equity review · Riverside',
      trust: (contents) => {
        trusted.add(contents);
        return () => trusted.delete(contents);
      },
    });
    const printWindow = FakeBrowserWindow.created.at(-1)!;
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.4 fake');
    expect(printWindow.options).toMatchObject({ show: false, webPreferences: mainWindowOptions('/app/preload.cjs').webPreferences });
    expect(printWindow.loadURL).toHaveBeenCalledWith('app://equitylens/index.html?paper=a4&internal=1#/print-report');
    const [options] = printWindow.webContents.printToPDF.mock.calls[0]!;
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true, generateTaggedPDF: true, generateDocumentOutline: true });
    expect((options as { footerTemplate: string }).footerTemplate).toContain('class="pageNumber"');
    expect((options as { headerTemplate: string }).headerTemplate).toContain('INTERNAL: unsuppressed figures, not for distribution');
    expect(printWindow.destroy).toHaveBeenCalled();
    expect(trusted.size).toBe(0);
    // Navigation and new windows are denied in the print window as in the main one.
    expect(printWindow.webContents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('reports a page that could not lay out the report, and still closes the window', async () => {
    const pending = printReportToPdf({ preload: '/p.cjs', paper: 'letter', internal: false, title: 't', trust: () => () => undefined, timeoutMs: 2000 });
    const printWindow = FakeBrowserWindow.created.at(-1)!;
    printWindow.webContents.executeJavaScript.mockResolvedValue('Open a review project first.');
    await expect(pending).rejects.toThrow('The report could not be laid out: Open a review project first.');
    expect(printWindow.webContents.printToPDF).not.toHaveBeenCalled();
    expect(printWindow.destroy).toHaveBeenCalled();
  });

  it('trusts several web contents when asked to (the main window and the print window)', () => {
    const main = new FakeWebContents();
    const print = new FakeWebContents();
    const frame = { url: 'app://equitylens/index.html' };
    const list = [main, print] as unknown as WebContents[];
    expect(senderProblem({ sender: print, senderFrame: frame } as never, list)).toBeNull();
    expect(senderProblem({ sender: new FakeWebContents(), senderFrame: frame } as never, list)).toBe('not the main window');
    expect(senderProblem({ sender: main, senderFrame: frame } as never, [])).toBe('not the main window');
  });
});
