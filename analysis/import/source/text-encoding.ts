// Which encoding a text export is in, from its first bytes: a BOM, the NUL pattern of UTF-16, valid UTF-8,
// else Latin-1 (Windows exports). Binary files that only pretend to be text are refused here.
import { ImportFailure } from '../import-failure';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'latin-1';

export function detectTextEncoding(sample: Uint8Array): TextEncoding {
  if ((sample[0] === 0xff && sample[1] === 0xfe && sample[2] === 0 && sample[3] === 0) || (sample[0] === 0 && sample[1] === 0 && sample[2] === 0xfe && sample[3] === 0xff)) {
    throw new ImportFailure('This file is saved as UTF-32 text, which EquityLens does not read. Save it as UTF-8 (in Excel: "CSV UTF-8") and import that.');
  }
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8-bom';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return utf16;
  if (looksBinary(sample)) {
    throw new ImportFailure('This file is not text: it holds binary data. Export the data as CSV, XLSX, Parquet or JSON and try again.');
  }
  // A file with UTF-8 characters and a few invalid bytes mixes encodings: read it as UTF-8, and the lines
  // that are not UTF-8 are rejected and listed (reading it all as Latin-1 would garble every other line).
  const { multibyte, invalid } = utf8Census(sample);
  return invalid === 0 || multibyte > 0 ? 'utf-8' : 'latin-1';
}

/** ASCII text in UTF-16 has a NUL in every other byte: even bytes for big-endian, odd for little-endian. */
function utf16WithoutBom(sample: Uint8Array): TextEncoding | null {
  const pairs = Math.min(Math.floor(sample.length / 2), 2048);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenNul++;
    if (sample[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** NUL bytes, or many control characters other than tab and line breaks, mean this is not a text export. */
function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.02;
}

/** Valid multi-byte UTF-8 characters and invalid bytes in the sample (a character cut off at its end is neither). */
export function utf8Census(sample: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < sample.length) {
    const byte = sample[i]!;
    const length = byte < 0x80 ? 1 : byte >> 5 === 0x06 ? 2 : byte >> 4 === 0x0e ? 3 : byte >> 3 === 0x1e ? 4 : 0;
    let valid = length > 0;
    for (let k = 1; valid && k < length && i + k < sample.length; k++) valid = sample[i + k]! >> 6 === 0x02;
    if (!valid) {
      invalid++;
      i++;
      continue;
    }
    if (length > 1 && i + length <= sample.length) multibyte++;
    i += length;
  }
  return { multibyte, invalid };
}

/** The decoder for a detected encoding (Latin-1 read as Windows-1252, which is what "Latin-1" exports really are). */
export function textDecoderFor(encoding: TextEncoding): InstanceType<typeof TextDecoder> {
  switch (encoding) {
    case 'utf-16le':
      return new TextDecoder('utf-16le');
    case 'utf-16be':
      return new TextDecoder('utf-16be');
    case 'latin-1':
      return new TextDecoder('windows-1252');
    default:
      return new TextDecoder('utf-8');
  }
}
