// The app:// file handler: serves the built renderer with the CSP and refuses anything outside it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createFileHandler, type FileHandler } from '../../../electron/file-handler';

const SECRET = 'root:x:0:0:do-not-serve';
const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

let base: string;
let serve: FileHandler;

beforeAll(async () => {
  // base/secret.txt and base/renderer-private/secret.txt sit next to the served folder base/renderer.
  base = await mkdtemp(join(tmpdir(), 'equitylens-protocol-'));
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(join(base, 'renderer-private'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>EquityLens</title>');
  await writeFile(join(root, 'assets', 'app-1a2b.js'), 'console.log("app")');
  await writeFile(join(root, 'assets', 'app-1a2b.css'), 'body{}');
  await writeFile(join(base, 'secret.txt'), SECRET);
  await writeFile(join(base, 'renderer-private', 'secret.txt'), SECRET);
  serve = createFileHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app:// file handler', () => {
  it('serves index.html at the root with the strict CSP', async () => {
    const response = await get('app://equitylens/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>EquityLens</title>');
  });

  it('serves assets with their content type and the CSP', async () => {
    const script = await get('app://equitylens/assets/app-1a2b.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    const style = await get('app://equitylens/assets/app-1a2b.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers a missing file or a folder with 404, the CSP still set', async () => {
    const missing = await get('app://equitylens/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect((await get('app://equitylens/assets/')).status).toBe(404);
  });

  it.each([
    'app://equitylens/../../secret.txt',
    'app://equitylens/../../etc/passwd',
    'app://equitylens/%2e%2e/%2e%2e/secret.txt',
    'app://equitylens/%2E%2E/secret.txt',
    'app://equitylens/..%2fsecret.txt',
    'app://equitylens/..%2F..%2Fsecret.txt',
    'app://equitylens/assets/..%2f..%2fsecret.txt',
    'app://equitylens/%2e%2e%2fsecret.txt',
    'app://equitylens/..%5csecret.txt',
    'app://equitylens/..%5c..%5csecret.txt',
    'app://equitylens/%252e%252e%252fsecret.txt',
    'app://equitylens/..%2frenderer-private%2fsecret.txt',
    'app://equitylens/%2fetc%2fpasswd',
    'app://equitylens//etc/passwd',
    'app://equitylens/C:%5cWindows%5cwin.ini',
    'app://equitylens/C:/Windows/win.ini',
    'app://equitylens/index.html%00.js',
    'app://equitylens/%E0%A4%A',
    'app://other-host/index.html',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('refuses a request that decodes to a parent segment with 403, not a lookup', async () => {
    expect((await get('app://equitylens/..%2f..%2fsecret.txt')).status).toBe(403);
    expect((await get('app://equitylens/..%5csecret.txt')).status).toBe(403);
  });

  it('allows only GET and HEAD', async () => {
    expect((await get('app://equitylens/index.html', 'POST')).status).toBe(405);
    const head = await get('app://equitylens/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
