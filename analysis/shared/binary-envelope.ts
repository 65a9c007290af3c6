// Encodes a result envelope holding Uint8Arrays (Arrow bytes) as one binary body for HTTP, and back.
// Pure and DOM-free: the web host encodes, the renderer's HTTP client decodes.
// Layout: [uint32 LE header length][header JSON, UTF-8][blob 0][blob 1]...

const BLOB_KEY = '__equitylens_blob__';

export function encodeEnvelope(value: unknown): Uint8Array {
  const blobs: Uint8Array[] = [];
  const body = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Uint8Array) {
      blobs.push(item);
      return { [BLOB_KEY]: blobs.length - 1 };
    }
    return item;
  });
  const headerBytes = new TextEncoder().encode(JSON.stringify({ lengths: blobs.map((b) => b.byteLength), body }));
  const total = 4 + headerBytes.byteLength + blobs.reduce((sum, blob) => sum + blob.byteLength, 0);
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, headerBytes.byteLength, true);
  out.set(headerBytes, 4);
  let offset = 4 + headerBytes.byteLength;
  for (const blob of blobs) {
    out.set(blob, offset);
    offset += blob.byteLength;
  }
  return out;
}

export function decodeEnvelope(bytes: Uint8Array): unknown {
  if (bytes.byteLength < 4) throw new Error('The response is too short to be an EquityLens envelope');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  if (4 + headerLength > bytes.byteLength) throw new Error('The response envelope is truncated');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as { lengths: number[]; body: string };
  const starts: number[] = [];
  let offset = 4 + headerLength;
  for (const length of header.lengths) {
    starts.push(offset);
    offset += length;
  }
  if (offset > bytes.byteLength) throw new Error('The response envelope is truncated');
  return JSON.parse(header.body, (_key, item: unknown) => {
    if (item && typeof item === 'object' && BLOB_KEY in item) {
      const index = (item as Record<string, number>)[BLOB_KEY]!;
      return bytes.slice(starts[index], starts[index]! + header.lengths[index]!);
    }
    return item;
  });
}
