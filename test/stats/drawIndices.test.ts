import { describe, it, expect } from 'vitest';
import { drawIndices } from '../../src/stats/drawIndices';
import { rngMulberry32 } from '../../src/stats/rngMulberry32';
import { resampleRateUnits, sparseRateUnits } from '../../src/stats/bootstrapRates';

/** Draws one by one through a plain function (not a registered generator): the per-call path. */
function oneByOne(rng: () => number, n: number, m: number): number[] {
  return Array.from({ length: m }, () => Math.min(n - 1, Math.floor(rng() * n)));
}

describe('drawIndices', () => {
  it('gives the indices of the documented mulberry32(42) numbers (0.6011…, 0.4482…) for n = 10', () => {
    // rngMulberry32's own doc values: ⌊0.6011 · 10⌋ = 6, ⌊0.4483 · 10⌋ = 4.
    expect([...drawIndices(rngMulberry32(42), 10, new Int32Array(2))]).toEqual([6, 4]);
  });

  it('draws exactly what one call per index draws, and leaves the generator where those calls would', () => {
    for (const [seed, n, m] of [[1, 7, 100], [20230101, 1000, 1000], [3, 1, 5], [99, 65536, 257]]) {
      const inline = rngMulberry32(seed);
      const plain = rngMulberry32(seed);
      expect([...drawIndices(inline, n, new Int32Array(m))]).toEqual(oneByOne(() => plain(), n, m));
      expect(inline()).toBe(plain());
    }
  });

  it('draws through any other uniform source one call at a time', () => {
    let x = 0;
    const steps = () => ((x = (x + 0.37) % 1));
    expect([...drawIndices(steps, 4, new Int32Array(5))]).toEqual([1, 2, 0, 1, 3]); // x = .37 .74 .11 .48 .85, times 4, floored
  });
});

describe('resampleRateUnits with block draws', () => {
  it('gives the same rates as the per-call draws of a plain generator (the implementation before block draws)', () => {
    const units = Array.from({ length: 57 }, (_, i) => ({ tokens: (i * 37) % 101, hits: [(i * 7) % 5, i % 3 === 0 ? 2 : 0, 0] }));
    const s = sparseRateUnits(units, 3);
    const inner = rngMulberry32(11);
    // A wrapper is not a registered generator, so it takes the per-call path.
    expect(resampleRateUnits(s, rngMulberry32(11), 300)).toEqual(resampleRateUnits(s, () => inner(), 300));
  });
});
