import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameStore } from '../../src/corpus/nameStore';

describe('NameStore', () => {
  it('get returns each string add kept, on random strings (Arabic, astral, empty)', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', 'أخبار/001.txt', '0000/p0000000.txt')), { maxLength: 50 }), (xs) => {
      const names = new NameStore();
      const at = xs.map((x) => names.add(x));
      expect(names.size).toBe(xs.length);
      expect(at.map((a) => names.get(a))).toEqual(xs);
    }), { numRuns: 300 });
  });

  it('keeps strings across its 1 MB chunks, none split between two', () => {
    const names = new NameStore();
    const xs = Array.from({ length: 3000 }, (_, i) => `${String(i).padStart(5, '0')}/${'تقرير'.repeat(40)}.txt`); // ~415 bytes each
    const at = xs.map((x) => names.add(x));
    expect(at.map((a) => names.get(a))).toEqual(xs);
    expect(at.some((a) => a >= 2 ** 20)).toBe(true);
    const big = 'x'.repeat(65535);
    expect(names.get(names.add(big))).toBe(big);
  });

  it('refuses a name over 65,535 bytes, and a number it did not give', () => {
    const names = new NameStore();
    expect(() => names.add('ب'.repeat(40000))).toThrow(/at most 65535 bytes in UTF-8, got 80000/);
    names.add('a');
    expect(() => names.get(5 * 2 ** 20)).toThrow(/no name at/);
  });
});
