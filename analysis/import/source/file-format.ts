// Which reader a file needs, from its first bytes (not just its name): XLSX is a zip, Parquet starts with
// PAR1, JSON with [ or {, and anything else is delimited text. Old .xls and empty files are refused here.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportFileFormat } from '../../api';
import { ImportFailure } from '../import-failure';

export const SAMPLE_BYTES = 64 * 1024;

export interface FileProbe {
  path: string;
  fileName: string;
  bytes: number;
  format: ImportFileFormat;
  /** The first SAMPLE_BYTES, for text sniffing. */
  sample: Buffer;
}

export function probeFile(file: string): FileProbe {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ImportFailure(`There is no file at ${file}.`, 'not_found');
  }
  // Checked before anything opens the file: a pipe or a device would never end, and reading blocks.
  if (stat.isDirectory()) throw new ImportFailure(`${file} is a folder, not a file.`);
  if (!stat.isFile()) throw new ImportFailure(`${path.basename(file)} is not a regular file (it is ${specialKind(stat)}); EquityLens imports only ordinary files saved on disk.`);
  const fileName = path.basename(file);
  if (stat.size === 0) throw new ImportFailure(`${fileName} is empty (0 bytes): there is nothing to import.`);
  const sample = readStart(file, SAMPLE_BYTES);
  return { path: file, fileName, bytes: stat.size, format: detectFormat(fileName, sample), sample };
}

function specialKind(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a file';
}

function readStart(file: string, bytes: number): Buffer {
  const handle = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = fs.readSync(handle, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(handle);
  }
}

function detectFormat(fileName: string, sample: Buffer): ImportFileFormat {
  const extension = path.extname(fileName).toLowerCase();
  if (sample.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    if (['.xlsx', '.xlsm'].includes(extension) || sample.includes('xl/')) return 'xlsx';
    throw new ImportFailure(`${fileName} is a zip archive, not a spreadsheet or a data file. Unzip it and import the files inside.`);
  }
  if (sample.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new ImportFailure(`${fileName} is an old Excel (.xls) workbook. Open it in Excel and save it as .xlsx or CSV, then import that.`);
  }
  if (sample.subarray(0, 4).toString('latin1') === 'PAR1') return 'parquet';
  if (extension === '.parquet') throw new ImportFailure(`${fileName} is named .parquet but is not a Parquet file.`);
  const text = sample.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (['.json', '.ndjson', '.jsonl'].includes(extension) || /^[[{]/.test(text)) {
    if (text.startsWith('[')) return 'json';
    if (text.startsWith('{')) return extension === '.json' && !/}\s*\r?\n\s*{/.test(text) ? 'json' : 'ndjson';
    if (['.json', '.ndjson', '.jsonl'].includes(extension)) throw new ImportFailure(`${fileName} is named ${extension} but does not hold JSON records.`);
  }
  if (['.xlsx', '.xlsm'].includes(extension)) throw new ImportFailure(`${fileName} is named ${extension} but is not an Excel workbook (it may be damaged).`);
  return 'csv';
}
