// Native file dialogs: a review project (.duckdb) to open or to create, and district exports to import.
import { dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { z } from 'zod';
import { success } from '../../analysis/service/envelope';
import { DIALOG_CHOOSE_IMPORT_FILES, DIALOG_CREATE_PROJECT, DIALOG_OPEN_PROJECT } from './channels';
import type { HandlerRegistry } from './register-handler';

const PROJECT_FILTERS = [{ name: 'EquityLens review', extensions: ['duckdb'] }];
const EXTENSION = '.duckdb';

export const openProjectRequest = z.object({}).strict();
export const chooseImportFilesRequest = z.object({}).strict();
/** The exports the importer reads (issue 3); "All files" too, since districts name files all sorts of ways. */
const IMPORT_FILTERS = [
  { name: 'District exports', extensions: ['csv', 'tsv', 'txt', 'psv', 'xlsx', 'xlsm', 'parquet', 'json', 'ndjson', 'jsonl'] },
  { name: 'All files', extensions: ['*'] },
];
export const createProjectRequest = z
  .object({ suggestedName: z.string().max(200, 'The suggested name is too long') })
  .strict();

export interface DialogContext {
  /** The dialogs are modal to this window. */
  window(): BrowserWindow | null;
  /** Where the save dialog starts (the user's Documents folder). */
  defaultDir(): string;
}

export function registerDialogChannels(registry: HandlerRegistry, context: DialogContext): void {
  registry.registerHandler(DIALOG_OPEN_PROJECT, openProjectRequest, async () => {
    const options = { title: 'Open review', properties: ['openFile' as const], filters: PROJECT_FILTERS };
    const window = context.window();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = result.canceled ? undefined : result.filePaths[0];
    return success(path ?? null);
  });

  registry.registerHandler(DIALOG_CREATE_PROJECT, createProjectRequest, async ({ suggestedName }) => {
    const options = {
      title: 'New review',
      buttonLabel: 'Create',
      defaultPath: join(context.defaultDir(), projectFileName(suggestedName)),
      filters: PROJECT_FILTERS,
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
    };
    const window = context.window();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return success(result.canceled || !result.filePath ? null : withProjectExtension(result.filePath));
  });

  registry.registerHandler(DIALOG_CHOOSE_IMPORT_FILES, chooseImportFilesRequest, async () => {
    const options = { title: 'Import district data', buttonLabel: 'Choose', properties: ['openFile' as const, 'multiSelections' as const], filters: IMPORT_FILTERS };
    const window = context.window();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return success(result.canceled || result.filePaths.length === 0 ? null : result.filePaths);
  });
}

/**
 * A safe file name from a review name typed by the user: no path separators or characters Windows
 * refuses, no leading dots, a sane length, and the .duckdb extension.
 */
export function projectFileName(suggestedName: string): string {
  const printable = [...suggestedName].filter((ch) => ch.charCodeAt(0) >= 0x20).join('');
  const cleaned = printable
    .replace(/[\\/]/g, ' ')
    .replace(/[<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\.duckdb$/i, '')
    .slice(0, 120)
    // Windows drops trailing dots and spaces; a leading dot would hide the file on macOS and Linux.
    .replace(/^[. ]+|[. ]+$/g, '');
  return `${cleaned || 'Review'}${EXTENSION}`;
}

/** Linux save dialogs do not add the filter's extension, and the service only opens .duckdb files. */
export function withProjectExtension(path: string): string {
  return path.toLowerCase().endsWith(EXTENSION) ? path : `${path}${EXTENSION}`;
}
