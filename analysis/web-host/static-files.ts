// Serves the built renderer's files to the browser, with the same path rule and headers as the desktop app.
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import { contentTypeOf, resolveServedPath, securityHeaders } from '../host-security/static-policy';

/** Resolves a URL path inside root, or null when it must be refused. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  const target = resolveServedPath(root, urlPath);
  return typeof target === 'string' ? target : null;
}

export function serveStatic(root: string, urlPath: string, response: ServerResponse): void {
  const file = resolveStaticPath(root, urlPath);
  if (!file || !isRegularFile(file)) {
    response.writeHead(404, securityHeaders('text/plain; charset=utf-8')).end('Not found');
    return;
  }
  response.writeHead(200, securityHeaders(contentTypeOf(file)));
  fs.createReadStream(file).pipe(response);
}

function isRegularFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
