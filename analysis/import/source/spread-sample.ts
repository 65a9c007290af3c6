// A sample of lines from all through a large text file (not only its head), so that codes which appear
// only later (next year's rows in a file sorted by year) are in the profile the mapping is built from.
import fs from 'node:fs';

/** Chunks read across the file, and their size: about 2 MB of a file of any size. */
const CHUNKS = 16;
const CHUNK_BYTES = 128 * 1024;

/**
 * Writes `header` and the whole lines of CHUNKS evenly spaced chunks of `file` to `target`. Lines are cut at
 * line feeds, so a quoted field with a line break can spoil a sampled line: the profile reads it leniently.
 */
export function writeSpreadSample(file: string, bytes: number, header: string, target: string): boolean {
  if (bytes < CHUNKS * CHUNK_BYTES * 2) return false;
  const handle = fs.openSync(file, 'r');
  const out = fs.openSync(target, 'w');
  try {
    fs.writeSync(out, `${header}\n`);
    const buffer = Buffer.alloc(CHUNK_BYTES);
    for (let i = 1; i <= CHUNKS; i++) {
      const start = Math.floor((bytes * i) / (CHUNKS + 1));
      const read = fs.readSync(handle, buffer, 0, CHUNK_BYTES, start);
      const chunk = buffer.subarray(0, read);
      const first = chunk.indexOf(10);
      const last = chunk.lastIndexOf(10);
      if (first < 0 || last <= first) continue;
      fs.writeSync(out, chunk.subarray(first + 1, last + 1));
    }
    return true;
  } finally {
    fs.closeSync(handle);
    fs.closeSync(out);
  }
}
