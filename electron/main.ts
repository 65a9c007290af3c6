// Electron entry: one sandboxed window on app://equitylens/, the service in a utility process, IPC, menu.
import { app, type BrowserWindow, session, type WebContents } from 'electron';
import type { ExportReportPdfRequest, FindingsState, MenuCommand, ProjectInfo, Result } from '../analysis/api';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { appPaths } from './app-paths';
import { MENU_COMMAND, SERVICE_EVENT } from './ipc/channels';
import { registerDialogChannels } from './ipc/dialog-channels';
import { registerReportChannels } from './ipc/report-channels';
import { createHandlerRegistry } from './ipc/register-handler';
import { registerServiceChannels } from './ipc/service-channels';
import { installMenu } from './menu';
import { createServiceClient, type ServiceClient } from './service-client';
import { lockDownSession } from './session-security';
import { createMainWindow, guardWebContents } from './window';
import { printReportToPdf } from './report-pdf';
import { runningTitle } from '../analysis/shared/document-titles';

let mainWindow: BrowserWindow | null = null;
let service: ServiceClient | null = null;

// Every renderer is sandboxed, whatever options a window is created with.
app.enableSandbox();
// Before ready: a privileged scheme cannot be registered later.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same .duckdb files; hand over to the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => focusOrCreateWindow());
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[equitylens] failed to start', error);
      app.exit(1);
    });
}

function start(): void {
  const paths = appPaths({ appRoot: app.getAppPath(), isPackaged: app.isPackaged, resourcesPath: process.resourcesPath });
  const appSession = session.defaultSession;
  lockDownSession(appSession);
  serveAppScheme(appSession, paths.rendererDir);

  service = createServiceClient({
    modulePath: paths.serviceProcess,
    serviceOptions: {
      dataDir: app.getPath('userData'),
      sampleDataDir: paths.sampleDataDir,
      builtSampleDir: paths.builtSampleDir,
      appVersion: app.getVersion(),
      host: 'desktop',
    },
    onEvent: (event) => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(SERVICE_EVENT, event);
    },
  });
  service.start();
  const client = service;

  // The report's print window (issue 7) calls the service while it prints, so it is trusted while it lives.
  const printWindows = new Set<WebContents>();
  const registry = createHandlerRegistry(() => [...(mainWindow ? [mainWindow.webContents] : []), ...printWindows]);
  registerServiceChannels(registry, (method, payload) => client.call(method, payload));
  registerDialogChannels(registry, { window: () => mainWindow, defaultDir: () => app.getPath('documents') });
  const reportTitle = async (request: ExportReportPdfRequest): Promise<string> => {
    const info = (await client.call('getProjectInfo', {})) as Result<ProjectInfo | null>;
    const findings = (await client.call('getFindings', {})) as Result<FindingsState>;
    const project = info.ok ? info.value : null;
    const schoolName = request.schoolId ? (project?.schools.find((s) => s.schoolId === request.schoolId)?.schoolName ?? request.schoolId) : null;
    return runningTitle({ title: findings.ok ? findings.value.cover.title : 'Equity review', districtName: project?.districtName ?? '', schoolName, document: request.document });
  };
  registerReportChannels(registry, {
    window: () => mainWindow,
    defaultDir: () => app.getPath('documents'),
    reportFileName: async (document) => {
      const info = (await client.call('getProjectInfo', {})) as Result<ProjectInfo | null>;
      return `${info.ok && info.value ? info.value.name : 'Equity review'} ${document === 'progress' ? 'progress' : 'report'}.pdf`;
    },
    printReport: async (request) =>
      printReportToPdf({
        preload: paths.preload,
        ...request,
        title: await reportTitle(request),
        trust: (contents) => {
          printWindows.add(contents);
          return () => printWindows.delete(contents);
        },
      }),
  });

  installMenu({ platform: process.platform, isPackaged: app.isPackaged, send: sendMenuCommand });
  focusOrCreateWindow(paths.preload);

  app.on('activate', () => focusOrCreateWindow(paths.preload));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    // Close the project and DuckDB cleanly before exiting, so the .duckdb file is left consistent.
    if (!service) return;
    const closing = service;
    service = null;
    event.preventDefault();
    void closing.dispose().finally(() => app.quit());
  });
}

function focusOrCreateWindow(preload?: string): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  if (!preload) return;
  const window = createMainWindow(preload);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

function sendMenuCommand(command: MenuCommand): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_COMMAND, command);
}

