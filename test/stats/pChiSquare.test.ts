import { describe, expect, it } from 'vitest';
import { gammaQ, pChiSquare } from '../../src/stats/pChiSquare';

function expectRelClose(actual: number, expected: number, rel = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('pChiSquare', () => {
  // R 4.2.2:
  // > options(digits=15)
  // > pchisq(c(0.5,3.841458820694124,10,25,100,1e-3), df=c(1,1,3,4,2,5), lower.tail=FALSE)
  // [1] 4.79500122186953e-01 5.00000000000000e-02 1.85661354630432e-02
  // [4] 5.03098178230621e-05 1.92874984796392e-22 9.99999998318512e-01
  // > pchisq(300, 1, lower.tail=FALSE)   [1] 3.29436238331404e-67
  // > pchisq(7.3, 40, lower.tail=FALSE)  [1] 0.999999997726799
  // > pchisq(55.5, 40, lower.tail=FALSE) [1] 0.0524421794903915
  const cases: [number, number, number][] = [
    [0.5, 1, 4.79500122186953e-1],
    [3.841458820694124, 1, 5.0e-2],
    [10, 3, 1.85661354630432e-2],
    [25, 4, 5.03098178230621e-5],
    [100, 2, 1.92874984796392e-22],
    [1e-3, 5, 9.99999998318512e-1],
    [300, 1, 3.29436238331404e-67],
    [7.3, 40, 0.999999997726799],
    [55.5, 40, 0.0524421794903915],
  ];
  it.each(cases)('pChiSquare(%d, %d) matches R pchisq(lower.tail=FALSE)', (x, df, expected) => {
    expectRelClose(pChiSquare(x, df), expected, 1e-12);
  });

  it('returns 1 at 0 and 0 at Infinity', () => {
    expect(pChiSquare(0, 3)).toBe(1);
    expect(pChiSquare(Infinity, 3)).toBe(0);
  });

  it('rejects df <= 0', () => {
    expect(() => pChiSquare(1, 0)).toThrow(/df/);
  });
});

describe('gammaQ', () => {
  // Closed form: Q(1, x) = e^(−x) (exponential survival function).
  it('equals e^-x for a = 1', () => {
    for (const x of [0.1, 1, 2, 5, 20]) expectRelClose(gammaQ(1, x), Math.exp(-x), 1e-13);
  });
});
