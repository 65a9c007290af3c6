// Serves the built renderer for the app:// scheme: path-traversal-safe static files with a strict CSP.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { contentTypeOf, resolveServedPath, securityHeaders } from '../analysis/host-security/static-policy';
import { isAppUrl } from './app-url';

export { CONTENT_SECURITY_POLICY } from '../analysis/host-security/static-policy';

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
    const headers = new Headers(securityHeaders(contentTypeOf(target)));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

/** Maps an app:// request URL to a file path inside root, or to the HTTP status that refuses it. */
export function resolveTarget(root: string, url: string): string | 403 | 404 {
  if (!isAppUrl(url)) return 404;
  // new URL() already folds literal "..": the shared rule stops the encoded forms.
  return resolveServedPath(root, new URL(url).pathname);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: new Headers(securityHeaders('text/plain; charset=utf-8')) });
}
