import { describe, expect, it } from 'vitest';
import { FNV1A_BASIS, fnv1a32, fnv1aSpan } from '../../src/corpus/fnv1a';

// Reference values: the FNV test suite (Fowler/Noll/Vo, http://www.isthe.com/chongo/src/fnv/test_fnv.c), FNV-1a 32-bit.
const REFERENCE: [string, number][] = [
  ['', 0x811c9dc5],
  ['a', 0xe40c292c],
  ['foobar', 0xbf9cf968],
];

describe('fnv1a32', () => {
  it.each(REFERENCE)('hashes %j like the reference', (s, h) => {
    expect(fnv1a32(s)).toBe(h);
  });
});

describe('fnv1aSpan', () => {
  it.each(REFERENCE)('hashes %j inside a longer text like the reference', (s, h) => {
    const text = `«${s}»`;
    expect(fnv1aSpan(text, 1, 1 + s.length)).toBe(h);
  });

  it('starts from the basis it is given (the empty span is the basis)', () => {
    expect(fnv1aSpan('abc', 1, 1, 12345)).toBe(12345);
    expect(fnv1aSpan('abc', 0, 3, FNV1A_BASIS)).toBe(fnv1a32('abc'));
    expect(fnv1aSpan('abc', 0, 3, FNV1A_BASIS ^ 7)).not.toBe(fnv1a32('abc'));
  });
});
