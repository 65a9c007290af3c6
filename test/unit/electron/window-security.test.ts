// The window's security flags, navigation and popup guards, session lock-down and the app:// scheme.
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { APP_START_URL } from '../../../electron/app-url';
import { registerAppScheme, serveAppScheme } from '../../../electron/app-protocol';
import { lockDownSession, shouldBlockRequest } from '../../../electron/session-security';
import { createMainWindow, guardWebContents, mainWindowOptions } from '../../../electron/window';
import { FakeBrowserWindow, FakeSession, protocol } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

describe('main window', () => {
  it('is created sandboxed and isolated, with the bundled preload and web security on', () => {
    const { webPreferences } = mainWindowOptions('/app/dist-electron/preload.cjs');
    expect(webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads the app scheme and shows itself when ready', () => {
    createMainWindow('/app/dist-electron/preload.cjs');
    const window = FakeBrowserWindow.created.at(-1)!;
    expect(window.options).toEqual(mainWindowOptions('/app/dist-electron/preload.cjs'));
    expect(window.loadURL).toHaveBeenCalledWith(APP_START_URL);
    expect(APP_START_URL).toBe('app://equitylens/index.html');
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('denies navigation off the app, new windows and webviews', () => {
    createMainWindow('/p.cjs');
    const contents = FakeBrowserWindow.created.at(-1)!.webContents;
    expect(contents.fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'app://other/index.html')).toBe(true);
    expect(contents.fire('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://equitylens/index.html')).toBe(false);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://equitylens/index.html' })).toEqual({ action: 'deny' });
  });
});

describe('session lock-down', () => {
  const session = new FakeSession();
  lockDownSession(session as unknown as Session, () => {});

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    session.permissionRequestHandler?.({}, 'media', callback);
    session.permissionRequestHandler?.({}, 'notifications', callback);
    expect(callback.mock.calls).toEqual([[false], [false]]);
    expect(session.permissionCheckHandler?.({}, 'clipboard-read', 'app://equitylens')).toBe(false);
  });

  it.each([
    ['http://example.org/track.gif', true],
    ['https://cdn.example.org/lib.js', true],
    ['ws://127.0.0.1:9229/', true],
    ['wss://example.org/socket', true],
    ['ftp://example.org/file', true],
    ['file:///etc/passwd', true],
    ['not a url', true],
    ['app://equitylens/assets/app.js', false],
    ['data:image/png;base64,iVBORw0KGgo=', false],
    ['blob:app://equitylens/0b6c1d1e', false],
  ])('cancels a request to %s: %s', (url, cancel) => {
    const callback = vi.fn();
    session.beforeRequest?.({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel });
    expect(shouldBlockRequest(url)).toBe(cancel);
  });
});

describe('app:// scheme', () => {
  it('is registered as a standard, secure scheme that does not bypass the CSP', () => {
    registerAppScheme();
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls.at(-1) ?? [];
    expect(schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(schemes[0].privileges.bypassCSP).toBeUndefined();
  });

  it('is served by the file handler in the given session', async () => {
    const session = new FakeSession();
    serveAppScheme(session as unknown as Session, '/nonexistent/renderer');
    const [scheme, handler] = session.protocol.handle.mock.calls[0] ?? [];
    expect(scheme).toBe('app');
    const response: Response = await handler(new Request('app://equitylens/..%2f..%2fetc%2fpasswd'));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self';/);
  });
});

describe('web contents guard', () => {
  it('guards a web contents once, however often it is asked', () => {
    createMainWindow('/p.cjs');
    const contents = FakeBrowserWindow.created.at(-1)!.webContents;
    guardWebContents(contents as unknown as WebContents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});
