// The app entry's wiring: sandbox, scheme, session lock-down, service process, every channel, window, quit.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../analysis/api';
import { app, FakeBrowserWindow, forked, ipcMain, Menu, protocol, session } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

beforeAll(async () => {
  Object.defineProperty(process, 'resourcesPath', { value: '/opt/equitylens/resources', configurable: true });
  await import('../../../electron/main');
  app.becomeReady();
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
});

afterAll(() => {
  Reflect.deleteProperty(process, 'resourcesPath');
});

describe('main process start', () => {
  it('sandboxes every renderer and registers the app scheme before ready', () => {
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
  });

  it('locks down the session and serves the renderer build on app://', () => {
    const defaultSession = session.defaultSession;
    expect(defaultSession.permissionRequestHandler).not.toBeNull();
    expect(defaultSession.beforeRequest).not.toBeNull();
    expect(defaultSession.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('starts the service process with the user data folder and the development sample data', () => {
    expect(forked).toHaveLength(1);
    expect(forked[0]?.modulePath.replaceAll('\\', '/')).toBe('/opt/equitylens-src/dist-electron/service-process.cjs');
    expect(forked[0]?.posted[0]).toMatchObject({
      type: 'init',
      options: { dataDir: '/home/reviewer/userData', appVersion: '0.1.0', host: 'desktop' },
    });
    const options = (forked[0]?.posted[0] as { options: { sampleDataDir: string } }).options;
    expect(options.sampleDataDir.replaceAll('\\', '/')).toBe('/opt/equitylens-src/sample-data/district');
    // The service is never told the OS account name: a reviewer says who they are (remembered per computer).
    expect(forked[0]?.posted[0]).not.toHaveProperty('options.userName');
  });

  it('registers one channel per service method plus the dialogs and the report export, and nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      [...METHOD_NAMES.map((m) => `service:${m}`), 'dialog:choose-import-files', 'dialog:create-project', 'dialog:open-project', 'dialog:save-export', 'report:export-pdf'].sort(),
    );
  });

  it('opens one window with the bundled preload and installs the menu', () => {
    const window = FakeBrowserWindow.created[0]!;
    const preferences = window.options.webPreferences as { preload: string };
    expect(preferences.preload.replaceAll('\\', '/')).toBe('/opt/equitylens-src/dist-electron/preload.cjs');
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('forwards a call from the window to the service process', async () => {
    const window = FakeBrowserWindow.created[0]!;
    const event = { sender: window.webContents, senderFrame: { url: 'app://equitylens/index.html' } };
    const answer = ipcMain.invoke('service:getAppInfo', event, {});
    const request = forked[0]!.requests()[0]!;
    expect(request).toMatchObject({ method: 'getAppInfo', payload: {} });
    forked[0]!.reply({ type: 'response', id: request.id, result: { ok: true, value: 'info' } });
    expect(await answer).toEqual({ ok: true, value: 'info' });
  });

  it('closes the service before quitting', async () => {
    expect(app.fire('will-quit')).toBe(true);
    expect(forked[0]?.posted.at(-1)).toEqual({ type: 'dispose' });
    forked[0]!.emit('exit', 0);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(app.fire('will-quit')).toBe(false); // the second time round, quitting goes ahead
  });
});
