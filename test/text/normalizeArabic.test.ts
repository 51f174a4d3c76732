import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import fc from 'fast-check';
import { normalizeArabic, toOriginalSpan } from '../../src/text/normalizeArabic';
import type { NormalizeOptions } from '../../src/text/normalizeArabic';
import { matchKey } from '../../src/text/matchKey';

interface Case { input: string; expected: string; options?: NormalizeOptions; note: string }
const cases = parse(readFileSync(path.join(__dirname, 'cases/normalize.yaml'), 'utf8')) as Case[];

// Characters the steps act on, mixed with ordinary Arabic and Latin, for property tests.
const ALPHABET = ['ا', 'أ', 'إ', 'آ', 'ٱ', 'ى', 'ة', 'ب', 'ل', 'و', 'ـ', '.', 'َ', 'ّ', 'ٰ', 'ﻻ', 'ﷲ', '\u200f', '\u202b', '\ufeff', '\u061c', 'ی', 'ک', '٣', '۴', 'A', 'b', ' ', '😀', '،'];
const arabicish = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }).map((a) => a.join(''));

describe('normalizeArabic', () => {
  it.each(cases.map((c) => [c.note, c] as const))('case: %s', (_note, c) => {
    expect(normalizeArabic(c.input, c.options).text).toBe(c.expected);
  });

  it('maps every normalized unit to an original span that produced it', () => {
    fc.assert(fc.property(arabicish, (s) => {
      const n = normalizeArabic(s);
      for (let k = 0; k < n.text.length; k++) {
        const [a, b] = toOriginalSpan(n, k, k + 1);
        expect(a).toBeLessThan(b);
        const orig = s.slice(a, b);
        // The normalized unit comes from normalizing exactly that original span on its own.
        expect(normalizeArabic(orig.normalize('NFKC')).text + normalizeArabic(orig).text).toContain(n.text[k]);
      }
    }));
  });

  it('keeps spans ordered and inside the original', () => {
    fc.assert(fc.property(arabicish, (s) => {
      const n = normalizeArabic(s);
      let last = 0;
      for (let k = 0; k < n.text.length; k++) {
        expect(n.map.start[k]).toBeGreaterThanOrEqual(last);
        expect(n.map.end[k]).toBeLessThanOrEqual(s.length);
        last = n.map.start[k];
      }
    }));
  });
});

describe('toOriginalSpan', () => {
  it('maps a word span over removed diacritics back to the original word', () => {
    const s = 'قَالَ الوزيرُ';
    const n = normalizeArabic(s);
    expect(n.text).toBe('قال الوزير');
    const i = n.text.indexOf('الوزير');
    const [a, b] = toOriginalSpan(n, i, i + 'الوزير'.length);
    expect(s.slice(a, b)).toBe('الوزير');
  });
  it('maps an NFKC expansion to its single source character', () => {
    const n = normalizeArabic('xﻻy');
    expect(n.text).toBe('xلاy');
    expect(toOriginalSpan(n, 1, 2)).toEqual([1, 2]);
    expect(toOriginalSpan(n, 2, 3)).toEqual([1, 2]);
  });
  it('rejects spans outside the normalized text', () => {
    expect(() => toOriginalSpan(normalizeArabic('اب'), 1, 5)).toThrow(RangeError);
  });
});

describe('matchKey', () => {
  it('agrees with normalizeArabic plus ة → ه and lower case', () => {
    fc.assert(fc.property(arabicish, (s) => {
      expect(matchKey(s)).toBe(normalizeArabic(s, { foldTehMarbuta: true }).text.toLowerCase());
    }));
  });
  it('folds the usual spelling variants to one key', () => {
    expect(matchKey('الأسد')).toBe(matchKey('الاسد'));
    expect(matchKey('المصالحة')).toBe('المصالحه');
    expect(matchKey('PKK')).toBe('pkk');
  });
  it('agrees with normalizeArabic on every Arabic-block and ASCII code unit, alone and inside a word', () => {
    const ref = (s: string) => normalizeArabic(s, { foldTehMarbuta: true }).text.toLowerCase();
    for (let c = 0; c < 0x0700; c++) {
      if (c >= 0x80 && c < 0x0600) continue;
      const ch = String.fromCharCode(c);
      for (const s of [ch, 'سلام' + ch, ch + 'سلام', 'س' + ch + 'ـ']) expect(matchKey(s)).toBe(ref(s));
    }
    expect(matchKey('لا\u061cتصالح')).toBe('لاتصالح');
  });
});
