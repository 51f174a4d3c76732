import { describe, expect, it } from 'vitest';
import { rankSeedNeighbours, type SuggestUnit } from '../../src/cli/lexiconSuggestTerms';

const unit = (text: string, seed: boolean, skip: [number, number][] = []): SuggestUnit => ({ text, seed, skip });

describe('rankSeedNeighbours', () => {
  it('ranks the word that only occurs near seeds first, with the hand-worked G²', () => {
    // 4 seed units «لن نصالح القتلة» (the seed span skipped) and 6 other units «الطقس جميل».
    // 1-grams: near: قتله 4 (all 4 near terms); elsewhere: طقس 6, جميل 6 (12 terms).
    // 2×2 for قتله: a = 4, b = 0, c = 0, d = 12, n = 16; E = (1, 3, 3, 9).
    // G² = 2·(4·ln(4/1) + 12·ln(12/9)) = 2·(5.545177444 + 3.452184941) = 17.99472477 (Dunning 1993).
    const units = [...Array(4)].map(() => unit('لن نصالح القتلة', true, [[0, 8]])).concat([...Array(6)].map(() => unit('الطقس جميل', false)));
    const [top, ...rest] = rankSeedNeighbours(units, { maxN: 1 });
    expect(top).toMatchObject({ term: 'قتله', words: 1, near: 4, elsewhere: 0 });
    expect(top.g2).toBeCloseTo(17.99472477, 6);
    expect(top.examples).toEqual(['لن نصالح [القتلة]', 'لن نصالح [القتلة]', 'لن نصالح [القتلة]']);
    expect(rest).toEqual([]); // نصالح is skipped (the seed), طقس and جميل are not more frequent near seeds
  });

  it('matches scipy on a table with four non-empty cells (a, b, c, d = 20, 10, 80, 90)', () => {
    // scipy 1.10.1: stats.chi2_contingency([[20, 10], [80, 90]], correction=False, lambda_="log-likelihood")[0]
    // = 3.9865557364691195 (the mirror image of the statG2 test's [[10, 20], [90, 80]]).
    const words = (w: string, k: number): string => Array(k).fill(w).join(' ');
    const units = [unit(`${words('تطبيع', 20)} ${words('كلام', 80)}`, true), unit(`${words('تطبيع', 10)} ${words('مطر', 90)}`, false)];
    const top = rankSeedNeighbours(units, { maxN: 1 })[0];
    expect([top.term, top.near, top.elsewhere]).toEqual(['كلام', 80, 0]);
    const t = rankSeedNeighbours(units, { maxN: 1 }).find((x) => x.term === 'تطبيع')!;
    expect(t.g2).toBeCloseTo(3.9865557364691195, 10);
  });

  it('counts 2- and 3-grams of consecutive terms; a skipped seed or a stopword ends a run', () => {
    const text = 'رفع المحتجون صور المعتقلين لن نصالح صور الشهداء';
    const at = text.indexOf('لن نصالح');
    const units = [unit(text, true, [[at, at + 'لن نصالح'.length]]), unit('رفع المحتجون صور المعتقلين', true), unit('يوم عادي في سوق المدينة القديمة', false)];
    const terms = rankSeedNeighbours(units, { minNear: 2 }).map((t) => t.term);
    expect(terms).toContain('رفع محتجون صور');
    expect(terms).toContain('صور معتقلين');
    expect(terms).not.toContain('معتقلين صور'); // the seed stands between them
  });

  it('keeps at least minNear occurrences near seeds, at most top terms, ties by term', () => {
    const units = [unit('ألف باء تاء', true), unit('ألف', true), unit('شيء', false)];
    expect(rankSeedNeighbours(units, { maxN: 1, minNear: 2 }).map((t) => t.term)).toEqual(['الف']);
    expect(rankSeedNeighbours(units, { maxN: 1, minNear: 1, top: 2 }).map((t) => t.term)).toEqual(['الف', 'باء']);
  });
});
