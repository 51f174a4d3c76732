import { describe, expect, it } from 'vitest';
import { chiSquareIndependence } from '../../src/stats/chiSquareIndependence';

describe('chiSquareIndependence', () => {
  it('matches R chisq.test on a 3×3 table', () => {
    // > m <- matrix(c(25,10,5, 12,30,8, 3,9,20),3, byrow=TRUE); t <- chisq.test(m)
    // > t$statistic  45.8960232297464 ; t$parameter 4 ; t$p.value 2.58865780696681e-09
    // > t$expected[1,]  13.1147540983607 16.0655737704918 10.81967213114754
    // > min(t$expected) 8.65573770491803
    const r = chiSquareIndependence([[25, 10, 5], [12, 30, 8], [3, 9, 20]]);
    expect(r.chi2!).toBeCloseTo(45.8960232297464, 10);
    expect(r.df).toBe(4);
    expect(Math.abs(r.p! - 2.58865780696681e-9) / 2.58865780696681e-9).toBeLessThan(1e-9);
    expect(r.expected[0][0]).toBeCloseTo(13.1147540983607, 10);
    expect(r.expected[0][2]).toBeCloseTo(10.81967213114754, 10);
    expect(r.minExpected!).toBeCloseTo(8.65573770491803, 10);
    expect(r.valid).toBe(true);
    expect(r.n).toBe(122);
  });

  it('flags small expected counts by Cochran\'s rule', () => {
    // > m2 <- matrix(c(4,1,0, 1,2,3),2, byrow=TRUE); t <- chisq.test(m2)
    // > t$statistic 5.08444444444444 ; t$p.value 0.0786913357121591
    // > t$expected  2.272727 1.363636 1.363636 / 2.727273 1.636364 1.636364 (all < 5)
    const r = chiSquareIndependence([[4, 1, 0], [1, 2, 3]]);
    expect(r.chi2!).toBeCloseTo(5.08444444444444, 10);
    expect(r.p!).toBeCloseTo(0.0786913357121591, 12);
    expect(r.minExpected!).toBeCloseTo(1.36363636363636, 10);
    expect(r.valid).toBe(false);
  });

  it('drops all-zero rows and columns and reports them', () => {
    // Same statistic as the 3×3 R example above after removing the zero row and column.
    const r = chiSquareIndependence([[25, 10, 0, 5], [0, 0, 0, 0], [12, 30, 0, 8], [3, 9, 0, 20]]);
    expect(r.chi2!).toBeCloseTo(45.8960232297464, 10);
    expect(r.df).toBe(4);
    expect(r.dropped).toEqual({ rows: 1, columns: 1 });
  });

  it('returns nulls when fewer than two rows remain', () => {
    const r = chiSquareIndependence([[3, 4], [0, 0]]);
    expect(r.chi2).toBeNull();
    expect(r.p).toBeNull();
    expect(r.valid).toBe(false);
  });

  it('rejects ragged tables', () => {
    expect(() => chiSquareIndependence([[1, 2], [3]])).toThrow(/row 1/);
  });
});
