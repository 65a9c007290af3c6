// The HTTP body format: envelopes with Arrow bytes survive the trip unchanged.
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from '../../analysis/shared/binary-envelope';

describe('binary envelope', () => {
  it('round-trips nested values and several byte arrays in place', () => {
    const a = new Uint8Array([1, 2, 3]);
    const b = new Uint8Array(1000).map((_, i) => i % 251);
    const value = { ok: true, value: { first: a, list: [{ name: 'x', bytes: b }, 'text', 3.5, null], empty: new Uint8Array(0) } };
    const decoded = decodeEnvelope(encodeEnvelope(value)) as typeof value;
    expect(decoded.value.first).toEqual(a);
    expect((decoded.value.list[0] as { bytes: Uint8Array }).bytes).toEqual(b);
    expect(decoded.value.list.slice(1)).toEqual(['text', 3.5, null]);
    expect(decoded.value.empty).toEqual(new Uint8Array(0));
  });

  it('round-trips an error envelope with no bytes', () => {
    const error = { ok: false, error: { code: 'no_project', message: 'Open a review project first.' } };
    expect(decodeEnvelope(encodeEnvelope(error))).toEqual(error);
  });

  it('rejects truncated bodies', () => {
    const bytes = encodeEnvelope({ ok: true, value: new Uint8Array(50) });
    expect(() => decodeEnvelope(bytes.subarray(0, 2))).toThrow(/too short/);
    expect(() => decodeEnvelope(bytes.subarray(0, bytes.length - 10))).toThrow(/truncated/);
  });
});
