// Serves the built renderer for the app:// scheme: path-traversal-safe static files with a strict CSP.
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isAppUrl } from './app-url';

/** The renderer loads only its own files and talks to nothing: the app makes no network requests. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Plot and the component library set inline style attributes; scripts stay strictly 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
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

export type FileHandler = (request: Request) => Promise<Response>;

/** A protocol.handle handler that serves files under rootDir and nothing else. */
export function createFileHandler(rootDir: string): FileHandler {
  const root = resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const target = resolveTarget(root, request.url);
    if (typeof target === 'number') return plain(target, target === 404 ? 'Not found' : 'Forbidden');
    // No fallback to index.html for unknown paths: the renderer has no URL routes, and a missing file
    // should fail loudly. Symlinks are not resolved: the tree is our own build output (inside the
    // integrity-checked app.asar when packaged).
    if (!(await isFile(target))) return plain(404, 'Not found');
    const body = await readFile(target);
    const headers = securityHeaders(CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream');
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

/**
 * Maps a request URL to a file path inside root, or to an HTTP status when it must be refused.
 * The URL parser already folds literal "..", so what is left to stop is encoded separators and dots
 * (%2f, %5c, %2e%2e), NUL bytes, drive letters and anything that resolves outside root.
 */
export function resolveTarget(root: string, url: string): string | 403 | 404 {
  if (!isAppUrl(url)) return 404;
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(url).pathname);
  } catch {
    return 403; // malformed percent-encoding
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return 403;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.includes(':'))) return 403;
  const target = resolve(root, ...(segments.length === 0 ? ['index.html'] : segments));
  const inside = relative(root, target);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return 403;
  return target;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}
