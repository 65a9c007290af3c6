// Every service method gets its own validated channel; the dialog channels return .duckdb paths.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, WebContents } from 'electron';
import { METHOD_NAMES, type MethodName } from '../../../analysis/api';
import { success } from '../../../analysis/service/envelope';
import { DIALOG_CHOOSE_IMPORT_FILES, DIALOG_CREATE_PROJECT, DIALOG_OPEN_PROJECT, serviceChannel } from '../../../electron/ipc/channels';
import { projectFileName, registerDialogChannels, withProjectExtension } from '../../../electron/ipc/dialog-channels';
import { createHandlerRegistry } from '../../../electron/ipc/register-handler';
import { registerServiceChannels } from '../../../electron/ipc/service-channels';
import { dialog, FakeBrowserWindow, ipcMain } from './fake-electron';
import { EXAMPLE_REQUESTS } from '../../support/example-requests';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const window = new FakeBrowserWindow({});
const fromApp = { sender: window.webContents, senderFrame: { url: 'app://equitylens/index.html' } };
const registry = createHandlerRegistry(() => window.webContents as unknown as WebContents, () => {});

afterEach(() => {
  registry.removeAll();
  vi.clearAllMocks();
});

describe('service channels', () => {
  it('registers service:<method> for every METHOD_NAMES entry and nothing else', () => {
    registerServiceChannels(registry, async () => success(null));
    expect(registry.channels()).toEqual(METHOD_NAMES.map((m) => `service:${m}`));
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `service:${m}`).sort());
  });

  it('forwards each channel to its own method with the validated request', async () => {
    const calls: Array<[MethodName, unknown]> = [];
    registerServiceChannels(registry, async (method, payload) => {
      calls.push([method, payload]);
      return success(method);
    });
    for (const method of METHOD_NAMES) {
      expect(await ipcMain.invoke(serviceChannel(method), fromApp, EXAMPLE_REQUESTS[method])).toEqual({ ok: true, value: method });
    }
    expect(calls.map(([method]) => method)).toEqual([...METHOD_NAMES]);
    // zod trims labels on the way in: the service sees the validated request, not the raw one.
    await ipcMain.invoke(serviceChannel('createProject'), fromApp, { path: '/r/b.duckdb', name: '  Spring  ', districtName: 'D' });
    expect(calls.at(-1)).toEqual(['createProject', { path: '/r/b.duckdb', name: 'Spring', districtName: 'D' }]);
  });

  it('does not reach the service with an invalid request', async () => {
    const call = vi.fn(async () => success(null));
    registerServiceChannels(registry, call);
    const result = await ipcMain.invoke(serviceChannel('getEnrollmentByGroup'), fromApp, { groupType: 'student_name' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/^groupType: /) } });
    expect(call).not.toHaveBeenCalled();
  });
});

describe('dialog channels', () => {
  const context = { window: () => window as unknown as BrowserWindow, defaultDir: () => '/home/reviewer/Documents' };

  it('opens a .duckdb project or answers null when cancelled', async () => {
    registerDialogChannels(registry, context);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/r/district.duckdb'] });
    expect(await ipcMain.invoke(DIALOG_OPEN_PROJECT, fromApp, {})).toEqual({ ok: true, value: '/r/district.duckdb' });
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['duckdb'] }] });

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await ipcMain.invoke(DIALOG_OPEN_PROJECT, fromApp, {})).toEqual({ ok: true, value: null });
  });

  it('suggests a safe file name and makes sure the chosen path ends in .duckdb', async () => {
    registerDialogChannels(registry, context);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/r/Springfield review' });
    const result = await ipcMain.invoke(DIALOG_CREATE_PROJECT, fromApp, { suggestedName: 'Springfield: 2025/26 review' });
    expect(result).toEqual({ ok: true, value: '/r/Springfield review.duckdb' });
    const [, options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(options.defaultPath.replaceAll('\\', '/')).toBe('/home/reviewer/Documents/Springfield 2025 26 review.duckdb');

    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await ipcMain.invoke(DIALOG_CREATE_PROJECT, fromApp, { suggestedName: 'x' })).toEqual({ ok: true, value: null });
  });

  it('chooses several district exports to import, or answers null when cancelled', async () => {
    registerDialogChannels(registry, context);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/d/enrollment.csv', '/d/report-card.xlsx'] });
    expect(await ipcMain.invoke(DIALOG_CHOOSE_IMPORT_FILES, fromApp, {})).toEqual({ ok: true, value: ['/d/enrollment.csv', '/d/report-card.xlsx'] });
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters[0].extensions).toEqual(expect.arrayContaining(['csv', 'xlsx', 'parquet', 'json']));

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await ipcMain.invoke(DIALOG_CHOOSE_IMPORT_FILES, fromApp, {})).toEqual({ ok: true, value: null });
    const refused = await ipcMain.invoke(DIALOG_CHOOSE_IMPORT_FILES, fromApp, { path: '/etc' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('refuses a create request without a suggested name string', async () => {
    registerDialogChannels(registry, context);
    const result = await ipcMain.invoke(DIALOG_CREATE_PROJECT, fromApp, { suggestedName: 7 });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/^suggestedName: /) } });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('builds file names that cannot leave the chosen folder', () => {
    expect(projectFileName('../../etc/passwd')).toBe('etc passwd.duckdb');
    expect(projectFileName('..\\..\\Windows\\evil')).toBe('Windows evil.duckdb');
    expect(projectFileName('  ...hidden. ')).toBe('hidden.duckdb');
    expect(projectFileName('Review.DUCKDB')).toBe('Review.duckdb');
    expect(projectFileName('a\u0000b\nc<>:"|?*')).toBe('abc.duckdb');
    expect(projectFileName('')).toBe('Review.duckdb');
    expect(projectFileName('x'.repeat(500))).toHaveLength(120 + '.duckdb'.length);
    expect(withProjectExtension('/r/a.DuckDB')).toBe('/r/a.DuckDB');
    expect(withProjectExtension('/r/a.db')).toBe('/r/a.db.duckdb');
  });
});
