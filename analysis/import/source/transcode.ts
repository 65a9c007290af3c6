// Re-encodes a text file as UTF-8, streaming, for what DuckDB's CSV reader does not take as is: UTF-16
// big-endian, Windows-1252, line endings of mixed styles, and Excel's `sep=` first line.
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { ImportFailure } from '../import-failure';
import { MAX_TEMP_BYTES, megabytes } from './limits';
import { textDecoderFor, type TextEncoding } from './text-encoding';

export interface TranscodeOptions {
  /** Every carriage return, alone or before a line feed, becomes one line feed. */
  lineFeeds?: boolean;
  /** Drops the first line (Excel's `sep=;`). */
  skipFirstLine?: boolean;
}

export async function transcodeToUtf8(source: string, target: string, encoding: TextEncoding, options: TranscodeOptions = {}): Promise<void> {
  const decoder = textDecoderFor(encoding);
  let first = true;
  let skipping = options.skipFirstLine ?? false;
  // A chunk that ends in a carriage return waits: the next may start with its line feed.
  let pendingReturn = false;
  let written = 0;
  const convert = (decoded: string, last: boolean): Buffer => {
    let text = decoded;
    // The decoder keeps a BOM as U+FEFF; the UTF-8 copy does not need it.
    if (first) text = text.replace(/^\uFEFF/, '');
    first = false;
    if (options.lineFeeds) {
      text = (pendingReturn ? '\r' : '') + text;
      pendingReturn = !last && text.endsWith('\r');
      if (pendingReturn) text = text.slice(0, -1);
      text = text.replace(/\r\n?/g, '\n');
    }
    if (skipping) {
      const end = text.search(/\r\n|\n|\r/);
      if (end < 0) return Buffer.alloc(0);
      text = text.slice(end + (text.startsWith('\r\n', end) ? 2 : 1));
      skipping = false;
    }
    const bytes = Buffer.from(text, 'utf8');
    written += bytes.length;
    if (written > MAX_TEMP_BYTES) throw new ImportFailure(`The UTF-8 copy of this file would be larger than ${megabytes(MAX_TEMP_BYTES)}, more temporary disk than EquityLens uses for one import. Save it as UTF-8 (in Excel: "CSV UTF-8"), or split it, and import that.`);
    return bytes;
  };
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        callback(null, convert(decoder.decode(chunk, { stream: true }), false));
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback) {
      try {
        callback(null, convert(decoder.decode(), true));
      } catch (error) {
        callback(error as Error);
      }
    },
  });
  await pipeline(fs.createReadStream(source, { highWaterMark: 1024 * 1024 }), transform, fs.createWriteStream(target));
}
