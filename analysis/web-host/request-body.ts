// Reads a service call's JSON body within the size limit. Whatever arrives (too large, not JSON, cut off),
// the caller gets a status and a sentence to answer with: the connection is never simply reset, which the
// renderer would report as "the service cannot be reached".
import type { IncomingMessage } from 'node:http';

/**
 * The largest body a valid request can need: a rubric template of 2,000,000 characters (the import
 * schema's limit), JSON-escaped at up to 6 bytes a character, with room for the rest of the request.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** An oversized body is read and thrown away up to this much, so the answer reaches the client; beyond it, the connection is cut. */
const DRAIN_BYTES = 64 * 1024 * 1024;

export type BodyResult = { ok: true; payload: unknown } | { ok: false; status: number; message: string };

export function readJsonBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const tooLarge: BodyResult = { ok: false, status: 413, message: `The request is larger than ${Math.round(limit / 1024 ** 2)} MB, more than any EquityLens request needs.` };
  const declared = Number(request.headers['content-length'] ?? NaN);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (!settled) resolve(result);
      settled = true;
    };
    if (Number.isFinite(declared) && declared > DRAIN_BYTES) {
      settle(tooLarge);
      request.resume();
      return;
    }
    request.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) chunks.push(chunk);
      else if (size > DRAIN_BYTES) request.destroy();
    });
    request.on('end', () => {
      if (size > limit) return settle(tooLarge);
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        settle({ ok: true, payload: text.length === 0 ? {} : JSON.parse(text) });
      } catch {
        settle({ ok: false, status: 400, message: 'The request body is not valid JSON.' });
      }
    });
    request.on('error', () => settle({ ok: false, status: 400, message: 'The request did not arrive whole. Try again.' }));
    request.on('close', () => settle(size > limit ? tooLarge : { ok: false, status: 400, message: 'The request did not arrive whole. Try again.' }));
  });
}
