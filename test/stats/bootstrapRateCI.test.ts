import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bootstrapRateCI } from '../../src/stats/bootstrapRateCI';
import { rngMulberry32, rngMulberry32After } from '../../src/stats/rngMulberry32';
import { bootstrapRates, resampleRateUnits, sparseRateUnits, summarizeRateResamples } from '../../src/stats/bootstrapRates';

// Exact enumeration, by hand. Units A (0 hits / 100 tokens), B (1/100), C (2/200).
// A resample draws 3 units with replacement; the 10 multisets and their probabilities (of 27):
//   AAA 1: 0/300 = 0        AAB 3: 1/300 = 3.33   AAC 3: 2/400 = 5      ABB 3: 2/300 = 6.67
//   ABC 6: 3/400 = 7.5      ACC 3: 4/500 = 8      BBB 1, BBC 3, BCC 3, CCC 1: all 10
// Cumulative: 0 → 1/27 = .037, 3.33 → 4/27 = .148, 5 → 7/27 = .259, 6.67 → 10/27 = .370,
//             7.5 → 16/27 = .593, 8 → 19/27 = .704, 10 → 1.
// So the exact bootstrap quantiles are q(.05) = 10/3, q(.95) = 10 (level 0.90), and
// q(.20) = 5, q(.80) = 10 (level 0.60). With 20,000 resamples the sampling error of the
// empirical CDF (sd ≈ 0.0013 at .037) is far inside every margin above, so the percentile
// interval lands on the same atoms. Point estimate: 1000 · 3 / 400 = 7.5.
const UNITS = [{ hits: 0, tokens: 100 }, { hits: 1, tokens: 100 }, { hits: 2, tokens: 200 }];

describe('bootstrapRateCI', () => {
  it('matches the exactly enumerated bootstrap distribution (level 0.90)', () => {
    const ci = bootstrapRateCI(UNITS, { resamples: 20000, level: 0.9, rng: rngMulberry32(11) });
    expect(ci.rate).toBe(7.5);
    expect(ci.low!).toBeCloseTo(10 / 3, 9);
    expect(ci.high).toBe(10);
    expect(ci.resamplesUsed).toBe(20000);
  });

  it('matches the exactly enumerated bootstrap distribution (level 0.60)', () => {
    const ci = bootstrapRateCI(UNITS, { resamples: 20000, level: 0.6, rng: rngMulberry32(99) });
    expect(ci.low).toBe(5);
    expect(ci.high).toBe(10);
  });

  it('gives a zero-width interval for identical units', () => {
    const ci = bootstrapRateCI([{ hits: 3, tokens: 150 }, { hits: 3, tokens: 150 }, { hits: 3, tokens: 150 }], { rng: rngMulberry32(5) });
    expect(ci).toEqual({ rate: 20, low: 20, high: 20, resamplesUsed: 1000 });
  });

  it('returns null rate and bounds when there are no tokens', () => {
    expect(bootstrapRateCI([], { rng: rngMulberry32(1) })).toEqual({ rate: null, low: null, high: null, resamplesUsed: 0 });
    expect(bootstrapRateCI([{ hits: 0, tokens: 0 }], { rng: rngMulberry32(1) }).rate).toBeNull();
  });

  it('skips resamples without tokens', () => {
    // Units {0 tokens} and {1/10}: P(both draws are the empty unit) = 1/4.
    const ci = bootstrapRateCI([{ hits: 0, tokens: 0 }, { hits: 1, tokens: 10 }], { resamples: 4000, rng: rngMulberry32(3) });
    expect(ci.rate).toBe(100);
    expect(ci.low).toBe(100);
    expect(ci.resamplesUsed).toBeGreaterThan(2800);
    expect(ci.resamplesUsed).toBeLessThan(3200);
  });

  it('is deterministic for a seed', () => {
    const a = bootstrapRateCI(UNITS, { rng: rngMulberry32(123) });
    const b = bootstrapRateCI(UNITS, { rng: rngMulberry32(123) });
    expect(a).toEqual(b);
  });

  it('contains the estimate for non-degenerate data (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ hits: fc.nat(20), tokens: fc.integer({ min: 1, max: 500 }) }), { minLength: 2, maxLength: 12 }),
        fc.nat(),
        (units, seed) => {
          const ci = bootstrapRateCI(units, { resamples: 400, rng: rngMulberry32(seed) });
          expect(ci.low!).toBeLessThanOrEqual(ci.high!);
          // The ratio estimate lies within the range of the resampled estimates, so within
          // [min, max]; the 95% interval may exclude it only for very skewed data. We check
          // the weaker property that holds always: low ≤ max unit rate and high ≥ min unit rate.
          const rates = units.map((u) => (1000 * u.hits) / u.tokens);
          expect(ci.low!).toBeLessThanOrEqual(Math.max(...rates) + 1e-9);
          expect(ci.high!).toBeGreaterThanOrEqual(Math.min(...rates) - 1e-9);
        },
      ),
      { seed: 20240601, numRuns: 100 },
    );
  });

  it('contains the estimate when units have equal size (property)', () => {
    // With equal token counts the resampled rate is a mean of unit rates, symmetric enough
    // around the estimate that the 95% interval contains it for these small ranges.
    fc.assert(
      fc.property(fc.array(fc.nat(10), { minLength: 5, maxLength: 15 }), fc.nat(), (hits, seed) => {
        const ci = bootstrapRateCI(hits.map((h) => ({ hits: h, tokens: 100 })), { resamples: 500, rng: rngMulberry32(seed) });
        expect(ci.low!).toBeLessThanOrEqual(ci.rate!);
        expect(ci.high!).toBeGreaterThanOrEqual(ci.rate!);
      }),
      { seed: 7, numRuns: 100 },
    );
  });

  it('requires an rng', () => {
    expect(() => bootstrapRateCI(UNITS, {} as never)).toThrow(/rng/);
  });
});

describe('bootstrapRates', () => {
  it('gives each category the exactly enumerated interval from shared resamples', () => {
    // Category 0 is the 3-unit example above; category 1 doubles its hits, so every
    // resampled rate and both bounds double (2 · 10/3 and 2 · 10).
    const units = UNITS.map((u) => ({ hits: Float64Array.from([u.hits, 2 * u.hits]), tokens: u.tokens }));
    const [c0, c1] = bootstrapRates(units, 2, { resamples: 20000, level: 0.9, rng: rngMulberry32(11) });
    expect(c0).toEqual(bootstrapRateCI(UNITS, { resamples: 20000, level: 0.9, rng: rngMulberry32(11) }));
    expect(c1.rate).toBe(15);
    expect(c1.low!).toBeCloseTo(20 / 3, 9);
    expect(c1.high).toBe(20);
  });

  it('treats missing category entries as 0 and returns nulls without tokens', () => {
    const [a, b] = bootstrapRates([{ hits: [1], tokens: 100 }], 2, { rng: rngMulberry32(1) });
    expect(a.rate).toBe(10);
    expect(b).toEqual({ rate: 0, low: 0, high: 0, resamplesUsed: 1000 });
    expect(bootstrapRates([{ hits: [1], tokens: 0 }], 1, { rng: rngMulberry32(1) })).toEqual([{ rate: null, low: null, high: null, resamplesUsed: 0 }]);
  });
});

describe('resampleRateUnits', () => {
  it('split into runs on jumped generators, gives exactly the intervals of one serial bootstrapRates', () => {
    const rng = rngMulberry32(3);
    const units = Array.from({ length: 97 }, (_, i) => ({ tokens: i % 13 === 0 ? 0 : 50 + Math.floor(rng() * 500), hits: [Math.floor(rng() * 4), 0, i % 7 === 0 ? 2 : 0] }));
    const serial = bootstrapRates(units, 3, { resamples: 500, rng: rngMulberry32(99) });
    const sparse = sparseRateUnits(units, 3, 500);
    const runs = [[0, 130], [130, 370], [370, 500]].map(([from, to]) => resampleRateUnits(sparse, rngMulberry32After(99, from * units.length), to - from));
    expect(summarizeRateResamples(sparse, runs)).toEqual(serial);
    expect(serial[1]).toEqual({ rate: 0, low: 0, high: 0, resamplesUsed: 500 });
  });

  it('skips resamples without tokens in every run', () => {
    const units = [{ tokens: 0, hits: [1] }, { tokens: 10, hits: [1] }];
    const sparse = sparseRateUnits(units, 1, 40);
    const one = resampleRateUnits(sparse, rngMulberry32(5), 40);
    expect(one.used).toBeLessThan(40);
    expect(one.used).toBeGreaterThan(0);
    expect(summarizeRateResamples(sparse, [one])).toEqual(bootstrapRates(units, 1, { resamples: 40, rng: rngMulberry32(5) }));
  });
});
