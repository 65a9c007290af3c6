// The one error type every part of the engine throws for the user: a code from the contract and a
// message that is safe to show. It sits below the feature folders (import, metrics, review, findings,
// report, privacy) so none of them depends on the service layer that turns it into an envelope.
import type { ErrorCode } from '../api';

/** An error whose message is written for the user and is safe to show (no student records). */
export class ServiceFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceFailure';
  }
}
