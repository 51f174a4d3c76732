import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RateUnitLog } from '../../src/stats/rateUnitLog';
import { bootstrapRates, bootstrapSparseRates, sparseRateUnits } from '../../src/stats/bootstrapRates';
import { rngMulberry32 } from '../../src/stats/rngMulberry32';

/** A log of the units given as dense hit arrays (categories with hits, in a shuffled order). */
function logOf(units: { tokens: number; hits: number[] }[], order: number[] = []): RateUnitLog {
  const log = new RateUnitLog();
  for (const u of units) {
    const cats = u.hits.map((_, c) => c).filter((c) => u.hits[c] !== 0);
    if (order.length) cats.sort((a, b) => (order[a % order.length] ?? 0) - (order[b % order.length] ?? 0) || a - b);
    log.add(u.tokens, cats, cats.map((c) => u.hits[c]));
  }
  return log;
}

describe('RateUnitLog.toSparse', () => {
  const units = (categories: number) => fc.array(fc.record({
    tokens: fc.integer({ min: 0, max: 5000 }),
    hits: fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 40 })), { minLength: categories, maxLength: categories }),
  }), { maxLength: 40 });

  it('gives the arrays sparseRateUnits builds from the same units as objects, on random units', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 6 }).chain((c) => fc.tuple(fc.constant(c), units(c), fc.array(fc.nat(), { maxLength: 6 }))), ([c, us, order]) => {
      const log = logOf(us, order);
      const sparse = sparseRateUnits(us, c, 200);
      expect(log.toSparse(c, 200)).toEqual(sparse);
      expect(log.totalHits(c)).toEqual(sparse.totalHits);
      expect(log.totalTokens()).toBe(sparse.totalTokens);
    }), { numRuns: 300 });
  });

  it('gives the intervals bootstrapRates gives (bootstrapSparseRates), on a hand-made outlet', () => {
    const us = [{ tokens: 120, hits: [2, 0, 1] }, { tokens: 80, hits: [0, 0, 4] }, { tokens: 300, hits: [5, 1, 0] }, { tokens: 0, hits: [0, 0, 0] }];
    const fromLog = bootstrapSparseRates(logOf(us).toSparse(3, 500), { resamples: 500, rng: rngMulberry32(9) });
    expect(fromLog).toEqual(bootstrapRates(us, 3, { resamples: 500, rng: rngMulberry32(9) }));
    expect(fromLog[0].rate).toBeCloseTo((1000 * 7) / 500, 12);
  });

  it('puts the arrays in shared memory when asked, with the same values', () => {
    const us = [{ tokens: 120, hits: [2, 0, 1] }, { tokens: 80, hits: [0, 0, 4] }];
    const shared = logOf(us).toSparse(3, 100, 0.95, true);
    for (const a of [shared.start, shared.units, shared.hits, shared.tokens, shared.totalHits]) expect(a.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect({ ...shared, start: [...shared.start], units: [...shared.units], hits: [...shared.hits], tokens: [...shared.tokens], totalHits: [...shared.totalHits] })
      .toEqual((({ start, units, hits, tokens, totalHits, ...rest }) => ({ ...rest, start: [...start], units: [...units], hits: [...hits], tokens: [...tokens], totalHits: [...totalHits] }))(sparseRateUnits(us, 3, 100)));
  });

  it('counts units, tokens and hits', () => {
    const log = new RateUnitLog();
    log.add(120, [2], [3]);
    log.add(80, [], []);
    log.add(50, [0, 2], [1, 0]);
    const s = log.toSparse(4);
    expect(log.n).toBe(3);
    expect(s.totalTokens).toBe(250);
    expect([...s.totalHits]).toEqual([1, 0, 3, 0]);
    expect([...s.tokens]).toEqual([120, 80, 50]);
  });

  it('grows past its first buffers', () => {
    const log = new RateUnitLog();
    for (let i = 0; i < 5000; i++) log.add(i, [i % 7, 7 + (i % 3)], [1, 2]);
    const s = log.toSparse(10);
    expect(s.n).toBe(5000);
    expect(s.totalTokens).toBe((4999 * 5000) / 2);
    expect(s.totalHits.reduce((a, b) => a + b, 0)).toBe(5000 * 3);
  });

  it('keeps tokens that are not small whole numbers exactly (fractions, -0, beyond 2^53) and the largest counts and categories', () => {
    const log = new RateUnitLog();
    log.add(2.5, [65535], [2 ** 32 - 1]);
    log.add(-0, [0], [1]);
    log.add(2 ** 60, [], []);
    log.add(2 ** 53 - 1, [300], [128]);
    const s = log.toSparse(65536);
    expect([...s.tokens]).toEqual([2.5, -0, 2 ** 60, 2 ** 53 - 1]);
    expect(Object.is(s.tokens[1], -0)).toBe(true);
    expect(s.totalHits[65535]).toBe(2 ** 32 - 1);
    expect(s.totalHits[300]).toBe(128);
    expect([...s.units.subarray(s.start[300], s.start[301])]).toEqual([3]);
    expect(s.totalTokens).toBe(2.5 + 2 ** 60 + (2 ** 53 - 1));
  });

  it('stores nothing of a unit it rejects', () => {
    const log = new RateUnitLog();
    log.add(10, [1], [2]);
    expect(() => log.add(20, [0, 3], [4, -1])).toThrow(/invalid hits/);
    expect(log.n).toBe(1);
    const s = log.toSparse(4);
    expect([...s.totalHits]).toEqual([0, 2, 0, 0]);
    expect(s.totalTokens).toBe(10);
    expect([...s.tokens]).toEqual([10]);
  });

  it('holds a page of the benchmark corpus in a few bytes per category with hits', () => {
    const log = new RateUnitLog();
    // 30,000 units of 500–1500 tokens with 15 categories of 1–20 hits: 3 + 2·15 bytes or so each.
    for (let i = 0; i < 30000; i++) {
      const cats = Array.from({ length: 15 }, (_, k) => 2 * k + (i % 2));
      log.add(500 + (i % 1000), cats, cats.map((c) => 1 + ((i + c) % 20)));
    }
    expect(log.byteLength / log.n).toBeLessThan(40);
    expect(log.toSparse(34).n).toBe(30000);
  });

  it('release keeps n and the totals, and refuses the units afterwards', () => {
    const log = new RateUnitLog();
    log.add(120, [2], [3]);
    log.add(80, [0], [1]);
    const hits = log.totalHits(4);
    expect(log.released).toBe(false);
    log.release();
    expect(log.released).toBe(true);
    expect(log.n).toBe(2);
    expect(log.totalTokens()).toBe(200);
    expect(log.totalHits(4)).toEqual(hits);
    expect(log.byteLength).toBe(0);
    expect(() => log.toSparse(4)).toThrow(/after release/);
    expect(() => log.add(1, [], [])).toThrow(/after release/);
  });

  it.each([
    ['negative tokens', (l: RateUnitLog) => l.add(-1, [], []), /invalid tokens/],
    ['NaN tokens', (l: RateUnitLog) => l.add(NaN, [], []), /invalid tokens/],
    ['fractional hits', (l: RateUnitLog) => l.add(10, [0], [1.5]), /invalid hits/],
    ['negative hits', (l: RateUnitLog) => l.add(10, [0], [-2]), /invalid hits/],
    ['a category index out of range', (l: RateUnitLog) => l.add(10, [70000], [1]), /invalid category index/],
    ['a category listed twice', (l: RateUnitLog) => l.add(10, [1, 1], [1, 2]), /twice/],
  ])('add rejects %s', (_, add, message) => {
    expect(() => add(new RateUnitLog())).toThrow(message);
  });

  it('rejects hits beyond the categories, and bad options', () => {
    const log = new RateUnitLog();
    log.add(10, [5], [1]);
    expect(() => log.toSparse(3)).toThrow(/beyond the 3 categories/);
    expect(() => log.totalHits(3)).toThrow(/beyond the 3 categories/);
    expect(() => log.toSparse(6, 0)).toThrow(/resamples must be a positive integer/);
    expect(() => log.toSparse(6, 10, 1)).toThrow(/level must be in/);
  });
});
