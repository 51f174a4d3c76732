/**
 * Bootstrap units kept compactly while a corpus streams past: each unit's tokens and its non-zero
 * hit counts in growing typed arrays (about 12 bytes plus 6 per category with hits, instead of an
 * object with an array of every category: about 370 bytes per unit with 34 categories).
 * Why: the outlet profile's bootstrap resamples articles, so one unit per article and segment
 * must be remembered until the end; at a hundred thousand pages and more, that was the largest
 * thing the main thread held, and it grew with the corpus.
 */
import { checkRateOptions, type SparseRateUnits } from './bootstrapRates';

/** Grows a typed array to hold at least `need` elements (doubling), keeping its contents. */
function grown<T extends Float64Array | Uint32Array | Uint16Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** Marks of the categories seen in the unit being added (`add` checks they are distinct). */
const seenIn = new Int32Array(65536);
let addCall = 0;

/**
 * The units of one bootstrap group (one outlet × segment), appended in order.
 * @example
 * const log = new RateUnitLog();
 * log.add(120, [2], [3]);      // 120 tokens, 3 hits in category 2
 * log.add(80, [], []);
 * log.toSparse(4).totalHits    // Float64Array [0, 0, 3, 0]
 */
export class RateUnitLog {
  /** Units added. */
  n = 0;
  private tokens = new Float64Array(16);
  /** Unit i's cells are `[cellStart[i], cellStart[i + 1])`. */
  private cellStart = new Uint32Array(17);
  private cellCategory = new Uint16Array(64);
  private cellHits = new Uint32Array(64);
  private cells = 0;

  /**
   * Appends a unit: its tokens and its hit counts by distinct category indexes (categories without
   * hits may be left out; a count of 0 is not stored). Counts are whole numbers below 2³².
   */
  add(tokens: number, categories: ArrayLike<number>, counts: ArrayLike<number>): void {
    const mark = ++addCall;
    if (!(Number.isFinite(tokens) && tokens >= 0)) throw new RangeError(`RateUnitLog: unit ${this.n} has invalid tokens (${tokens})`);
    this.tokens = grown(this.tokens, this.n + 1);
    this.cellStart = grown(this.cellStart, this.n + 2);
    this.cellCategory = grown(this.cellCategory, this.cells + categories.length);
    this.cellHits = grown(this.cellHits, this.cells + categories.length);
    for (let k = 0; k < categories.length; k++) {
      const c = categories[k];
      const h = counts[k];
      if (!(Number.isInteger(h) && h >= 0 && h < 2 ** 32)) throw new RangeError(`RateUnitLog: unit ${this.n} has invalid hits for category ${c} (${h})`);
      if (!(Number.isInteger(c) && c >= 0 && c < 65536)) throw new RangeError(`RateUnitLog: unit ${this.n} has an invalid category index (${c})`);
      if (seenIn[c] === mark) throw new RangeError(`RateUnitLog: unit ${this.n} lists category ${c} twice`);
      seenIn[c] = mark;
      if (h === 0) continue;
      this.cellCategory[this.cells] = c;
      this.cellHits[this.cells] = h;
      this.cells++;
    }
    this.tokens[this.n] = tokens;
    this.n++;
    this.cellStart[this.n] = this.cells;
  }

  /**
   * Σhits per category (whole numbers: exact in any order) — `toSparse(categories).totalHits`
   * without building the sparse form.
   * @example log.totalHits(4) // Float64Array [0, 0, 3, 0]
   */
  totalHits(categories: number): Float64Array {
    const out = new Float64Array(categories);
    for (let j = 0; j < this.cells; j++) {
      const c = this.cellCategory[j];
      if (c >= categories) throw new RangeError(`RateUnitLog: hits for category ${c}, beyond the ${categories} categories`);
      out[c] += this.cellHits[j];
    }
    return out;
  }

  /** Σtokens over the units, summed in unit order. */
  totalTokens(): number {
    let t = 0;
    for (let i = 0; i < this.n; i++) t += this.tokens[i];
    return t;
  }

  /**
   * The units in the sparse form `resampleRateUnits` reads — the same arrays `sparseRateUnits`
   * builds from the same units as objects (category-major, units in order within a category).
   * With `shared`, the arrays live in SharedArrayBuffers, so worker threads that are sent them
   * all read one copy instead of each receiving its own.
   * @example log.toSparse(4, 1000).n // 2
   */
  toSparse(categories: number, resamples = 1000, level = 0.95, shared = false): SparseRateUnits {
    checkRateOptions(categories, resamples, level);
    const n = this.n;
    const sums = this.totalHits(categories); // also checks every category is below `categories`
    const int32 = (k: number) => (shared ? new Int32Array(new SharedArrayBuffer(4 * k)) : new Int32Array(k));
    const float64 = (k: number) => (shared ? new Float64Array(new SharedArrayBuffer(8 * k)) : new Float64Array(k));
    const start = int32(categories + 1);
    for (let j = 0; j < this.cells; j++) start[this.cellCategory[j] + 1]++;
    for (let c = 0; c < categories; c++) start[c + 1] += start[c];
    const next = start.slice(0, categories);
    const units = int32(start[categories]);
    const hits = float64(start[categories]);
    const totalHits = float64(categories);
    totalHits.set(sums);
    const tokens = float64(n);
    tokens.set(this.tokens.subarray(0, n));
    for (let i = 0; i < n; i++) {
      for (let j = this.cellStart[i]; j < this.cellStart[i + 1]; j++) {
        const c = this.cellCategory[j];
        units[next[c]] = i;
        hits[next[c]] = this.cellHits[j];
        next[c]++;
      }
    }
    return { n, categories, start, units, hits, tokens, totalHits, totalTokens: this.totalTokens() };
  }
}
