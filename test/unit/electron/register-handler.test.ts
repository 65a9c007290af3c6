// The IPC helper: refuses unknown senders and invalid payloads with envelopes; passes valid calls through.
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { WebContents } from 'electron';
import type { Result } from '../../../analysis/api';
import { REQUEST_SCHEMAS } from '../../../analysis/service/request-schemas';
import { success } from '../../../analysis/service/envelope';
import { createHandlerRegistry, type HandlerRegistry } from '../../../electron/ipc/register-handler';
import { FakeWebContents, ipcMain } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const CHANNEL = 'service:openProject';
const mainContents = new FakeWebContents();
const appFrame = { url: 'app://equitylens/index.html' };
const fromApp = { sender: mainContents, senderFrame: appFrame };

let registry: HandlerRegistry;
let handler: Mock<(payload: unknown) => Promise<Result<unknown>>>;
let logged: string[];

beforeEach(() => {
  registry?.removeAll();
  logged = [];
  handler = vi.fn(async (payload: unknown): Promise<Result<unknown>> => success({ received: payload }));
  registry = createHandlerRegistry(
    () => mainContents as unknown as WebContents,
    (channel, reason) => logged.push(`${channel} ${reason}`),
  );
  registry.registerHandler(CHANNEL, REQUEST_SCHEMAS.openProject, handler);
});

describe('registerHandler', () => {
  it('passes a valid payload from the main window to the handler', async () => {
    const result = await ipcMain.invoke(CHANNEL, fromApp, { path: '/reviews/district.duckdb' });
    expect(result).toEqual({ ok: true, value: { received: { path: '/reviews/district.duckdb' } } });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0]?.[0]).toEqual({ path: '/reviews/district.duckdb' });
  });

  it.each([
    ['a remote page', 'https://evil.example/index.html'],
    ['a local file', 'file:///tmp/index.html'],
    ['another host on the app scheme', 'app://other/index.html'],
    ['a port on the app host', 'app://equitylens:8080/index.html'],
    ['about:blank', 'about:blank'],
    ['an empty URL', ''],
  ])('refuses a sender frame on %s', async (_what, url) => {
    const result = await ipcMain.invoke(CHANNEL, { sender: mainContents, senderFrame: { url } }, { path: '/a.duckdb' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame is gone', async () => {
    const result = await ipcMain.invoke(CHANNEL, { sender: mainContents, senderFrame: null }, { path: '/a.duckdb' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a different web contents, even on an app page', async () => {
    const other = new FakeWebContents();
    const result = await ipcMain.invoke(CHANNEL, { sender: other, senderFrame: appFrame }, { path: '/a.duckdb' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses every sender while there is no main window', async () => {
    registry.removeAll();
    createHandlerRegistry(() => null, () => {}).registerHandler(CHANNEL, REQUEST_SCHEMAS.openProject, handler);
    const result = await ipcMain.invoke(CHANNEL, fromApp, { path: '/a.duckdb' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(handler).not.toHaveBeenCalled();
    ipcMain.removeHandler(CHANNEL);
  });

  it('answers an invalid payload with a bad_request envelope naming the field', async () => {
    const result = await ipcMain.invoke(CHANNEL, fromApp, { path: '/etc/passwd' });
    expect(result).toEqual({ ok: false, error: { code: 'bad_request', message: 'path: A review project file ends in .duckdb' } });
    const wrongType = await ipcMain.invoke(CHANNEL, fromApp, { path: 42 });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/^path: /) } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a missing payload and unknown keys', async () => {
    expect(await ipcMain.invoke(CHANNEL, fromApp, undefined)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await ipcMain.invoke(CHANNEL, fromApp, { path: '/a.duckdb', sql: 'DROP TABLE x' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('logs the channel and the reason, never the payload', async () => {
    await ipcMain.invoke(CHANNEL, fromApp, { path: 'Jane Doe 2011-04-02.csv', 'Student 1234567': true });
    await ipcMain.invoke(CHANNEL, { sender: new FakeWebContents(), senderFrame: appFrame }, { path: 'Jane Doe.duckdb' });
    expect(logged).toHaveLength(2);
    for (const line of logged) {
      expect(line.startsWith(`${CHANNEL} `)).toBe(true);
      expect(line).not.toMatch(/Jane|1234567/);
    }
  });

  it('turns a handler that throws into an internal envelope instead of a rejected invoke', async () => {
    registry.removeAll();
    registry.registerHandler(CHANNEL, REQUEST_SCHEMAS.openProject, () => {
      throw new Error('SELECT * FROM students WHERE name = Jane');
    });
    const result = await ipcMain.invoke(CHANNEL, fromApp, { path: '/a.duckdb' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('Jane');
    expect(logged.join('\n')).not.toContain('Jane');
  });
});
