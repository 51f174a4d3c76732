import { describe, expect, it } from 'vitest';
import { checkCells, expected2x2, xLogXOverE } from '../../src/stats/twoByTwo';

describe('expected2x2', () => {
  it('gives row total × column total / n for each cell', () => {
    // Rows 30 and 70, columns 40 and 60, n = 100: 30·40/100 = 12, 30·60/100 = 18, 70·40/100 = 28, 70·60/100 = 42.
    expect(expected2x2(10, 20, 30, 40)).toEqual([12, 18, 28, 42]);
    // The expected cells keep the margins of the observed ones.
    const [a, b, c, d] = expected2x2(7, 0, 3, 90);
    expect([a + b, c + d, a + c, b + d]).toEqual([7, 93, 10, 90].map((x) => expect.closeTo(x, 12)));
  });
});

describe('xLogXOverE', () => {
  it('is o · ln(o / e), with 0 · ln 0 = 0', () => {
    expect(xLogXOverE(10, 10)).toBe(0);
    expect(xLogXOverE(20, 10)).toBeCloseTo(20 * Math.LN2, 12);
    expect(xLogXOverE(0, 5)).toBe(0);
  });
});

describe('checkCells', () => {
  it('accepts finite cells ≥ 0 and names the caller when one is not', () => {
    expect(() => checkCells('g2', [0, 1, 2.5, 1e9])).not.toThrow();
    for (const bad of [-1, Number.NaN, Infinity]) {
      expect(() => checkCells('g2', [1, bad, 1, 1])).toThrow(new RegExp(`^g2: cells must be finite numbers >= 0, got \\[1, ${bad}, 1, 1\\]$`));
    }
  });
});
