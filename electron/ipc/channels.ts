// IPC channel names used by the main process. The preload spells the same names out itself (it may
// import nothing but 'electron' and analysis/api.ts); a unit test keeps the two in step.
import type { MethodName } from '../../analysis/api';

export const serviceChannel = (method: MethodName): `service:${MethodName}` => `service:${method}`;

export const DIALOG_OPEN_PROJECT = 'dialog:open-project';
export const DIALOG_CREATE_PROJECT = 'dialog:create-project';
/** Native open dialog for district exports to import (issue 3). */
export const DIALOG_CHOOSE_IMPORT_FILES = 'dialog:choose-import-files';
/** Prints the report to a PDF the user names (issue 7). */
export const REPORT_EXPORT_PDF = 'report:export-pdf';
/** Native save dialog for an export's bytes (findings XLSX/CSV, review JSON). */
export const DIALOG_SAVE_EXPORT = 'dialog:save-export';
/** Main -> renderer: one MenuCommand per message. */
export const MENU_COMMAND = 'menu:command';
/** Main -> renderer: one ServiceEvent (task progress) per message. */
export const SERVICE_EVENT = 'service:event';
