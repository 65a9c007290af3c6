// Creates the one sandboxed main window and keeps every web contents on the app's own pages.
import { BrowserWindow, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { APP_START_URL, isAppUrl } from './app-url';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    title: 'EquityLens',
    backgroundColor: '#ffffff',
    show: false, // shown on ready-to-show, so the user never sees a blank frame
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  guardWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}

const guarded = new WeakSet<WebContents>();

/**
 * Navigation and new windows are denied for any web contents (the main window, devtools, anything
 * created later): a link or a script must never take the window off the app's own pages.
 */
export function guardWebContents(contents: WebContents): void {
  // The main window is guarded both on creation and by app 'web-contents-created'; once is enough.
  if (guarded.has(contents)) return;
  guarded.add(contents);
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
