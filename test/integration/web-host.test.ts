// The local web host: only loopback, only its own origin, only with the token; files stay in their folder.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../analysis/engine/migrations';
import { createService } from '../../analysis/service/create-service';
import { decodeEnvelope } from '../../analysis/shared/binary-envelope';
import { resolveStaticPath } from '../../analysis/web-host/static-files';
import { CONTENT_SECURITY_POLICY } from '../../electron/file-handler';
import { startWebHost, type WebHost } from '../../analysis/web-host/web-host';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const staticDir = path.join(temp.dir, 'static');
const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: path.join(temp.dir, 'no-sample'), builtSampleDir: path.join(temp.dir, 'no-sample'), appVersion: '9.9.9', host: 'web' });
let host: WebHost;

beforeAll(async () => {
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>EquityLens</title>');
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'outside the static folder');
  host = await startWebHost({ service, staticDir });
});
afterAll(async () => {
  await host.close();
  await service.dispose();
  temp.remove();
});

/** A raw request, so Host and Origin can be set to anything (fetch would refuse to forge Host). */
function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (method: string, headers: Record<string, string>, body = '{}') =>
  request({ path: `/api/${method}`, method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
const envelope = (body: Buffer) => decodeEnvelope(new Uint8Array(body)) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };

describe('web host', () => {
  it('listens on loopback and prints its address with the token in the fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers a call that carries the token', async () => {
    const response = await api('getAppInfo', { Authorization: `Bearer ${host.token}`, Origin: `http://127.0.0.1:${host.port}` });
    expect(response.status).toBe(200);
    expect(envelope(response.body)).toEqual({ ok: true, value: { appVersion: '9.9.9', schemaVersion: LATEST_SCHEMA_VERSION, host: 'web' } });
  });

  it('refuses calls without the token or with a wrong one', async () => {
    for (const headers of [{}, { Authorization: 'Bearer nope' }, { Authorization: host.token }] as Record<string, string>[]) {
      const response = await api('getAppInfo', headers);
      expect(response.status).toBe(401);
      expect(envelope(response.body)).toMatchObject({ ok: false, error: { message: 'A valid session token is required.' } });
    }
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    const response = await api('getAppInfo', { Authorization: `Bearer ${host.token}`, Host: `evil.example:${host.port}` });
    expect(response.status).toBe(421);
    const page = await request({ path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(421);
  });

  it('refuses a foreign Origin, even with the token', async () => {
    const response = await api('getAppInfo', { Authorization: `Bearer ${host.token}`, Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect(envelope(response.body).ok).toBe(false);
  });

  it('validates payloads and method names', async () => {
    const auth = { Authorization: `Bearer ${host.token}` };
    expect(envelope((await api('openProject', auth, JSON.stringify({ path: 42 }))).body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(envelope((await api('openProject', auth, JSON.stringify({ path: '/tmp/x.txt' }))).body)).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: 'path: A review project file ends in .duckdb' },
    });
    expect(envelope((await api('dropEverything', auth)).body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(envelope((await api('getAppInfo', auth, '{not json')).body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(envelope((await api('getEnrollmentByGroup', auth, JSON.stringify({ groupType: 'race_ethnicity' }))).body)).toMatchObject({
      ok: false,
      error: { code: 'no_project' },
    });
  });

  it('streams events only to a caller with the token', async () => {
    expect((await request({ path: '/events', method: 'POST' })).status).toBe(401);
    const response = await fetch(`http://127.0.0.1:${host.port}/events`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}` } });
    expect(response.headers.get('content-type')).toBe('application/x-ndjson');
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(JSON.parse(first.split('\n')[0]!)).toEqual({ type: 'connected' });
    await reader.cancel();
  });

  it('serves the app with a strict Content-Security-Policy, and nothing outside its folder', async () => {
    const page = await request({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    // The desktop app's app:// handler serves the same policy: one module decides it for both hosts.
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const response = await request({ path: attempt });
      expect(response.body.toString()).not.toContain('outside the static folder');
    }
    expect(resolveStaticPath(staticDir, '/..%2fsecret.txt')).toBeNull();
    expect(resolveStaticPath(staticDir, '/%00index.html')).toBeNull();
  });
});
