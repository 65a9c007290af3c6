// Re-encodes a text file as UTF-8, streaming, for encodings DuckDB's CSV reader does not take (UTF-16 big-endian).
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { textDecoderFor, type TextEncoding } from './text-encoding';

export async function transcodeToUtf8(source: string, target: string, encoding: TextEncoding): Promise<void> {
  const decoder = textDecoderFor(encoding);
  let first = true;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      let text = decoder.decode(chunk, { stream: true });
      // The decoder keeps a BOM as U+FEFF; the UTF-8 copy does not need it.
      if (first) text = text.replace(/^\uFEFF/, '');
      first = false;
      callback(null, Buffer.from(text, 'utf8'));
    },
    flush(callback) {
      callback(null, Buffer.from(decoder.decode(), 'utf8'));
    },
  });
  await pipeline(fs.createReadStream(source, { highWaterMark: 1024 * 1024 }), transform, fs.createWriteStream(target));
}
