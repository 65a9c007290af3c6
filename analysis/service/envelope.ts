// Builds result envelopes and turns thrown errors into safe, user-facing ones.
import type { ErrorCode, Result } from '../api';
import { ServiceFailure } from '../engine/service-failure';

export { ServiceFailure };

export const success = <T>(value: T): Result<T> => ({ ok: true, value });
export const failure = (code: ErrorCode, message: string): { ok: false; error: { code: ErrorCode; message: string } } => ({
  ok: false,
  error: { code, message },
});

/**
 * Runs a service body and wraps its outcome. Unexpected errors become a generic message: their text
 * can quote SQL or data values, so it goes to the developer log, never to the user or a report.
 */
export async function guard<T>(body: () => Promise<T>, log: (error: unknown) => void = defaultLog): Promise<Result<T>> {
  try {
    return success(await body());
  } catch (error) {
    if (error instanceof ServiceFailure) return failure(error.code, error.message);
    log(error);
    return failure('internal', 'Something went wrong inside EquityLens. The project was not changed by the failed step.');
  }
}

function defaultLog(error: unknown): void {
  console.error(developerNote('internal error', error));
}

/**
 * What the developer log gets for an unexpected error: its kind, and its stack frames only when
 * EQUITYLENS_DEBUG is set (the command line writes this log to the user's terminal). Never its message:
 * DuckDB messages can quote SQL and values from the data.
 */
export function developerNote(what: string, error: unknown): string {
  const kind = error instanceof Error ? error.name : typeof error;
  const stack = process.env.EQUITYLENS_DEBUG && error instanceof Error ? `\n${(error.stack ?? '').split('\n').slice(1, 6).join('\n')}` : '';
  return `[equitylens] ${what} (${kind})${stack}`;
}
