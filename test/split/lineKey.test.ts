import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, isBlankLine, isSpaceCode, keyUnitSources, lineKey, lineKeyEndsWith, lineKeyFirstUnit, lineKeyHash, lineKeyLastUnit, lineKeyStartsWith } from '../../src/split/lineKey';
import { fnv1a32, fnv1aSpan } from '../../src/corpus/fnv1a';

/**
 * Reference line key written from the documented rules, one character at a time: trim, collapse
 * white space to one space, drop diacritics/tatweel/bidi and zero-width marks, fold أ/إ/آ/ٱ → ا,
 * ى → ي, lower-case Latin. The fast `lineKey` must agree with it on every string.
 */
function referenceLineKey(line: string): string {
  const space = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
  const dropped = (c: number): boolean => (c >= 0x064b && c <= 0x0652) || c === 0x0670 || c === 0x0640 ||
    [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0xfeff, 0x061c].includes(c) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  let out = '';
  let pending = false;
  for (const ch of line.split('')) {
    let c = ch.charCodeAt(0);
    if (space(c)) { pending = out.length > 0; continue; }
    if (dropped(c)) continue;
    if ([0x0623, 0x0625, 0x0622, 0x0671].includes(c)) c = 0x0627;
    else if (c === 0x0649) c = 0x064a;
    else if (c >= 0x41 && c <= 0x5a) c += 32;
    if (pending) { out += ' '; pending = false; }
    out += String.fromCharCode(c);
  }
  return out;
}

/** Pieces that exercise every rule: spaces of several kinds, marks, folded letters, Latin, digits. */
const PIECES = [' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', 'ـ', '\u064b', '\u0651', '\u0670', '\u200f', '\u200b', '\ufeff', '\u2067',
  'أ', 'إ', 'آ', 'ٱ', 'ى', 'ا', 'ي', 'سلام', 'تعليق', 'A', 'Share', 'x', '7', '٣', '.', ':', '😀', '\r'];
const textOfPieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));

describe('lineKey', () => {
  it('keys hand-written lines', () => {
    expect(lineKey('  إقرأ   أيضاً ')).toBe('اقرا ايضا');
    expect(lineKey('Share on WhatsApp')).toBe('share on whatsapp');
    expect(lineKey('مـــرحبا\u200f')).toBe('مرحبا');
    expect(lineKey('a \u064b b')).toBe('a b');
    expect(lineKey('a \u064bb')).toBe('a b');
    expect(lineKey('a  أ')).toBe('a ا');
    expect(lineKey('سلام')).toBe('سلام');
    expect(lineKey('\u00a0\u200f')).toBe('');
  });

  it('agrees with the reference on any mix of spaces, marks and letters', () => {
    fc.assert(fc.property(textOfPieces, (s) => { expect(lineKey(s)).toBe(referenceLineKey(s)); }), { numRuns: 3000 });
  });

  it('agrees with the reference on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40, unit: 'binary' }), (s) => { expect(lineKey(s)).toBe(referenceLineKey(s)); }), { numRuns: 2000 });
  });
});

describe('lineKeyFirstUnit', () => {
  it('is the first code unit of the key, or -1 for an empty key', () => {
    expect(lineKeyFirstUnit('  إقرأ')).toBe('ا'.charCodeAt(0));
    expect(lineKeyFirstUnit('\u200f ')).toBe(-1);
    fc.assert(fc.property(textOfPieces, (s) => {
      const k = referenceLineKey(s);
      expect(lineKeyFirstUnit(s)).toBe(k === '' ? -1 : k.charCodeAt(0));
    }), { numRuns: 2000 });
  });
});

describe('isBlankLine', () => {
  it('is true exactly when the key is empty', () => {
    expect(isBlankLine('\u00a0')).toBe(true);
    expect(isBlankLine(' ـ ')).toBe(true);
    expect(isBlankLine(' . ')).toBe(false);
    fc.assert(fc.property(textOfPieces, (s) => { expect(isBlankLine(s)).toBe(referenceLineKey(s) === ''); }), { numRuns: 2000 });
  });
});

describe('countWords', () => {
  it('counts runs of non-space characters, stopping after the limit', () => {
    expect(countWords('أرفع اجتماع منذ 2011')).toBe(4);
    expect(countWords('\u00a0 a\u2003b  ')).toBe(2);
    expect(countWords('a b c d', 2)).toBe(3);
    expect(countWords('')).toBe(0);
  });
});

describe('isSpaceCode', () => {
  it('accepts JS white space except line ends and U+FEFF, and nothing else', () => {
    for (let c = 0; c < 0x10000; c++) {
      const js = /\s/.test(String.fromCharCode(c)) && ![10, 13, 0xfeff].includes(c);
      if (isSpaceCode(c) !== js) throw new Error(`isSpaceCode(U+${c.toString(16)}) should be ${js}`);
    }
    expect(isSpaceCode(70000)).toBe(false);
  });
});

describe('lineKeyHash', () => {
  it('is FNV-1a of the reference key of the slice, from the given basis', () => {
    expect(lineKeyHash(' إقرأ ', 0, 6)).toBe(fnv1a32('اقرا'));
    expect(lineKeyHash('x  Share ', 1, 9)).toBe(fnv1a32('share'));
    const basis = fnv1a32('w0=');
    fc.assert(fc.property(textOfPieces, fc.nat(40), fc.nat(40), (s, a, b) => {
      const [from, to] = [Math.min(a, b, s.length), Math.min(Math.max(a, b), s.length)];
      const k = referenceLineKey(s.slice(from, to));
      expect(lineKeyHash(s, from, to, basis)).toBe(fnv1aSpan(k, 0, k.length, basis));
    }), { numRuns: 2000 });
  });
});

describe('lineKeyLastUnit', () => {
  it('is the last code unit of the key, or -1 for an empty key', () => {
    expect(lineKeyLastUnit('نهاية.\u200f ')).toBe('.'.charCodeAt(0));
    expect(lineKeyLastUnit('أ\u064b')).toBe('ا'.charCodeAt(0));
    expect(lineKeyLastUnit('\u200f ')).toBe(-1);
    fc.assert(fc.property(textOfPieces, (s) => {
      const k = referenceLineKey(s);
      expect(lineKeyLastUnit(s)).toBe(k === '' ? -1 : k.charCodeAt(k.length - 1));
    }), { numRuns: 2000 });
  });
});

describe('lineKeyStartsWith', () => {
  it('agrees with lineKey(line).startsWith(prefix) for key prefixes', () => {
    expect(lineKeyStartsWith('  إقرأ أيضاً: خبر طويل', 'اقرا ايضا')).toBe(true);
    expect(lineKeyStartsWith('اقرأ  أيضاً', 'اقرا ايضا')).toBe(true);
    expect(lineKeyStartsWith('اقرأ', 'اقرا ايضا')).toBe(false);
    expect(lineKeyStartsWith('Share on X', 'share on')).toBe(true);
    fc.assert(fc.property(textOfPieces, textOfPieces, (s, p) => {
      const prefix = referenceLineKey(p);
      if (prefix === '') return;
      expect(lineKeyStartsWith(s, prefix)).toBe(referenceLineKey(s).startsWith(prefix));
      expect(lineKeyStartsWith(p + s, prefix)).toBe(referenceLineKey(p + s).startsWith(prefix));
    }), { numRuns: 3000 });
  });
});

describe('lineKeyEndsWith', () => {
  it('agrees with lineKey(line).endsWith(suffix) for key suffixes', () => {
    expect(lineKeyEndsWith('خبر طويل. جميع الحقوق محفوظة ', 'جميع الحقوق محفوظة')).toBe(true);
    expect(lineKeyEndsWith('(رويترز)\u200f', ')')).toBe(true);
    expect(lineKeyEndsWith('محفوظة', 'الحقوق محفوظة')).toBe(false);
    fc.assert(fc.property(textOfPieces, textOfPieces, (s, x) => {
      const suffix = referenceLineKey(x);
      if (suffix === '') return;
      expect(lineKeyEndsWith(s, suffix)).toBe(referenceLineKey(s).endsWith(suffix));
      expect(lineKeyEndsWith(s + x, suffix)).toBe(referenceLineKey(s + x).endsWith(suffix));
    }), { numRuns: 3000 });
  });
});

describe('keyUnitSources', () => {
  it('lists exactly the code units whose key is the unit', () => {
    expect(keyUnitSources('ي'.charCodeAt(0))).toEqual([0x064a, 0x0649]);
    for (const unit of ['ا', 'a', 'ب', '.'].map((c) => c.charCodeAt(0))) {
      const expected: number[] = [];
      for (let c = 0; c < 0x10000; c++) if (referenceLineKey(String.fromCharCode(c)) === String.fromCharCode(unit)) expected.push(c);
      expect([...keyUnitSources(unit)].sort((a, b) => a - b)).toEqual(expected);
    }
  });
});
