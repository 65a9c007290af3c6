// Report and export channels (issue 7): print the report to a PDF the user names, and save an export's bytes.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { z } from 'zod';
import type { ExportReportPdfRequest } from '../../analysis/api';
import { success } from '../../analysis/service/envelope';
import { DIALOG_SAVE_EXPORT, REPORT_EXPORT_PDF } from './channels';
import type { HandlerRegistry } from './register-handler';

export const exportReportPdfRequest = z
  .object({ paper: z.enum(['letter', 'a4']), internal: z.boolean(), disagreementMap: z.boolean().optional(), document: z.enum(['review', 'progress']).optional(), schoolId: z.string().trim().min(1).max(64).optional() })
  .strict();
export const saveExportRequest = z
  .object({
    fileName: z.string().min(1).max(200),
    mimeType: z.string().max(200),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 200 * 1024 * 1024, 'The file is too large'),
  })
  .strict();

export interface ReportChannelContext {
  window(): BrowserWindow | null;
  defaultDir(): string;
  /** Prints the report; the bytes of the PDF. */
  printReport(request: ExportReportPdfRequest): Promise<Uint8Array>;
  /** A file name for the report (or the progress report), from the project's name. */
  reportFileName(document: ExportReportPdfRequest['document']): Promise<string>;
}

/** Only a plain file name is offered to the save dialog: no folders, nothing Windows refuses. */
export function safeFileName(name: string): string {
  const cleaned = [...name].filter((ch) => ch.charCodeAt(0) >= 0x20).join('').replace(/[\\/<>:"|?*]/g, '-').replace(/^[. ]+|[. ]+$/g, '').slice(0, 150);
  return cleaned || 'export';
}

async function chooseSavePath(context: ReportChannelContext, title: string, fileName: string, extension: string): Promise<string | null> {
  const options = {
    title,
    defaultPath: join(context.defaultDir(), safeFileName(fileName)),
    filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const window = context.window();
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  return result.filePath.toLowerCase().endsWith(`.${extension}`) ? result.filePath : `${result.filePath}.${extension}`;
}

export function registerReportChannels(registry: HandlerRegistry, context: ReportChannelContext): void {
  registry.registerHandler(REPORT_EXPORT_PDF, exportReportPdfRequest, async (request) => {
    const what = request.document === 'progress' ? 'progress report' : 'report';
    const path = await chooseSavePath(context, `Export ${what} as PDF`, await context.reportFileName(request.document), 'pdf');
    if (!path) return success(null);
    await writeFile(path, await context.printReport(request));
    return success(path);
  });

  registry.registerHandler(DIALOG_SAVE_EXPORT, saveExportRequest, async (file) => {
    const extension = /\.([a-z0-9]{1,8})$/i.exec(file.fileName)?.[1]?.toLowerCase() ?? 'dat';
    const path = await chooseSavePath(context, 'Save export', file.fileName, extension);
    if (!path) return success(null);
    await writeFile(path, file.bytes);
    return success(path);
  });
}
