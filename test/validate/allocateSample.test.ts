import { describe, expect, it } from 'vitest';
import { allocateSample } from '../../src/validate/allocateSample';

describe('allocateSample', () => {
  it('gives each stratum its minimum, then shares the rest by largest remainder', () => {
    // Minimum 2, 2, 2 (6); 14 left over capacities 98, 48, 1 (147): exact 9.33, 4.57, 0.095
    // → floors 9, 4, 0 (13); the one left goes to the largest remainder (.57) → 9, 5, 0, plus 2 each.
    expect(allocateSample([100, 50, 3], { n: 20 })).toEqual([11, 7, 2]);
  });

  it('sums to n and never exceeds a population', () => {
    const pops = [7, 0, 1, 300, 12, 12];
    for (const n of [10, 25, 57, 100, 331]) {
      const sizes = allocateSample(pops, { n });
      expect(sizes.reduce((s, x) => s + x, 0)).toBe(Math.min(n, 332));
      sizes.forEach((s, i) => expect(s).toBeLessThanOrEqual(pops[i]));
    }
  });

  it('takes every unit when n reaches the population', () => {
    expect(allocateSample([3, 4], { n: 50 })).toEqual([3, 4]);
  });

  it('allocates equally with perStratum', () => {
    expect(allocateSample([100, 50, 3], { perStratum: 5 })).toEqual([5, 5, 3]);
  });

  it('rejects minimums above n, and neither or both sizes', () => {
    expect(() => allocateSample([10, 10, 10], { n: 5 })).toThrow(/need 6 units/);
    expect(() => allocateSample([10], {})).toThrow(/either n or perStratum/);
    expect(() => allocateSample([10], { n: 1, perStratum: 1 })).toThrow(/either n or perStratum/);
  });
});
