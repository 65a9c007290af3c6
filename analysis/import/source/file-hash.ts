// The SHA-256 of a file, read as a stream (never whole into memory), with its line count on the way:
// the hash finds files imported before; the line count tells whether report line numbers are exact.
import crypto from 'node:crypto';
import fs from 'node:fs';

export interface FileDigest {
  sha256: string;
  /** Line feeds in the file. */
  lineFeeds: number;
}

export function digestFile(file: string, signal?: AbortSignal): Promise<FileDigest> {
  return new Promise((resolve, reject) => {
    // A pipe or a device never ends: only regular files are hashed (the reader says what is wrong with the rest).
    try {
      if (!fs.statSync(file).isFile()) return reject(new Error('not a regular file'));
    } catch (error) {
      return reject(error as Error);
    }
    const hash = crypto.createHash('sha256');
    let lineFeeds = 0;
    const stream = fs.createReadStream(file, { highWaterMark: 1024 * 1024 });
    const abort = () => stream.destroy(new Error('aborted'));
    signal?.addEventListener('abort', abort, { once: true });
    stream.on('data', (chunk) => {
      const bytes = chunk as Buffer;
      hash.update(bytes);
      for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lineFeeds++;
    });
    stream.on('error', (error) => {
      signal?.removeEventListener('abort', abort);
      reject(error);
    });
    stream.on('end', () => {
      signal?.removeEventListener('abort', abort);
      resolve({ sha256: hash.digest('hex'), lineFeeds });
    });
  });
}

/** Digests of files seen lately, by path, size and modification time: re-inspecting a 1 GB file after each mapping edit must not read it again. */
const recent = new Map<string, Promise<FileDigest>>();
const RECENT_MAX = 32;

export function digestFileCached(file: string, signal?: AbortSignal): Promise<FileDigest> {
  let key: string;
  try {
    const stat = fs.statSync(file);
    key = `${file}\u0001${stat.size}\u0001${stat.mtimeMs}`;
  } catch {
    return digestFile(file, signal);
  }
  const known = recent.get(key);
  if (known) return known;
  const digest = digestFile(file, signal);
  recent.set(key, digest);
  // A failed or cancelled digest is not remembered.
  digest.catch(() => recent.delete(key));
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
  return digest;
}
