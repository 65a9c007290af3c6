// What every host (Electron's app:// handler and the local web host) serves the renderer with: one CSP,
// one set of security headers, one content-type table and one rule for which paths may be served.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The renderer loads only its own files and talks to nothing but its own origin: no network at all. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Observable Plot and the component library set inline style attributes; scripts stay strictly 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers for every response that carries the renderer or an error page. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // The renderer is rebuilt in place during development; never serve a stale bundle.
    'Cache-Control': 'no-store',
  };
}

/**
 * Maps a URL path (still percent-encoded, as it arrives) to a file inside root, or to the status that
 * refuses it. Besides "..", it stops encoded separators and dots (%2f, %5c, %2e%2e), NUL bytes, drive
 * letters and anything that resolves outside root. Symlinks are not followed here: the tree is our own
 * build output.
 */
export function resolveServedPath(root: string, encodedPath: string): string | 403 {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encodedPath);
  } catch {
    return 403; // malformed percent-encoding
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return 403;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes(':'))) return 403;
  const base = resolve(root);
  const target = resolve(base, ...(segments.length === 0 ? ['index.html'] : segments));
  const inside = relative(base, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return 403;
  return target;
}
