import { describe, expect, it } from 'vitest';
import { logRatio } from '../../src/stats/logRatio';

// Hand-checked from Hardie (2014): LR = log2((a/N1) / (b/N2)), zero counts replaced by 0.5.
describe('logRatio', () => {
  it('is log2 of the ratio of relative frequencies', () => {
    // 10/100 vs 20/100: log2(0.5) = -1
    expect(logRatio(10, 20, 90, 80)).toBe(-1);
    // 40/1000 vs 5/1000: log2(8) = 3
    expect(logRatio(40, 5, 960, 995)).toBeCloseTo(3, 12);
    // 30/100 vs 30/400: log2(4) = 2 (corpus sizes differ)
    expect(logRatio(30, 30, 70, 370)).toBeCloseTo(2, 12);
  });

  it('replaces a zero count by 0.5', () => {
    // 4/100 vs 0.5/100: log2(8) = 3
    expect(logRatio(4, 0, 96, 100)).toBeCloseTo(3, 12);
    // 0.5/100 vs 8/100: log2(1/16) = -4
    expect(logRatio(0, 8, 100, 92)).toBeCloseTo(-4, 12);
  });

  it('is NaN without evidence', () => {
    expect(logRatio(0, 0, 10, 10)).toBeNaN();
    expect(logRatio(0, 3, 0, 10)).toBeNaN();
  });
});
