import { BootstrapRateCIOptions, bootstrapRates, RateCI } from './bootstrapRates';

/** One resampling unit (an article or a comment): its hit count and its token count. */
export interface HitTokenUnit {
  /** Marker hits in the unit. */
  hits: number;
  /** Tokens in the unit. */
  tokens: number;
}

/**
 * Rate of marker hits per 1,000 tokens (1000·Σhits/Σtokens) with a percentile bootstrap
 * confidence interval that resamples units (articles) with replacement (Efron & Tibshirani
 * 1993); the one-category case of {@link bootstrapRates}, which documents the method.
 * `rate`, `low` and `high` are null when Σtokens = 0. Deterministic for a given rng stream:
 * pass a fresh `rngMulberry32(seed)` per call.
 *
 * @example
 * bootstrapRateCI([{ hits: 2, tokens: 100 }, { hits: 2, tokens: 100 }], { rng: rngMulberry32(1) });
 * // { rate: 20, low: 20, high: 20, resamplesUsed: 1000 }  (all-equal units: zero width)
 */
export function bootstrapRateCI(units: readonly HitTokenUnit[], options: BootstrapRateCIOptions): RateCI {
  for (const [i, u] of units.entries()) {
    if (!(Number.isFinite(u.hits) && u.hits >= 0)) throw new RangeError(`bootstrapRateCI: unit ${i} has invalid hits (${u.hits})`);
  }
  return bootstrapRates(units.map((u) => ({ hits: [u.hits], tokens: u.tokens })), 1, options)[0];
}
