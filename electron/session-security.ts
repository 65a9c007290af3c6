// Locks down the window's session: no permissions, and no requests to anywhere but the app itself.
import type { Session } from 'electron';

/**
 * Schemes a page may still load from: our own files, inline images and object URLs the renderer
 * makes (Plot's PNG export), and the developer tools' own pages. Everything else (http, https, ws,
 * wss, ftp, file) is cancelled: student records never leave the machine, so nothing needs the network.
 */
const ALLOWED_SCHEMES = new Set(['app:', 'data:', 'blob:', 'devtools:']);

export function shouldBlockRequest(url: string): boolean {
  try {
    return !ALLOWED_SCHEMES.has(new URL(url).protocol);
  } catch {
    return true;
  }
}

export type SecurityLog = (message: string) => void;

export function lockDownSession(session: Session, log: SecurityLog = defaultLog): void {
  // The app needs no camera, microphone, notifications, geolocation, clipboard-read or the like.
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const block = shouldBlockRequest(details.url);
    // Only the scheme and host go to the log: a path or query could carry data.
    if (block) log(`blocked request to ${describeTarget(details.url)}`);
    callback({ cancel: block });
  });
}

function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'an unparseable URL';
  }
}

function defaultLog(message: string): void {
  console.warn(`[equitylens] ${message}`);
}
