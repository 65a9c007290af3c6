// The one place IPC handlers are registered: every call is checked for its sender and validated (zod)
// before a handler sees it, and always answers with a Result envelope (never throws across IPC).
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { z } from 'zod';
import type { Result } from '../../analysis/api';
import { failure } from '../../analysis/service/envelope';
import { describeValidationError } from '../../analysis/service/request-schemas';
import { isAppUrl } from '../app-url';

export type IpcHandler<T, R> = (payload: T, event: IpcMainInvokeEvent) => Promise<Result<R>> | Result<R>;

export interface HandlerRegistry {
  registerHandler<S extends z.ZodType, R>(channel: string, schema: S, handler: IpcHandler<z.output<S>, R>): void;
  /** Channels registered so far, in order. */
  channels(): readonly string[];
  removeAll(): void;
}

/** Logs a channel and a reason only: payloads can hold paths and names from a district's data. */
export type IpcLog = (channel: string, reason: string) => void;

/**
 * @param trustedContents the main window's web contents (null while there is none), or every web contents
 *   that may call (the main window, and the report's print window while it prints); calls from any other
 *   web contents, from a frame that is gone, or from a page not on app:// are refused.
 */
export function createHandlerRegistry(trustedContents: () => WebContents | readonly WebContents[] | null, log: IpcLog = defaultLog): HandlerRegistry {
  const registered: string[] = [];
  return {
    registerHandler(channel, schema, handler) {
      ipcMain.handle(channel, async (event, payload: unknown) => {
        const problem = senderProblem(event, trustedContents());
        if (problem) {
          log(channel, `refused sender: ${problem}`);
          return failure('bad_request', 'This request did not come from the EquityLens window.');
        }
        const parsed = schema.safeParse(payload);
        if (!parsed.success) {
          log(channel, `invalid payload: ${summarizeIssues(parsed.error)}`);
          return failure('bad_request', describeValidationError(parsed.error));
        }
        try {
          return await handler(parsed.data, event);
        } catch (error) {
          log(channel, `handler failed (${error instanceof Error ? error.name : typeof error})`);
          return failure('internal', 'Something went wrong inside EquityLens. Please try again.');
        }
      });
      registered.push(channel);
    },
    channels: () => [...registered],
    removeAll() {
      for (const channel of registered) ipcMain.removeHandler(channel);
      registered.length = 0;
    },
  };
}

/** Why a sender is not trusted, or null when it is. */
export function senderProblem(event: IpcMainInvokeEvent, trusted: WebContents | readonly WebContents[] | null): string | null {
  const allowed: readonly WebContents[] = trusted === null ? [] : Array.isArray(trusted) ? trusted : [trusted as WebContents];
  if (!allowed.includes(event.sender)) return 'not the main window';
  const frame = event.senderFrame;
  if (!frame) return 'the sending frame is gone';
  if (!isAppUrl(frame.url)) return 'the sending page is not an app page';
  return null;
}

/** Issue codes and field paths, never the values (zod messages for unknown keys quote the payload). */
function summarizeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.code}${issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : ''}`)
    .join(', ');
}

function defaultLog(channel: string, reason: string): void {
  console.warn(`[equitylens] ipc ${channel}: ${reason}`);
}
