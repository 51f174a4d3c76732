import { quantileSorted } from 'simple-statistics';
import { drawIndices } from './drawIndices';

/** One resampling unit (an article's reporting, or its comments) with hit counts per category. */
export interface RateUnit {
  /** Hits per category, indexed like the caller's category list (an array or typed array; missing entries count as 0). */
  hits: ArrayLike<number>;
  /** Tokens in the unit. */
  tokens: number;
}

/** Options of {@link bootstrapRates} and `bootstrapRateCI`. */
export interface BootstrapRateCIOptions {
  /** Number of bootstrap resamples. Default 1000. */
  resamples?: number;
  /** Confidence level of the percentile interval, in (0, 1). Default 0.95. */
  level?: number;
  /** Uniform [0, 1) source, e.g. `rngMulberry32(seed)`. Required: there is no global default. */
  rng: () => number;
}

/** A rate per 1,000 tokens with its bootstrap percentile interval. */
export interface RateCI {
  /** 1000 · Σhits / Σtokens over all units; null when Σtokens = 0. */
  rate: number | null;
  /** Lower bound of the interval; null when `rate` is null or no resample had tokens. */
  low: number | null;
  /** Upper bound of the interval; null likewise. */
  high: number | null;
  /** Resamples that had tokens and entered the interval (resamples with Σtokens = 0 are skipped). */
  resamplesUsed: number;
}

/**
 * Rates per 1,000 tokens of several categories at once, each with a percentile bootstrap
 * confidence interval (Efron & Tibshirani 1993, *An Introduction to the Bootstrap*, ch. 13).
 *
 * Method: the units (articles, not tokens: hits cluster within articles, so tokens are not
 * independent) are resampled with replacement, n draws from n units; each resample gives,
 * per category, the ratio estimate 1000·Σhits/Σtokens. All categories share the same
 * resamples, so one rng stream serves the whole profile of an outlet. The interval is the
 * (1−level)/2 and (1+level)/2 quantiles of those estimates (simple-statistics
 * `quantileSorted`: R's type 7, linear interpolation). A resample whose units have no
 * tokens has no rate and is skipped (`resamplesUsed` counts the others).
 *
 * @param categories Number of categories (length of the result).
 * @example
 * bootstrapRates([{ hits: [2, 0], tokens: 100 }, { hits: [2, 1], tokens: 100 }], 2, { rng: rngMulberry32(1) })[0];
 * // { rate: 20, low: 20, high: 20, resamplesUsed: 1000 }
 */
export function bootstrapRates(units: readonly RateUnit[], categories: number, options: BootstrapRateCIOptions): RateCI[] {
  if (typeof options.rng !== 'function') throw new TypeError('bootstrapRates: options.rng is required (e.g. rngMulberry32(seed))');
  return bootstrapSparseRates(sparseRateUnits(units, categories, options.resamples ?? 1000, options.level), options);
}

/**
 * `bootstrapRates` of units already in sparse form (`sparseRateUnits`, `RateUnitLog.toSparse`).
 * @example bootstrapSparseRates(log.toSparse(34), { rng: rngMulberry32(1) })[0].rate // 2.5
 */
export function bootstrapSparseRates(sparse: SparseRateUnits, options: BootstrapRateCIOptions): RateCI[] {
  const resamples = options.resamples ?? 1000;
  if (typeof options.rng !== 'function') throw new TypeError('bootstrapRates: options.rng is required (e.g. rngMulberry32(seed))');
  checkRateOptions(sparse.categories, resamples, options.level ?? 0.95);
  if (sparse.totalTokens === 0) return Array.from(sparse.totalHits, () => ({ rate: null, low: null, high: null, resamplesUsed: 0 }));
  return summarizeRateResamples(sparse, [resampleRateUnits(sparse, options.rng, resamples)], options.level);
}

/**
 * Units of `bootstrapRates` in sparse form, by category: category c's units with hits are
 * `units[start[c] .. start[c+1])` (in unit order) with `hits[…]`. Plain typed arrays, so they clone
 * cheaply to a worker thread.
 */
export interface SparseRateUnits {
  /** Units. */
  n: number;
  categories: number;
  start: Int32Array;
  units: Int32Array;
  hits: Float64Array;
  /** Tokens per unit. */
  tokens: Float64Array;
  /** Σhits per category and Σtokens over all units. */
  totalHits: Float64Array;
  totalTokens: number;
}

/**
 * Throws a RangeError naming the bad option of `bootstrapRates` (categories, resamples, level).
 * @example checkRateOptions(3, 0, 0.95) // RangeError: bootstrapRates: resamples must be a positive integer, got 0
 */
export function checkRateOptions(categories: number, resamples: number, level: number): void {
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrapRates: resamples must be a positive integer, got ${resamples}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`bootstrapRates: level must be in (0, 1), got ${level}`);
  if (!Number.isInteger(categories) || categories < 0) throw new RangeError(`bootstrapRates: categories must be an integer >= 0, got ${categories}`);
}

/**
 * Checks the units and options of `bootstrapRates` and keeps only their non-zero cells, grouped by
 * category: most units have hits in a few categories, so a resample costs n draws plus the
 * non-zero cells, not n × categories.
 * @example sparseRateUnits([{tokens: 10, hits: [0, 2]}], 2).start // Int32Array [0, 0, 1]
 */
export function sparseRateUnits(units: readonly RateUnit[], categories: number, resamples = 1000, level = 0.95): SparseRateUnits {
  checkRateOptions(categories, resamples, level);
  const n = units.length;
  const hitsOf = (u: RateUnit, c: number): number => u.hits[c] ?? 0;
  let totalTokens = 0;
  const totalHits = new Float64Array(categories);
  const start = new Int32Array(categories + 1);
  const tokens = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = units[i];
    if (!(Number.isFinite(u.tokens) && u.tokens >= 0)) throw new RangeError(`bootstrapRates: unit ${i} has invalid tokens (${u.tokens})`);
    for (let c = 0; c < categories; c++) {
      const h = hitsOf(u, c);
      if (!(Number.isFinite(h) && h >= 0)) throw new RangeError(`bootstrapRates: unit ${i} has invalid hits for category ${c} (${h})`);
      totalHits[c] += h;
      if (h !== 0) start[c + 1]++;
    }
    tokens[i] = u.tokens;
    totalTokens += u.tokens;
  }
  for (let c = 0; c < categories; c++) start[c + 1] += start[c];
  const next = start.slice(0, categories);
  const cellUnits = new Int32Array(start[categories]);
  const cellHits = new Float64Array(start[categories]);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < categories; c++) {
      const x = hitsOf(units[i], c);
      if (x !== 0) { cellUnits[next[c]] = i; cellHits[next[c]] = x; next[c]++; }
    }
  }
  return { n, categories, start, units: cellUnits, hits: cellHits, tokens, totalHits, totalTokens };
}

/** Per-category rates of a run of resamples (those with tokens), in resample order. */
export interface RateResamples {
  /** Resamples with tokens (`used`); category c's rates are `estimates[c * used .. (c + 1) * used)`. */
  used: number;
  estimates: Float64Array;
}

/**
 * Draws `resamples` bootstrap resamples of the units (n draws each, `Math.floor(rng() * n)`, drawn a
 * resample at a time by `drawIndices`) and
 * returns each category's rate per 1,000 tokens in every resample with tokens. A resample counts
 * how often each unit was drawn, then sums each category's cells weighted by those counts (all
 * sums are of integers, so exact in any order). Consecutive runs with one continuing rng give the
 * same rates as one run (so a run can be split between threads: see `rngMulberry32After`).
 * @example resampleRateUnits(sparseRateUnits(units, 2), rngMulberry32(1), 1000).used // 1000
 */
export function resampleRateUnits(s: SparseRateUnits, rng: () => number, resamples: number): RateResamples {
  const { n, categories, start, units, hits, tokens } = s;
  const rows = new Float64Array(categories * resamples);
  const drawn = new Int32Array(n);
  // One resample's draws as a block (`drawIndices`: the generator inlined, same numbers).
  const idx = new Int32Array(n);
  let used = 0;
  for (let r = 0; r < resamples; r++) {
    drawn.fill(0);
    drawIndices(rng, n, idx);
    let t = 0;
    for (let k = 0; k < n; k++) {
      const i = idx[k];
      drawn[i]++;
      t += tokens[i];
    }
    if (!(t > 0)) continue;
    for (let c = 0; c < categories; c++) {
      let h = 0;
      for (let j = start[c], e = start[c + 1]; j < e; j++) h += drawn[units[j]] * hits[j];
      rows[used * categories + c] = (1000 * h) / t;
    }
    used++;
  }
  // Transpose to one run per category.
  const estimates = new Float64Array(categories * used);
  for (let k = 0; k < used; k++) for (let c = 0; c < categories; c++) estimates[c * used + k] = rows[k * categories + c];
  return { used, estimates };
}

/**
 * The rates and percentile intervals (R's quantile type 7) from the resample runs, in run order.
 * @example summarizeRateResamples(sparse, [run1, run2])[0] // {rate: 3.2, low: 2.9, high: 3.6, resamplesUsed: 1000}
 */
export function summarizeRateResamples(s: SparseRateUnits, runs: readonly RateResamples[], level = 0.95): RateCI[] {
  const alpha = (1 - level) / 2;
  const used = runs.reduce((a, r) => a + r.used, 0);
  return [...s.totalHits].map((hits, c) => {
    if (s.totalTokens === 0) return { rate: null, low: null, high: null, resamplesUsed: 0 };
    const rate = (1000 * hits) / s.totalTokens;
    if (used === 0) return { rate, low: null, high: null, resamplesUsed: 0 };
    const est: number[] = [];
    for (const r of runs) for (let k = 0; k < r.used; k++) est.push(r.estimates[c * r.used + k]);
    est.sort((x, y) => x - y);
    return { rate, low: quantileSorted(est, alpha), high: quantileSorted(est, 1 - alpha), resamplesUsed: est.length };
  });
}
