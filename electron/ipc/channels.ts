// IPC channel names, the one spelling for the main process and the preload. Types-only imports keep it
// safe for the sandboxed preload bundle.
import type { MenuCommand, MethodName } from '../../analysis/api';

export const serviceChannel = (method: MethodName): `service:${MethodName}` => `service:${method}`;

export const DIALOG_OPEN_PROJECT = 'dialog:open-project';
export const DIALOG_CREATE_PROJECT = 'dialog:create-project';
/** Native open dialog for district exports to import. */
export const DIALOG_CHOOSE_IMPORT_FILES = 'dialog:choose-import-files';
/** Prints the report to a PDF the user names. */
export const REPORT_EXPORT_PDF = 'report:export-pdf';
/** Native save dialog for an export's bytes (findings XLSX/CSV, review JSON). */
export const DIALOG_SAVE_EXPORT = 'dialog:save-export';
/** Main -> renderer: one MenuCommand per message. */
export const MENU_COMMAND = 'menu:command';
/** Main -> renderer: one ServiceEvent (task progress) per message. */
export const SERVICE_EVENT = 'service:event';

/** The commands the menu may send; the preload drops anything else. */
export const MENU_COMMANDS: readonly MenuCommand[] = ['new-review', 'open-review', 'open-sample', 'close-review'];
