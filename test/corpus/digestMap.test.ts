import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DigestMap } from '../../src/corpus/digestMap';

const sha = (s: string) => createHash('sha256').update(s).digest();

describe('DigestMap', () => {
  it('get returns what set stored, as a Map keyed by tag and hex does, through growth and replacement', () => {
    // Digests share their first bytes in small families, so probing runs past equal hashes.
    const digest = fc.tuple(fc.integer({ min: 0, max: 7 }), fc.uint8Array({ minLength: 28, maxLength: 28 }))
      .map(([family, tail]) => Uint8Array.from([family, 0, 0, 0, ...tail]));
    const op = fc.tuple(fc.integer({ min: 1, max: 3 }), digest, fc.nat());
    fc.assert(fc.property(fc.array(op, { maxLength: 400 }), fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), digest), { maxLength: 50 }), (ops, probes) => {
      const m = new DigestMap();
      const ref = new Map<string, number>();
      const key = (t: number, d: Uint8Array) => `${t}:${Buffer.from(d).toString('hex')}`;
      for (const [t, d, v] of ops) {
        m.set(t, d, v);
        ref.set(key(t, d), v);
      }
      expect(m.size).toBe(ref.size);
      for (const [t, d] of ops) expect(m.get(t, d)).toBe(ref.get(key(t, d)));
      for (const [t, d] of probes) expect(m.get(t, d)).toBe(ref.get(key(t, d)));
    }), { numRuns: 200 });
  });

  it('keeps the same digest under two tags apart', () => {
    const m = new DigestMap();
    m.set(1, sha('a'), 10);
    m.set(2, sha('a'), 20);
    expect([m.get(1, sha('a')), m.get(2, sha('a')), m.get(3, sha('a')), m.size]).toEqual([10, 20, undefined, 2]);
  });

  it('holds 100,000 SHA-256 digests in flat arrays', () => {
    const m = new DigestMap();
    for (let i = 0; i < 100_000; i++) m.set(1, sha(String(i)), i);
    expect(m.size).toBe(100_000);
    expect(m.get(1, sha('99999'))).toBe(99_999);
    expect(m.get(1, sha('100000'))).toBeUndefined();
  });

  it.each([
    ['tag 0 (the empty mark)', () => new DigestMap().set(0, sha('a'), 1), /tag must be 1–255/],
    ['a short digest', () => new DigestMap().set(1, new Uint8Array(16), 1), /32 bytes, got 16/],
    ['a negative value', () => new DigestMap().set(1, sha('a'), -1), /whole number below 2\^32/],
  ])('set rejects %s', (_, call, message) => {
    expect(call).toThrow(message);
  });
});
