// Checks a JSON or NDJSON file's shape before DuckDB reads it: how deep values nest and how many keys a record
// has. One streaming pass over the bytes, stopping at the first limit passed.
import fs from 'node:fs';
import { ImportFailure } from '../import-failure';
import { MAX_COLUMNS, MAX_JSON_DEPTH, tooManyColumns } from './limits';

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

export function checkJsonShape(file: string, fileName: string, recordDepth: number): void {
  const handle = fs.openSync(file, 'r');
  const buffer = Buffer.alloc(1024 * 1024);
  let depth = 0;
  let inString = false;
  let escaped = false;
  let keys = 0;
  try {
    for (let read = fs.readSync(handle, buffer); read > 0; read = fs.readSync(handle, buffer)) {
      for (let i = 0; i < read; i++) {
        const byte = buffer[i]!;
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE) inString = false;
          continue;
        }
        if (byte === QUOTE) inString = true;
        else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
          if (++depth > MAX_JSON_DEPTH) throw new ImportFailure(`${fileName} has values nested more than ${MAX_JSON_DEPTH} levels deep; EquityLens reads records of plain values. Export the data flat (one column per field).`);
          if (depth === recordDepth) keys = 0;
        } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth--;
        else if (byte === COLON && depth === recordDepth && ++keys > MAX_COLUMNS) {
          throw new ImportFailure(tooManyColumns(fileName, null));
        }
      }
    }
  } finally {
    fs.closeSync(handle);
  }
}
