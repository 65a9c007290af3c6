// Registers the privileged app:// scheme and serves the built renderer through it.
import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './app-url';
import { createFileHandler } from './file-handler';

/**
 * Must run before the app is ready. "standard" gives app:// a real origin (so 'self' in the CSP and
 * relative URLs work) and "secure" makes it a secure context; it does not bypass the CSP.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/** Serves rendererDir on app://equitylens/ in the given session (after the app is ready). */
export function serveAppScheme(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, createFileHandler(rendererDir));
}
