// The utility-process entry, run against the real service and DuckDB: Electron's process.parentPort is
// the only stand-in (it exists only inside a utility process).
import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../analysis/api';
import type { FromServiceMessage, ToServiceMessage } from '../../../electron/service-messages';

class FakeParentPort extends EventEmitter {
  readonly posted: FromServiceMessage[] = [];
  postMessage(message: FromServiceMessage): void {
    this.posted.push(structuredClone(message));
  }
  send(data: ToServiceMessage): void {
    this.emit('message', { data, ports: [] });
  }
}

const port = new FakeParentPort();
let dir: string;
let nextId = 1;

async function request(method: string, payload: unknown): Promise<Result<unknown>> {
  // Generous: the first call opens DuckDB, which on a busy 2-core machine can take many seconds.
  const id = nextId++;
  port.send({ type: 'request', id, method, payload });
  await vi.waitFor(() => expect(port.posted.some((m) => m.type === 'response' && m.id === id)).toBe(true), { timeout: 45_000 });
  const answer = port.posted.find((m) => m.type === 'response' && m.id === id);
  return answer?.type === 'response' ? answer.result : { ok: false, error: { code: 'internal', message: 'no answer' } };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'equitylens-service-process-'));
  Object.defineProperty(process, 'parentPort', { value: port, configurable: true });
  await import('../../../electron/service-process');
  port.send({ type: 'init', options: { dataDir: join(dir, 'user-data'), sampleDataDir: join(dir, 'sample'), builtSampleDir: join(dir, 'sample-project'), appVersion: '9.8.7', host: 'desktop' } });
});

afterAll(async () => {
  Reflect.deleteProperty(process, 'parentPort');
  await rm(dir, { recursive: true, force: true });
});

describe('service process', () => {
  it('answers a request with the service result under its id', async () => {
    expect(await request('getAppInfo', {})).toMatchObject({ ok: true, value: { appVersion: '9.8.7', host: 'desktop' } });
  });

  it('validates through the shared dispatcher: unknown methods and bad payloads get envelopes', async () => {
    expect(await request('dropAllTables', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await request('openProject', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('creates and reopens a project in DuckDB off the main process', async () => {
    const path = join(dir, 'Springfield.duckdb');
    expect(await request('createProject', { path, name: 'Springfield review', districtName: 'Springfield' })).toMatchObject({
      ok: true,
      value: { path, name: 'Springfield review' },
    });
    expect(await request('closeProject', {})).toEqual({ ok: true, value: null });
    expect(await request('openProject', { path })).toMatchObject({ ok: true, value: { districtName: 'Springfield' } });
  });

  it('closes the service on dispose, says so, and exits', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    port.send({ type: 'dispose' });
    await vi.waitFor(() => expect(port.posted.at(-1)).toEqual({ type: 'disposed' }));
    expect(exit).toHaveBeenCalledWith(0);
    exit.mockRestore();
  });
});
