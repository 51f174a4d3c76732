import { describe, expect, it } from 'vitest';
import { AFFIXES, inflect, nameOfRank, stemsOfTexts, surfaceStem, wordOfRank, zipfRank } from '../../src/bench/wordForms';
import { rngMulberry32 } from '../../src/stats/rngMulberry32';

describe('surfaceStem', () => {
  it('strips the article with a clitic before it and a pronoun suffix, keeping three letters', () => {
    expect(surfaceStem('وبالمصالحة')).toBe('مصالحة');
    expect(surfaceStem('للحكومة')).toBe('حكومة');
    expect(surfaceStem('حكومتها')).toBe('حكومت');
    expect(surfaceStem('الَمُـصالحة')).toBe('مصالحة'); // diacritics and tatweel removed first
    expect(surfaceStem('الأب')).toBe('الأب'); // stripping would leave two letters
    expect(surfaceStem('Reuters')).toBeNull();
    expect(surfaceStem('من')).toBeNull();
  });
});

describe('stemsOfTexts', () => {
  it('counts stems over texts, punctuation trimmed, most frequent first and ties in code-unit order', () => {
    expect(stemsOfTexts(['«والمصالحة» مصالحة، حكومة.', 'سلام'])).toEqual(['مصالحة', 'حكومة', 'سلام']);
  });
});

describe('inflect', () => {
  it('spells clitics, the article and suffixes as Arabic writes them', () => {
    expect(inflect('مصالحة', { proclitic: 'و', article: false, suffix: 'ها' })).toBe('ومصالحتها');
    expect(inflect('حكومة', { proclitic: 'ل', article: true, suffix: '' })).toBe('للحكومة');
    expect(inflect('حكومة', { proclitic: 'وب', article: true, suffix: '' })).toBe('وبالحكومة');
    expect(inflect('مصالحة', { proclitic: '', article: false, suffix: 'ات' })).toBe('مصالحات');
    expect(inflect('مستوى', { proclitic: '', article: true, suffix: 'ات' })).toBe('المستويات');
  });
});

describe('AFFIXES', () => {
  it('starts with the bare form, never puts the article before a pronoun suffix, and has no duplicates', () => {
    expect(AFFIXES[0]).toEqual({ proclitic: '', article: false, suffix: '' });
    expect(AFFIXES.some((a) => a.article && ['ها', 'هم', 'كم'].includes(a.suffix))).toBe(false);
    expect(new Set(AFFIXES.map((a) => JSON.stringify(a))).size).toBe(AFFIXES.length);
    // 11 proclitics × (1 + 8 inflections) × 2 (article or not) + 11 × 9 pronouns.
    expect(AFFIXES).toHaveLength(11 * 9 * 2 + 11 * 9);
  });
});

describe('zipfRank', () => {
  it('draws ranks in range with P(r) ∝ 1/(r+1): rank 0 about ln 2 / ln(n+1) of the time', () => {
    const rng = rngMulberry32(3);
    const n = 1000;
    const counts = new Array<number>(n).fill(0);
    for (let k = 0; k < 100_000; k++) counts[zipfRank(rng, n)]++;
    expect(counts.reduce((s, c) => s + c, 0)).toBe(100_000);
    expect(counts[0] / 100_000).toBeCloseTo(Math.log(2) / Math.log(n + 1), 2);
    // P(r in [9, 99)) = ln(100/10) / ln(1001).
    expect(counts.slice(9, 99).reduce((s, c) => s + c, 0) / 100_000).toBeCloseTo(Math.log(10) / Math.log(n + 1), 2);
  });
});

describe('wordOfRank', () => {
  it('walks the stems first bare, then with the next affix combination', () => {
    const stems = ['سلام', 'حرب'];
    expect([0, 1, 2, 3].map((r) => wordOfRank(stems, r))).toEqual(['سلام', 'حرب', inflect('سلام', AFFIXES[1]), inflect('حرب', AFFIXES[1])]);
  });
});

describe('nameOfRank', () => {
  it('gives the same two-part Arabic name for the same rank and different names for most ranks', () => {
    expect(nameOfRank(7)).toBe(nameOfRank(7));
    expect(nameOfRank(7)).toMatch(/^[\u0621-\u064a]+ [\u0621-\u064a ]+$/);
    expect(new Set(Array.from({ length: 1000 }, (_, r) => nameOfRank(r))).size).toBeGreaterThan(990);
  });
});
