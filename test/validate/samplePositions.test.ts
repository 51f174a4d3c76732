import { describe, expect, it } from 'vitest';
import { samplePositions } from '../../src/validate/samplePositions';
import { rngMulberry32 } from '../../src/stats/rngMulberry32';

describe('samplePositions', () => {
  it('draws k distinct ascending positions in range, the same for the same seed', () => {
    const a = samplePositions(1000, 50, rngMulberry32(7));
    expect(a).toHaveLength(50);
    expect(new Set(a).size).toBe(50);
    expect(a).toEqual([...a].sort((x, y) => x - y));
    expect(a.every((p) => p >= 0 && p < 1000)).toBe(true);
    expect(samplePositions(1000, 50, rngMulberry32(7))).toEqual(a);
    expect(samplePositions(1000, 50, rngMulberry32(8))).not.toEqual(a);
  });

  it('takes everything when k = N and nothing when k = 0', () => {
    expect(samplePositions(4, 4, rngMulberry32(1))).toEqual([0, 1, 2, 3]);
    expect(samplePositions(4, 0, rngMulberry32(1))).toEqual([]);
  });

  it('is uniform: each of 5 positions is drawn in about 2/5 of 20,000 draws of 2', () => {
    const rng = rngMulberry32(3);
    const hits = [0, 0, 0, 0, 0];
    for (let i = 0; i < 20000; i++) for (const p of samplePositions(5, 2, rng)) hits[p]++;
    // Expected 8000 each; binomial sd ≈ 69, so ±400 is about 6 sd.
    for (const h of hits) expect(Math.abs(h - 8000)).toBeLessThan(400);
  });

  it('rejects k above N', () => {
    expect(() => samplePositions(3, 4, rngMulberry32(1))).toThrow(/cannot draw 4 of 3/);
  });
});
