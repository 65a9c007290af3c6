// The app's own origin (app://equitylens/): the only place the window loads from, navigates to or takes IPC from.

export const APP_SCHEME = 'app';
export const APP_HOST = 'equitylens';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for URLs on our scheme and host. Node's URL gives non-special schemes an opaque origin
 * ("null"), so scheme and host are compared instead of `url.origin`.
 */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.port === '';
  } catch {
    return false;
  }
}
