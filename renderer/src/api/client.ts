// Picks the transport the renderer runs over: the Electron bridge, or the local web host over HTTP.
import type { DesktopBridge, EquityLensApi, ExportedFile, ExportReportPdfRequest, MenuCommand, ServiceEvent } from '../../../analysis/api';
import { createHttpApi, takeSessionToken } from './http-client';
import { createHttpEvents } from './http-events';
import { printReportOnHost } from './report-pdf';
import { uploadFile } from './upload';

export interface HostCapabilities {
  kind: 'desktop' | 'web';
  /** Native file dialogs exist only on the desktop; the browser asks for a path instead. */
  chooseProjectToOpen?: () => Promise<string | null>;
  chooseProjectToCreate?: (suggestedName: string) => Promise<string | null>;
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  // --- import (issue 3) ---
  /** Native dialog for files to import (desktop); the browser uses a file input instead. */
  chooseImportFiles?: () => Promise<string[] | null>;
  /**
   * A path the service can read for a file the user picked or dropped: the file's own path on the desktop,
   * an upload to the local web host in the browser.
   */
  fileToPath: (file: File, onProgress?: (sent: number, total: number) => void) => Promise<string>;
  // --- findings and report (issue 7) ---
  /** Desktop: print the report to a PDF through a save dialog. */
  exportReportPdf?: (request: ExportReportPdfRequest) => Promise<string | null>;
  /** Browser: the web host prints the report with the command line's printer; the PDF to download. */
  printReportPdf?: (request: ExportReportPdfRequest) => Promise<ExportedFile>;
  /** Desktop: save an export through a save dialog (the browser downloads it instead). */
  saveExportedFile?: (file: ExportedFile) => Promise<string | null>;
}

export interface ApiClient {
  api: EquityLensApi;
  host: HostCapabilities;
  /** Progress and completion of long tasks (imports, report assembly). */
  onServiceEvent: (listener: (event: ServiceEvent) => void) => () => void;
}

declare global {
  interface Window {
    equitylens?: DesktopBridge;
  }
}

export function connectToService(): ApiClient | { error: string } {
  const bridge = window.equitylens;
  if (bridge) {
    return {
      api: bridge.api,
      host: {
        kind: 'desktop',
        chooseProjectToOpen: () => bridge.chooseProjectToOpen(),
        chooseProjectToCreate: (name) => bridge.chooseProjectToCreate(name),
        onMenuCommand: (listener) => bridge.onMenuCommand(listener),
        chooseImportFiles: () => bridge.chooseImportFiles(),
        fileToPath: async (file) => {
          const path = bridge.pathForFile(file);
          if (!path) throw new Error(`EquityLens cannot read "${file.name}" from where it was dropped. Save it to a folder and choose it with "Choose files…".`);
          return path;
        },
        exportReportPdf: (request) => bridge.exportReportPdf(request),
        saveExportedFile: (file) => bridge.saveExportedFile(file),
      },
      onServiceEvent: (listener) => bridge.onServiceEvent(listener),
    };
  }
  const token = takeSessionToken();
  if (!token) return { error: 'Open EquityLens from the address that `equitylens serve` (or `npm run web`) printed: it carries the session key.' };
  return {
    api: createHttpApi(token),
    host: {
      kind: 'web',
      onMenuCommand: () => () => undefined,
      fileToPath: async (file, onProgress) => (await uploadFile(token, file, onProgress)).path,
      printReportPdf: (request) => printReportOnHost(token, request),
    },
    onServiceEvent: createHttpEvents(token),
  };
}
