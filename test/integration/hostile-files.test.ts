// Hostile files, tried as an attacker or an unlucky user would: each once crashed the process, ran it out of
// memory or disk, or hung it. Through the command line, every one ends with exit code 0, 1 or 2 within 60 s,
// under 1 GB of memory, with one clear message and the project byte for byte as it was. Through the web host,
// none takes it down: after each upload and import attempt, a chart still draws.
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRunning } from '../../analysis/import/source/temp-files';
import { createService, type EquityLensService } from '../../analysis/service/create-service';
import { decodeEnvelope } from '../../analysis/shared/binary-envelope';
import { startWebHost, type WebHost } from '../../analysis/web-host/web-host';
import { HOSTILE_CASES, makeHostileFixtures, type HostileCase } from '../fixtures/bad-input/make-hostile-fixtures';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir('equitylens-hostile-');
const FIXTURES = path.join(temp.dir, 'fixtures');
const CLI = path.resolve('analysis/cli/equitylens.mjs');
const SEED = path.resolve('test/fixtures/bad-input/header-quotes.csv');
const ONE_GB_KB = 1024 * 1024;

/** Files that are not files: a pipe nobody writes to, and a device that never ends. */
const SPECIAL: HostileCase[] = [
  { file: 'a-pipe.csv', error: /is not a regular file \(it is a pipe\)/ },
  { file: '/dev/zero', error: /is not a regular file \(it is a device\)/ },
];
const fixture = (file: string) => (path.isAbsolute(file) ? file : path.join(FIXTURES, file));
const env = { ...process.env, EQUITYLENS_DATA_DIR: path.join(temp.dir, 'data') };

function cli(args: string[], timeout = 70_000) {
  const started = Date.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', process.execPath, CLI, ...args], { env, encoding: 'utf8', timeout, maxBuffer: 16 * 1024 * 1024 });
  const rss = Number(/maxrss_kb=(\d+)/.exec(run.stderr ?? '')?.[1] ?? NaN);
  return { status: run.status, signal: run.signal, seconds: (Date.now() - started) / 1000, rss, stdout: run.stdout ?? '', stderr: (run.stderr ?? '').split('\n').filter((line) => !/^(Command exited|Command terminated|maxrss_kb=)/.test(line)).join('\n') };
}

beforeAll(async () => {
  await makeHostileFixtures(FIXTURES);
  execFileSync('mkfifo', [path.join(FIXTURES, 'a-pipe.csv')]);
}, 120_000);
afterAll(() => temp.remove());

describe('hostile files through the command line', () => {
  let project: string;
  beforeAll(() => {
    project = path.join(temp.dir, 'cli.duckdb');
    expect(cli(['init', project]).status).toBe(0);
    expect(cli(['import', project, SEED]).status).toBe(0);
  }, 120_000);

  for (const hostile of [...HOSTILE_CASES, ...SPECIAL]) {
    it(`${hostile.file}: exits 0, 1 or 2 within 60 s under 1 GB, ${hostile.error ? 'with its message, the project unchanged' : 'imported'}`, () => {
      const before = fs.readFileSync(project);
      const run = cli(['import', project, fixture(hostile.file), '--kind', 'enrollment', '--replace']);
      expect(run.signal).toBeNull();
      expect([0, 1, 2]).toContain(run.status);
      expect(run.seconds).toBeLessThan(60);
      expect(run.rss).toBeLessThan(ONE_GB_KB);
      if (hostile.error) {
        expect(run.status).not.toBe(0);
        const message = run.stderr.trim();
        expect(message).toMatch(hostile.error);
        // One sentence for the user: no SQL, no stack frames.
        expect(message.split('\n')).toHaveLength(1);
        expect(message).not.toMatch(/\bat .*:\d+:\d+|SELECT |read_csv|read_json|DuckDB|Binder|Parser/);
        expect(fs.readFileSync(project).equals(before)).toBe(true);
      } else {
        expect(run.status, run.stderr).toBe(0);
      }
    }, 90_000);
  }

  it('leaves no import scratch behind (every command above has ended)', () => {
    const left = fs.readdirSync(os.tmpdir()).filter((name) => {
      const owner = /^equitylens-import-(\d+)-/.exec(name);
      return owner !== null && !isRunning(Number(owner[1]));
    });
    expect(left).toEqual([]);
  });
});

describe('hostile files through the web host', () => {
  let service: EquityLensService;
  let host: WebHost;
  const uploads = path.join(temp.dir, 'web-data', 'uploads');

  beforeAll(async () => {
    service = createService({ dataDir: path.join(temp.dir, 'web-data'), sampleDataDir: path.join(temp.dir, 'none'), builtSampleDir: path.join(temp.dir, 'none'), appVersion: 'test', host: 'web' });
    fs.mkdirSync(path.join(temp.dir, 'static'), { recursive: true });
    host = await startWebHost({ service, staticDir: path.join(temp.dir, 'static'), uploadDir: uploads });
    const created = await call('createProject', { path: path.join(temp.dir, 'web.duckdb'), name: 'Web', districtName: 'D' });
    expect(created.ok, created.error?.message).toBe(true);
    const seeded = await call('runImport', { taskId: 'seed-import', path: SEED });
    expect(seeded.ok, seeded.error?.message).toBe(true);
  }, 120_000);
  afterAll(async () => {
    await host?.close();
    await service?.dispose();
  });

  function post(route: string, body: Buffer | string | fs.ReadStream) {
    return new Promise<{ status: number; envelope: { ok: boolean; value?: unknown; error?: { code: string; message: string } } }>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port: host.port, path: route, method: 'POST', headers: { Authorization: `Bearer ${host.token}` } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, envelope: decodeEnvelope(new Uint8Array(Buffer.concat(chunks))) as never }));
      });
      request.on('error', reject);
      if (body instanceof fs.ReadStream) body.pipe(request);
      else request.end(body);
    });
  }
  const call = async (method: string, payload: unknown) => (await post(`/api/${method}`, JSON.stringify(payload))).envelope;

  async function drawChart(): Promise<void> {
    const chart = await call('getEnrollmentByGroup', { groupType: 'sex' });
    expect(chart.ok).toBe(true);
    expect(tableFromIPC(chart.value as Uint8Array).numRows).toBeGreaterThan(0);
  }

  for (const hostile of HOSTILE_CASES) {
    it(`${hostile.file}: uploaded and imported, then a chart still draws; the upload is removed`, async () => {
      const uploaded = await post(`/upload?name=${encodeURIComponent(hostile.file)}`, fs.createReadStream(fixture(hostile.file)));
      expect(uploaded.envelope.ok).toBe(true);
      const file = (uploaded.envelope.value as { path: string }).path;
      const inspected = await call('inspectImportFile', { path: file, kind: 'enrollment' });
      const imported = await call('runImport', { taskId: `hostile-${hostile.file.replace(/[^a-z0-9]/gi, '-')}`, path: file, kind: 'enrollment', onDuplicate: 'replace' });
      if (hostile.error) {
        for (const result of [inspected, imported]) {
          expect(result.ok).toBe(false);
          expect(result.error?.message).toMatch(hostile.error);
        }
      } else expect(imported.ok, imported.error?.message).toBe(true);
      expect(fs.existsSync(path.dirname(file))).toBe(false);
      await drawChart();
    }, 120_000);
  }

  it('a pipe or a device named as the file to import is refused at once, and other calls carry on', async () => {
    const pipes = [1, 2, 3, 4].map((i) => path.join(temp.dir, `pipe-${i}.csv`));
    for (const pipe of pipes) execFileSync('mkfifo', [pipe]);
    const results = await Promise.all([...pipes, '/dev/zero'].map((file) => call('inspectImportFile', { path: file })));
    for (const result of results) expect(result.error?.message).toMatch(/is not a regular file/);
    await drawChart();
  }, 60_000);

  it('answers an oversized request with 413 and a message, and a malformed one with 400', async () => {
    const big = await post('/api/importTemplate', JSON.stringify({ json: 'x'.repeat(17 * 1024 * 1024) }));
    expect(big.status).toBe(413);
    expect(big.envelope.error?.message).toMatch(/larger than 16 MB/);
    const malformed = await post('/api/getProjectInfo', '{"not json');
    expect(malformed.status).toBe(400);
    expect(malformed.envelope.error?.message).toMatch(/not valid JSON/);
    await drawChart();
  });

  it('takes a body as large as the largest request schema allows (a 2,000,000-character template, escaped)', async () => {
    // Every character escaped: 6 bytes each on the wire, 12 MB in all.
    const body = `{"json":"${'\\u00e9'.repeat(1_999_999)}"}`;
    expect(body.length).toBeGreaterThan(11 * 1024 * 1024);
    const result = await post('/api/importTemplate', body);
    expect(result.status).toBe(200);
    // It reached the service, which says what is wrong with the template itself.
    expect(result.envelope.ok).toBe(false);
    expect(result.envelope.error?.code).not.toBe('internal');
    expect(result.envelope.error?.message).not.toMatch(/larger than|not valid JSON/);
  });
});
