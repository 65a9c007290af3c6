// Browser uploads for import: only with the token, streamed to the data folder under a safe name, refused
// when too large or empty (leaving nothing behind), and importable by the path the host answers with.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../analysis/service/create-service';
import { decodeEnvelope } from '../../analysis/shared/binary-envelope';
import { receiveUpload, safeUploadName } from '../../analysis/web-host/upload';
import { startWebHost, type WebHost } from '../../analysis/web-host/web-host';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const uploads = path.join(temp.dir, 'data', 'uploads');
const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: path.join(temp.dir, 'none'), builtSampleDir: path.join(temp.dir, 'none'), appVersion: 'test', host: 'web' });
let host: WebHost;

beforeAll(async () => {
  fs.mkdirSync(path.join(temp.dir, 'static'));
  host = await startWebHost({ service, staticDir: path.join(temp.dir, 'static'), uploadDir: uploads });
});
afterAll(async () => {
  await host.close();
  await service.dispose();
  temp.remove();
});

function upload(name: string, body: string | Buffer, headers: Record<string, string> = { Authorization: `Bearer ${host.token}` }) {
  return new Promise<{ status: number; envelope: { ok: boolean; value?: { path: string; fileName: string; bytes: number }; error?: { message: string } } }>((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: host.port, path: `/upload?name=${encodeURIComponent(name)}`, method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, envelope: decodeEnvelope(new Uint8Array(Buffer.concat(chunks))) as never }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('upload route', () => {
  it('refuses an upload without the token', async () => {
    const result = await upload('x.csv', 'a,b\n1,2\n', {});
    expect(result.status).toBe(401);
    expect(fs.existsSync(uploads) ? fs.readdirSync(uploads) : []).toEqual([]);
  });

  it('stores the file under the data folder, keeping a safe version of its name, and it imports from there', async () => {
    const csv = 'StudentID,SchoolYear,SchoolCode\n0001,2023-24,0101\n0002,2023-24,0102\n';
    const result = await upload('../../etc/enrollment.csv', csv);
    expect(result.status).toBe(200);
    const value = result.envelope.value!;
    expect(value.fileName).toBe('enrollment.csv');
    expect(value.bytes).toBe(csv.length);
    expect(path.dirname(path.dirname(value.path))).toBe(uploads);
    expect(fs.readFileSync(value.path, 'utf8')).toBe(csv);
    expect((await service.createProject({ path: path.join(temp.dir, 'r.duckdb'), name: 'R', districtName: 'D' })).ok).toBe(true);
    const imported = await service.runImport({ taskId: 'upload-task-1', path: value.path });
    expect(imported).toMatchObject({ ok: true, value: { outcome: 'imported', fileName: 'enrollment.csv', quality: { rowsLoaded: 2 } } });
  });

  it('refuses an empty upload', async () => {
    const result = await upload('empty.csv', '');
    expect(result.envelope).toMatchObject({ ok: false, error: { message: expect.stringMatching(/empty/) } });
  });

  it('refuses a file over the size limit while it streams, leaving nothing behind', async () => {
    const dir = path.join(temp.dir, 'limited');
    const body = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]) as unknown as http.IncomingMessage;
    body.headers = {};
    const result = await receiveUpload(body, dir, 'big.csv', 1000);
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/larger than/) } });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('makes names safe', () => {
    expect(safeUploadName('C:\\Users\\x\\Report: 2024?.xlsx')).toBe('Report_ 2024_.xlsx');
    expect(safeUploadName('..')).toBe('upload');
    expect(safeUploadName(null)).toBe('upload');
    expect(safeUploadName('a\u0000b.csv')).toBe('ab.csv');
  });
});
