import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileSkipSearch, MIN_SKIP_LITERAL, skipSearchAll } from '../../src/corpus/skipSearch';

/** Every occurrence of every literal, overlapping ones included, by position then literal order. */
function referenceAll(text: string, literals: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let at = 0; at < text.length; at++) literals.forEach((x, l) => { if (text.startsWith(x, at)) out.push([l, at]); });
  return out;
}

describe('skipSearch', () => {
  it('finds every occurrence, overlapping ones included', () => {
    const s = compileSkipSearch(['دمشق - سانا', 'abcdefgh', 'abcdabcdab']);
    expect(skipSearchAll('… دمشق - سانا …', s)).toEqual([[0, 2]]);
    expect(skipSearchAll('abcdabcdabcdab abcdefgh', s)).toEqual([[2, 0], [2, 4], [1, 15]]);
    expect(skipSearchAll('abc', s)).toEqual([]);
    expect(() => compileSkipSearch(['short'])).toThrow();
  });

  it('agrees with a position-by-position search', () => {
    const unit = fc.constantFrom('ا', 'ل', 'م', 'ن', 'ت', ' ', 'أ', 'a', 'b');
    const literal = fc.array(unit, { minLength: MIN_SKIP_LITERAL, maxLength: 14 }).map((xs) => xs.join(''));
    fc.assert(fc.property(fc.array(literal, { minLength: 1, maxLength: 6 }), fc.array(fc.oneof(unit, unit, literal), { maxLength: 80 }), (lits, parts) => {
      const literals = [...new Set(lits)];
      const text = parts.join('');
      expect(skipSearchAll(text, compileSkipSearch(literals))).toEqual(referenceAll(text, literals));
    }), { numRuns: 2000 });
  });
});
