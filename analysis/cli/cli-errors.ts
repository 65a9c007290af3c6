// How the command line reports failure: one line on stderr, exit 2 for bad arguments or paths, else 1.
import type { ErrorCode, Result } from '../api';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(message, 2);

/** Errors the person typing can fix by changing the command exit with 2. */
const ARGUMENT_ERRORS: readonly ErrorCode[] = ['bad_request', 'not_found', 'project_invalid', 'project_too_new'];

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new CliError(result.error.message, ARGUMENT_ERRORS.includes(result.error.code) ? 2 : 1);
}
