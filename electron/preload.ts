// Sandboxed preload: exposes window.equitylens (DesktopBridge) as named methods, never ipcRenderer or a
// generic invoke. Bundled to one CommonJS file; it imports only 'electron', the contract and the channel names.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { METHOD_NAMES, type DesktopBridge, type EquityLensApi, type ExportedFile, type MenuCommand, type Result, type ServiceEvent } from '../analysis/api';
import {
  DIALOG_CHOOSE_IMPORT_FILES,
  DIALOG_CREATE_PROJECT,
  DIALOG_OPEN_PROJECT,
  DIALOG_SAVE_EXPORT,
  MENU_COMMAND,
  MENU_COMMANDS,
  REPORT_EXPORT_PDF,
  SERVICE_EVENT,
  serviceChannel,
} from './ipc/channels';

/** One function per service method, each bound to its own fixed channel. */
function serviceApi(): EquityLensApi {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    const channel = serviceChannel(method);
    api[method] = (request) => ipcRenderer.invoke(channel, request);
  }
  return api as unknown as EquityLensApi;
}

/** Dialog channels answer with envelopes like every channel; a refusal is an error, not a cancel. */
function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new Error(result.error.message);
}

const bridge: DesktopBridge = {
  api: serviceApi(),
  async chooseProjectToOpen() {
    return unwrap<string | null>(await ipcRenderer.invoke(DIALOG_OPEN_PROJECT, {}));
  },
  async chooseProjectToCreate(suggestedName) {
    return unwrap<string | null>(await ipcRenderer.invoke(DIALOG_CREATE_PROJECT, { suggestedName: String(suggestedName) }));
  },
  onMenuCommand(listener) {
    // The page gets the command only: the IpcRendererEvent would hand it the sender and ports.
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND, relay);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND, relay);
    };
  },
  onServiceEvent(listener) {
    const relay = (_event: IpcRendererEvent, event: ServiceEvent) => listener(event);
    ipcRenderer.on(SERVICE_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(SERVICE_EVENT, relay);
    };
  },
  async chooseImportFiles() {
    return unwrap<string[] | null>(await ipcRenderer.invoke(DIALOG_CHOOSE_IMPORT_FILES, {}));
  },
  async exportReportPdf(request) {
    const { paper, internal, disagreementMap, document, schoolId } = request;
    return unwrap<string | null>(
      await ipcRenderer.invoke(REPORT_EXPORT_PDF, { paper, internal: internal === true, ...(disagreementMap ? { disagreementMap: true } : {}), ...(document ? { document } : {}), ...(schoolId ? { schoolId } : {}) }),
    );
  },
  async saveExportedFile(file: ExportedFile) {
    return unwrap<string | null>(await ipcRenderer.invoke(DIALOG_SAVE_EXPORT, { fileName: String(file.fileName), mimeType: String(file.mimeType), bytes: file.bytes }));
  },
  pathForFile(file) {
    // Electron 32+ no longer puts File.path on dropped files; webUtils reads it in the isolated world.
    try {
      return webUtils.getPathForFile(file as File);
    } catch {
      return '';
    }
  },
};

contextBridge.exposeInMainWorld('equitylens', bridge);
