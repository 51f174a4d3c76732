import { describe, expect, it } from 'vitest';
import { adjustBH } from '../../src/stats/adjustBH';

function expectAllClose(actual: number[], expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, i) => {
    if (Number.isNaN(expected[i])) expect(v).toBeNaN();
    else expect(v).toBeCloseTo(expected[i], 12);
  });
}

describe('adjustBH', () => {
  it('matches R p.adjust(method = "BH")', () => {
    // > p.adjust(c(0.01,0.04,0.03,0.2), 'BH')
    // [1] 0.0400000000000000 0.0533333333333333 0.0533333333333333 0.2000000000000000
    expectAllClose(adjustBH([0.01, 0.04, 0.03, 0.2]), [0.04, 0.0533333333333333, 0.0533333333333333, 0.2]);
  });

  it('matches R on the Benjamini & Hochberg (1995) example p-values', () => {
    // > p.adjust(c(0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216, 0.222, 0.251, 0.269, 0.275, 0.34), 'BH')
    //  [1] 0.015 0.060 0.126 0.126 0.126 0.150 0.158571428571429 0.294642857142857 (×7) 0.340
    const p = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216, 0.222, 0.251, 0.269, 0.275, 0.34];
    const r = 0.294642857142857;
    expectAllClose(adjustBH(p), [0.015, 0.06, 0.126, 0.126, 0.126, 0.15, 0.158571428571429, r, r, r, r, r, r, r, 0.34]);
  });

  it('returns values in input order and keeps NaN (R NA) out of n', () => {
    // > p.adjust(c(0.5, NA, 0.01, 0.01, 0.9), 'BH')
    // [1] 0.666666666666667 NA 0.020000000000000 0.020000000000000 0.900000000000000
    expectAllClose(adjustBH([0.5, NaN, 0.01, 0.01, 0.9]), [0.666666666666667, NaN, 0.02, 0.02, 0.9]);
  });

  it('handles the empty list', () => {
    expect(adjustBH([])).toEqual([]);
  });
});
