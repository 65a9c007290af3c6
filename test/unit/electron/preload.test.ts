// The preload exposes exactly the DesktopBridge: named methods on fixed channels, no ipcRenderer or invoke.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, type DesktopBridge, type MenuCommand, type ServiceEvent } from '../../../analysis/api';
import { DIALOG_CHOOSE_IMPORT_FILES, DIALOG_CREATE_PROJECT, DIALOG_OPEN_PROJECT, DIALOG_SAVE_EXPORT, MENU_COMMAND, REPORT_EXPORT_PDF, SERVICE_EVENT } from '../../../electron/ipc/channels';
import { contextBridge, ipcRenderer, webUtils } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

let bridge: DesktopBridge;

beforeAll(async () => {
  await import('../../../electron/preload');
  bridge = contextBridge.exposed.get('equitylens') as DesktopBridge;
});

beforeEach(() => {
  ipcRenderer.invoke.mockReset();
});

/** Every key reachable from the bridge, to prove nothing generic hides in it. */
function allKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [`${prefix}${key}`, ...allKeys(inner, `${prefix}${key}.`)]);
}

describe('preload bridge', () => {
  it('exposes only window.equitylens', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['equitylens']);
  });

  it('exposes exactly the named methods, and no ipcRenderer or generic invoke', () => {
    expect(Object.keys(bridge).sort()).toEqual(['api', 'chooseImportFiles', 'chooseProjectToCreate', 'chooseProjectToOpen', 'exportReportPdf', 'onMenuCommand', 'onServiceEvent', 'pathForFile', 'saveExportedFile']);
    expect(Object.keys(bridge.api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const fn of Object.values(bridge.api)) expect(typeof fn).toBe('function');
    const keys = allKeys(bridge);
    expect(keys.filter((k) => /invoke|ipc|send|channel/i.test(k))).toEqual([]);
    expect(Object.values(bridge).some((v) => v === ipcRenderer)).toBe(false);
  });

  it('calls each service method on its own fixed channel with the request', async () => {
    for (const method of METHOD_NAMES) {
      ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: method });
      const request = { marker: method };
      const call = bridge.api[method] as (request: unknown) => Promise<unknown>;
      expect(await call(request)).toEqual({ ok: true, value: method });
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(`service:${method}`, request);
    }
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(METHOD_NAMES.length);
  });

  it('asks the main process for the open and save dialogs and unwraps their envelopes', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: '/r/a.duckdb' });
    expect(await bridge.chooseProjectToOpen()).toBe('/r/a.duckdb');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(DIALOG_OPEN_PROJECT, {});

    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: null });
    expect(await bridge.chooseProjectToCreate('Springfield')).toBeNull();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(DIALOG_CREATE_PROJECT, { suggestedName: 'Springfield' });

    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'bad_request', message: 'Refused.' } });
    await expect(bridge.chooseProjectToOpen()).rejects.toThrow('Refused.');
  });

  it('asks the main process for import files (several, or null) and unwraps the envelope', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: ['/d/enrollment.csv', '/d/staff.xlsx'] });
    expect(await bridge.chooseImportFiles()).toEqual(['/d/enrollment.csv', '/d/staff.xlsx']);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(DIALOG_CHOOSE_IMPORT_FILES, {});
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: null });
    expect(await bridge.chooseImportFiles()).toBeNull();
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'bad_request', message: 'Refused.' } });
    await expect(bridge.chooseImportFiles()).rejects.toThrow('Refused.');
  });

  it('asks the main process to print the report to PDF and to save an export, on their own channels (issue 7)', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: '/r/report.pdf' });
    expect(await bridge.exportReportPdf({ paper: 'a4', internal: true })).toBe('/r/report.pdf');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(REPORT_EXPORT_PDF, { paper: 'a4', internal: true });
    // The appendix and the progress document reach the main process too.
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: '/r/progress.pdf' });
    await bridge.exportReportPdf({ paper: 'letter', internal: false, disagreementMap: true, document: 'progress' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(REPORT_EXPORT_PDF, { paper: 'letter', internal: false, disagreementMap: true, document: 'progress' });
    const bytes = new Uint8Array([1, 2, 3]);
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: null });
    expect(await bridge.saveExportedFile({ fileName: 'plan.csv', mimeType: 'text/csv', bytes })).toBeNull();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(DIALOG_SAVE_EXPORT, { fileName: 'plan.csv', mimeType: 'text/csv', bytes });
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'The report could not be laid out.' } });
    await expect(bridge.exportReportPdf({ paper: 'letter', internal: false })).rejects.toThrow('The report could not be laid out.');
  });

  it('gives the path of a dropped file through webUtils, and an empty path when there is none', () => {
    const file = { name: 'enrollment.csv', size: 12 };
    expect(bridge.pathForFile(file)).toBe('/dropped/enrollment.csv');
    expect(webUtils.getPathForFile).toHaveBeenLastCalledWith(file);
    webUtils.getPathForFile.mockImplementationOnce(() => {
      throw new Error('not a File');
    });
    expect(bridge.pathForFile({ name: 'x', size: 0 })).toBe('');
  });

  it('relays menu commands without the IPC event, ignores unknown ones, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenuCommand((...args: unknown[]) => received.push(args));
    const fakeEvent = { sender: ipcRenderer, ports: [] };
    ipcRenderer.emit(MENU_COMMAND, fakeEvent, 'open-sample' satisfies MenuCommand);
    ipcRenderer.emit(MENU_COMMAND, fakeEvent, 'format-disk');
    expect(received).toEqual([['open-sample']]);
    unsubscribe();
    expect(ipcRenderer.listenerCount(MENU_COMMAND)).toBe(0);
    ipcRenderer.emit(MENU_COMMAND, fakeEvent, 'new-review');
    expect(received).toHaveLength(1);
  });

  it('relays service events without the IPC event, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onServiceEvent((...args: unknown[]) => received.push(args));
    const progress: ServiceEvent = { type: 'progress', taskId: 'task-0001', kind: 'import', phase: 'load', done: 10, total: 20 };
    ipcRenderer.emit(SERVICE_EVENT, { sender: ipcRenderer, ports: [] }, progress);
    expect(received).toEqual([[progress]]);
    unsubscribe();
    expect(ipcRenderer.listenerCount(SERVICE_EVENT)).toBe(0);
  });
});

describe('preload bundle', () => {
  it('bundles to one CommonJS file whose only require is electron (a sandboxed preload can load nothing else)', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [new URL('../../../electron/preload.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    // Comments are not code: a section comment such as "// --- import (issue 3) ---" is not a dynamic import.
    expect(code.replace(/\/\/.*$/gm, '')).not.toMatch(/\bimport\s*\(/);
  });
});
