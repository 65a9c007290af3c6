// Checks a workbook (a zip) before it is read: every part is inflated once, counting bytes and throwing the
// output away, so that a zip bomb is refused after at most the limit, whatever sizes its directory declares.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { ImportFailure } from '../import-failure';
import { MAX_INFLATE_RATIO, MAX_INFLATED_BYTES, MAX_SHARED_STRINGS_BYTES, megabytes } from './limits';

interface ZipPart {
  name: string;
  method: number;
  packed: number;
  declared: number;
  headerOffset: number;
}

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export async function checkWorkbookZip(file: string, fileName: string): Promise<void> {
  const handle = fs.openSync(file, 'r');
  try {
    const parts = readDirectory(handle, fs.fstatSync(handle).size, fileName);
    const tooBig = () => new ImportFailure(`${fileName} unpacks to more than ${megabytes(MAX_INFLATED_BYTES)}, which is more than EquityLens reads from one workbook (it may be a "zip bomb"). Save the sheet you need as CSV and import that.`);
    let total = 0;
    for (const part of parts) {
      const partLimit = /sharedStrings\.xml$/i.test(part.name) ? MAX_SHARED_STRINGS_BYTES : MAX_INFLATED_BYTES;
      if (part.declared > partLimit || (part.declared > 10 * 1024 ** 2 && part.declared > part.packed * MAX_INFLATE_RATIO)) throw tooBig();
      total += await inflatedSize(handle, part, Math.min(partLimit, MAX_INFLATED_BYTES - total), tooBig);
    }
  } finally {
    fs.closeSync(handle);
  }
}

function readDirectory(handle: number, size: number, fileName: string): ZipPart[] {
  const damaged = () => new ImportFailure(`${fileName} could not be read as an Excel workbook: it may be damaged or password-protected.`);
  const tailLength = Math.min(size, 65_557);
  const tail = Buffer.alloc(tailLength);
  fs.readSync(handle, tail, 0, tailLength, size - tailLength);
  let end = -1;
  for (let i = tailLength - 22; i >= 0; i--) if (tail.readUInt32LE(i) === END_SIGNATURE) { end = i; break; }
  if (end < 0) throw damaged();
  const count = tail.readUInt16LE(end + 10);
  const directoryBytes = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  // Zip64 (over 4 GB or 65,535 parts) is far beyond any workbook EquityLens reads.
  if (count === 0xffff || directoryOffset === 0xffffffff || directoryOffset + directoryBytes > size) throw damaged();
  const directory = Buffer.alloc(directoryBytes);
  fs.readSync(handle, directory, 0, directoryBytes, directoryOffset);
  const parts: ZipPart[] = [];
  for (let at = 0, i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== ENTRY_SIGNATURE) throw damaged();
    const nameLength = directory.readUInt16LE(at + 28);
    parts.push({
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      method: directory.readUInt16LE(at + 10),
      packed: directory.readUInt32LE(at + 20),
      declared: directory.readUInt32LE(at + 24),
      headerOffset: directory.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
  }
  return parts;
}

/** Inflates one part and counts its bytes, stopping at `limit`. */
async function inflatedSize(handle: number, part: ZipPart, limit: number, tooBig: () => ImportFailure): Promise<number> {
  const local = Buffer.alloc(30);
  fs.readSync(handle, local, 0, 30, part.headerOffset);
  if (local.readUInt32LE(0) !== LOCAL_SIGNATURE) return 0;
  const start = part.headerOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (part.method === 0) {
    if (part.packed > limit) throw tooBig();
    return part.packed;
  }
  if (part.method !== 8) return 0;
  const inflate = zlib.createInflateRaw();
  let total = 0;
  return new Promise<number>((resolve, reject) => {
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        reject(tooBig());
      }
    });
    // A damaged part is left for the workbook reader to report.
    inflate.on('error', () => resolve(total));
    inflate.on('end', () => resolve(total));
    const buffer = Buffer.alloc(1024 * 1024);
    const pump = (position: number, left: number) => {
      if (left <= 0 || inflate.destroyed) return void inflate.end();
      const read = fs.readSync(handle, buffer, 0, Math.min(buffer.length, left), position);
      if (read === 0) return void inflate.end();
      const more = inflate.write(Buffer.from(buffer.subarray(0, read)));
      const next = () => pump(position + read, left - read);
      if (more) setImmediate(next);
      else inflate.once('drain', next);
    };
    pump(start, part.packed);
  });
}
