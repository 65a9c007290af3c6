// The service client: requests by id to the utility process, restart on a crash, clean shutdown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServiceClient, ENGINE_STOPPED_MESSAGE, type ServiceClient } from '../../../electron/service-client';
import { appPaths } from '../../../electron/app-paths';
import { forked, utilityProcess, type FakeUtilityProcess } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const serviceOptions = { dataDir: '/data', sampleDataDir: '/app/sample-data/district', builtSampleDir: '/app/sample-project', appVersion: '0.1.0', host: 'desktop' as const };
let client: ServiceClient;
let logged: string[];

beforeEach(() => {
  forked.length = 0;
  utilityProcess.fork.mockClear();
  logged = [];
  client = createServiceClient({ modulePath: '/app/dist-electron/service-process.cjs', serviceOptions, log: (m) => logged.push(m) });
});

afterEach(() => {
  vi.useRealTimers();
});

const latest = (): FakeUtilityProcess => forked.at(-1)!;

describe('service client', () => {
  it('forks the service process once and tells it where its files are before any request', async () => {
    client.start();
    client.start();
    expect(utilityProcess.fork).toHaveBeenCalledTimes(1);
    expect(latest().modulePath).toBe('/app/dist-electron/service-process.cjs');
    expect(latest().posted[0]).toEqual({ type: 'init', options: serviceOptions });
  });

  it('matches answers to requests by id, in any order', async () => {
    const first = client.call('getAppInfo', {});
    const second = client.call('openProject', { path: '/r/a.duckdb' });
    const [a, b] = latest().requests();
    expect(a).toEqual({ type: 'request', id: a!.id, method: 'getAppInfo', payload: {} });
    expect(b).toMatchObject({ method: 'openProject', payload: { path: '/r/a.duckdb' } });
    latest().reply({ type: 'response', id: b!.id, result: { ok: true, value: 'opened' } });
    latest().reply({ type: 'response', id: a!.id, result: { ok: true, value: 'info' } });
    expect(await first).toEqual({ ok: true, value: 'info' });
    expect(await second).toEqual({ ok: true, value: 'opened' });
  });

  it('passes Arrow bytes through unchanged', async () => {
    const pending = client.call('getEnrollmentByGroup', { groupType: 'sex' });
    const bytes = new Uint8Array([0xff, 0xff, 0xff, 0xff, 1, 2, 3]);
    latest().reply({ type: 'response', id: latest().requests()[0]!.id, result: { ok: true, value: bytes } });
    const result = await pending;
    expect(result.ok && result.value).toEqual(bytes);
  });

  it('ignores malformed messages and answers for unknown ids', async () => {
    const pending = client.call('getAppInfo', {});
    latest().reply('hello');
    latest().reply({ type: 'response', id: 9999, result: { ok: true, value: 1 } });
    latest().reply({ type: 'response', id: 'x', result: {} });
    latest().reply({ type: 'response', id: latest().requests()[0]!.id, result: { ok: true, value: 'right' } });
    expect(await pending).toEqual({ ok: true, value: 'right' });
  });

  it('fails calls in flight with an internal envelope when the process dies, and restarts it', async () => {
    const inFlight = [client.call('getAppInfo', {}), client.call('getProjectInfo', {})];
    const crashed = latest();
    crashed.emit('exit', 134);
    for (const result of await Promise.all(inFlight)) {
      expect(result).toEqual({ ok: false, error: { code: 'internal', message: ENGINE_STOPPED_MESSAGE } });
    }
    expect(forked).toHaveLength(2);
    const restarted = latest();
    expect(restarted).not.toBe(crashed);
    expect(restarted.posted[0]).toEqual({ type: 'init', options: serviceOptions });
    const next = client.call('getAppInfo', {});
    restarted.reply({ type: 'response', id: restarted.requests()[0]!.id, result: { ok: true, value: 'back' } });
    expect(await next).toEqual({ ok: true, value: 'back' });
    expect(logged.join('\n')).toMatch(/exited unexpectedly/);
  });

  it('stops restarting eagerly in a crash loop, but still starts a process for the next call', async () => {
    client.start();
    for (let i = 0; i < 4; i++) latest().emit('exit', 1);
    expect(forked).toHaveLength(4); // the first process plus three restarts; the fourth crash waits
    const pending = client.call('getAppInfo', {});
    expect(forked).toHaveLength(5);
    latest().reply({ type: 'response', id: latest().requests()[0]!.id, result: { ok: true, value: 'ok' } });
    expect(await pending).toEqual({ ok: true, value: 'ok' });
  });

  it('disposes by asking the service to close, then waiting for the exit', async () => {
    const inFlight = client.call('getAppInfo', {});
    const child = latest();
    const disposed = client.dispose();
    expect(child.posted.at(-1)).toEqual({ type: 'dispose' });
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'internal' } });
    child.emit('exit', 0);
    await disposed;
    expect(child.killed).toBe(false);
    expect(forked).toHaveLength(1); // no restart after a requested exit
    expect(await client.call('getAppInfo', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(forked).toHaveLength(1);
  });

  it('kills a service that does not close in time', async () => {
    vi.useFakeTimers();
    client.start();
    const child = latest();
    const disposed = client.dispose();
    await vi.advanceTimersByTimeAsync(5_000);
    await disposed;
    expect(child.killed).toBe(true);
  });
});

describe('app paths', () => {
  it('finds the sample district next to the app in development and in resources when packaged', () => {
    const dev = appPaths({ appRoot: '/src/equitylens', isPackaged: false, resourcesPath: '/opt/electron/resources' });
    expect(dev.sampleDataDir.replaceAll('\\', '/')).toBe('/src/equitylens/sample-data/district');
    expect(dev.builtSampleDir.replaceAll('\\', '/')).toBe('/src/equitylens/dist/sample-project');
    expect(dev.rendererDir.replaceAll('\\', '/')).toBe('/src/equitylens/dist/renderer');
    expect(dev.preload.replaceAll('\\', '/')).toBe('/src/equitylens/dist-electron/preload.cjs');
    expect(dev.serviceProcess.replaceAll('\\', '/')).toBe('/src/equitylens/dist-electron/service-process.cjs');
    const packaged = appPaths({ appRoot: '/opt/EquityLens/resources/app.asar', isPackaged: true, resourcesPath: '/opt/EquityLens/resources' });
    expect(packaged.sampleDataDir.replaceAll('\\', '/')).toBe('/opt/EquityLens/resources/sample-data/district');
    // Shipped beside the asar (electron-builder extraResources), built by npm run build:sample.
    expect(packaged.builtSampleDir.replaceAll('\\', '/')).toBe('/opt/EquityLens/resources/sample-project');
    expect(packaged.rendererDir.replaceAll('\\', '/')).toBe('/opt/EquityLens/resources/app.asar/dist/renderer');
  });
});
