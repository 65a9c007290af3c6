// A fresh temporary folder per test file, removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function makeTempDir(prefix = 'equitylens-test-'): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Bytes of a file, to prove a failed step left it exactly as it was. */
export function fileBytes(file: string): Buffer {
  return fs.readFileSync(file);
}
