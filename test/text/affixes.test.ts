import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { hasPrefix, hasSuffix } from '../../src/text/affixes';

const piece = fc.array(fc.constantFrom('و', 'ا', 'ل', 'ت', 'ه', 'ن', 'a', ''), { maxLength: 6 }).map((x) => x.join(''));

describe('hasPrefix', () => {
  it('is startsWith (property)', () => {
    fc.assert(fc.property(piece, piece, (w, p) => { expect(hasPrefix(w, p)).toBe(w.startsWith(p)); }), { numRuns: 3000 });
    expect(hasPrefix('والتطبيع', 'وال')).toBe(true);
  });
});

describe('hasSuffix', () => {
  it('is endsWith (property)', () => {
    fc.assert(fc.property(piece, piece, (w, s) => { expect(hasSuffix(w, s)).toBe(w.endsWith(s)); }), { numRuns: 3000 });
    expect(hasSuffix('مصالحتها', 'ها')).toBe(true);
  });
});
