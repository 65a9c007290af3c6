// POST /upload: a browser's file for import, streamed to disk under the service's data folder (never held in
// memory), up to a size limit. Answers with the path to import from: the file stays on this computer.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import type { Result } from '../api';
import { isRunning } from '../import/source/temp-files';
import { failure, success } from '../service/envelope';

/** District exports are large but not this large; anything bigger is refused while it streams. */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
/** Uploads from before folders carried their host's process id are removed once this old. */
const KEEP_MS = 24 * 60 * 60 * 1000;

export interface UploadedFile {
  path: string;
  fileName: string;
  bytes: number;
}

/** A file name safe to keep (the import log shows it): no folders, no control characters, not too long. */
export function safeUploadName(name: string | null): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[. ]+|[. ]+$/g, '')
    .slice(-200);
  return cleaned || 'upload';
}

export async function receiveUpload(request: IncomingMessage, uploadDir: string, fileName: string | null, limit = MAX_UPLOAD_BYTES): Promise<Result<UploadedFile>> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return failure('bad_request', `The file is larger than ${Math.round(limit / 1024 ** 3)} GB, the most EquityLens accepts in the browser. Use the desktop app or the command line.`);
  }
  // The host's process id names the folder: a later start removes what a killed host left behind.
  const dir = path.join(uploadDir, `${process.pid}-${crypto.randomUUID()}`);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, safeUploadName(fileName));
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.byteLength;
      callback(bytes > limit ? new Error('too large') : null, chunk);
    },
  });
  try {
    await pipeline(request, counter, fs.createWriteStream(target, { flags: 'wx' }));
    if (bytes === 0) throw new Error('empty');
    return success({ path: target, fileName: path.basename(target), bytes });
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : '';
    if (reason === 'too large') return failure('bad_request', `The file is larger than ${Math.round(limit / 1024 ** 3)} GB, the most EquityLens accepts in the browser.`);
    if (reason === 'empty') return failure('bad_request', 'The file is empty (0 bytes): there is nothing to import.');
    return failure('bad_request', 'The upload did not finish. Try again.');
  }
}

/** Removes uploads left by hosts that no longer run (the file holds student rows); a running host's stay. */
export function removeOldUploads(uploadDir: string, now = Date.now()): void {
  if (!fs.existsSync(uploadDir)) return;
  for (const entry of fs.readdirSync(uploadDir, { withFileTypes: true })) {
    const full = path.join(uploadDir, entry.name);
    const owner = /^(\d+)-/.exec(entry.name);
    try {
      if (owner ? !isRunning(Number(owner[1])) : now - fs.statSync(full).mtimeMs > KEEP_MS) fs.rmSync(full, { recursive: true, force: true });
    } catch {
      // Another host may be removing it at the same time.
    }
  }
}

/** Removes an upload once its import is over: the folder the host made for it, and only inside uploadDir. */
export function removeUpload(uploadDir: string, file: string): void {
  const folder = path.dirname(path.resolve(file));
  if (path.dirname(folder) !== path.resolve(uploadDir)) return;
  fs.rmSync(folder, { recursive: true, force: true });
}
