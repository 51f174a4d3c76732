import { describe, expect, it } from 'vitest';
import { statKeyness } from '../../src/stats/keyness';

// Reference: R 4.2.2, one 2×2 table per term (totals 1000 / 1000), G² = 2 Σ O log(O/E):
// > for (m in list(matrix(c(5,995,0,1000),2), matrix(c(1,999,40,960),2), matrix(c(994,6,960,40),2))) {
// +   t <- suppressWarnings(chisq.test(m, correct=FALSE)); E <- t$expected
// +   g2 <- 2*sum(ifelse(m>0, m*log(m/E), 0)); cat(t$statistic, g2, pchisq(g2,1,lower.tail=FALSE), "\n") }
// 5.0125313283208  6.94400314703905 0.00841006906344339
// 37.8739775146603 48.2119834990555 3.8254333252338e-12
// 25.7220417426906 28.7376389112571 8.28772162007592e-08
// > p.adjust(c(3.8254333252338e-12, 8.28772162007592e-08, 0.00841006906344339), 'BH')
// [1] 1.14762999757014e-11 1.24315824301139e-07 8.41006906344339e-03
// Log Ratio by hand (Hardie 2014, zero → 0.5): log2(5/0.5), log2(1/40), log2(994/960).
const target = new Map([['ثورة', 5], ['نظام', 1], ['x', 994]]);
const reference = new Map([['نظام', 40], ['x', 960]]);

function relClose(actual: number, expected: number, rel = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('statKeyness', () => {
  const rows = statKeyness(target, reference);

  it('sorts by signed G² descending, negative when more frequent in the reference', () => {
    expect(rows.map((r) => r.term)).toEqual(['x', 'ثورة', 'نظام']);
    expect(rows.map((r) => Math.sign(r.g2))).toEqual([1, 1, -1]);
  });

  it('matches R for counts, G², χ², p and BH-adjusted p', () => {
    const [x, thawra, nizam] = rows;
    expect(thawra).toMatchObject({ targetCount: 5, referenceCount: 0, targetTotal: 1000, referenceTotal: 1000 });
    relClose(thawra.g2, 6.94400314703905);
    relClose(thawra.chi2, 5.0125313283208);
    relClose(thawra.p, 0.00841006906344339);
    relClose(thawra.pAdjusted, 8.41006906344339e-3);
    relClose(nizam.g2, -48.2119834990555);
    relClose(nizam.chi2, -37.8739775146603);
    relClose(nizam.p, 3.8254333252338e-12);
    relClose(nizam.pAdjusted, 1.14762999757014e-11);
    relClose(x.g2, 28.7376389112571);
    relClose(x.chi2, 25.7220417426906);
    relClose(x.p, 8.28772162007592e-8);
    relClose(x.pAdjusted, 1.24315824301139e-7);
  });

  it('computes Log Ratio with the 0.5 zero correction', () => {
    const byTerm = new Map(rows.map((r) => [r.term, r]));
    expect(byTerm.get('ثورة')!.logRatio).toBeCloseTo(Math.log2(5 / 0.5), 12);
    expect(byTerm.get('نظام')!.logRatio).toBeCloseTo(Math.log2(1 / 40), 12);
    expect(byTerm.get('x')!.logRatio).toBeCloseTo(Math.log2(994 / 960), 12);
  });

  it('drops terms below minCount (default 2) but keeps them in the totals', () => {
    const r = statKeyness(new Map([['a', 1], ['b', 9]]), new Map([['b', 10]]));
    expect(r.map((x) => x.term)).toEqual(['b']);
    expect(r[0].targetTotal).toBe(10);
    expect(statKeyness(new Map([['a', 1], ['b', 9]]), new Map([['b', 10]]), { minCount: 1 }).map((x) => x.term)).toEqual(['a', 'b']);
  });

  it('breaks G² ties by term in code-point order', () => {
    const r = statKeyness(new Map([['ب', 3], ['أ', 3]]), new Map([['ب', 3], ['أ', 3]]));
    expect(r.map((x) => x.term)).toEqual(['أ', 'ب']);
    expect(r.every((x) => x.g2 === 0)).toBe(true);
  });

  it('accepts explicit corpus sizes and rejects counts above them', () => {
    const r = statKeyness(new Map([['ثورة', 5]]), new Map([['نظام', 40]]), { targetTotal: 1000, referenceTotal: 1000 });
    relClose(r[0].g2, 6.94400314703905);
    expect(() => statKeyness(new Map([['a', 5]]), new Map(), { targetTotal: 3 })).toThrow(/exceeds/);
  });
});
