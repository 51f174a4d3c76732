/**
 * Bootstrap units kept compactly while a corpus streams past: each unit's tokens and its non-zero
 * hit counts as variable-length integers in a chain of byte chunks. The outlet profile's bootstrap
 * resamples articles, so one unit per article and segment is kept until the end, and grows with
 * the corpus (figures: docs/scaling.md, "Plumbing").
 *
 * Encoding of one unit (LEB128 varints, within one chunk): `2 × cells + (tokens not a whole
 * number ? 1 : 0)`, then the tokens (a varint, or the 8 bytes of a float64), then per stored cell
 * its category and its hits. Sums per category, cells per category and Σtokens are kept as units
 * arrive, so the totals need no pass over the units and survive `release`.
 */
import { checkRateOptions, type SparseRateUnits } from './bootstrapRates';

/** Marks of the categories seen in the unit being added (`add` checks they are distinct). */
const seenIn = new Int32Array(65536);
let addCall = 0;

/** First and largest chunk sizes in bytes (chunks double from the first to the largest). */
const FIRST_CHUNK = 256;
const MAX_CHUNK = 1 << 16;

/** Scratch for the bytes of a float64 (tokens that are not whole numbers). */
const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);

/** Grows a Float64Array or Uint32Array to at least `need` elements (zero-filled), keeping its contents. */
function grown<T extends Float64Array | Uint32Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2, 8));
  b.set(a);
  return b;
}

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
  /** Full chunks, and the bytes used in each. */
  private chunks: Uint8Array[] = [];
  private used: number[] = [];
  /** The chunk being written and the next byte in it. */
  private cur = new Uint8Array(0);
  private pos = 0;
  private tokenSum = 0;
  /** Σhits and stored cells per category index (grown to the largest index seen). */
  private hitSums = new Float64Array(0);
  private cellCounts = new Uint32Array(0);
  /** Largest category index with a stored cell, or -1. */
  private maxCategory = -1;
  private isReleased = false;

  /**
   * Appends a unit: its tokens and its hit counts by distinct category indexes (categories without
   * hits may be left out; a count of 0 is not stored). Counts are whole numbers below 2³². Nothing
   * is stored when the unit is rejected.
   */
  add(tokens: number, categories: ArrayLike<number>, counts: ArrayLike<number>): void {
    if (this.isReleased) throw new Error('RateUnitLog: units added after release()');
    const mark = ++addCall;
    if (!(Number.isFinite(tokens) && tokens >= 0)) throw new RangeError(`RateUnitLog: unit ${this.n} has invalid tokens (${tokens})`);
    let stored = 0;
    for (let k = 0; k < categories.length; k++) {
      const c = categories[k];
      const h = counts[k];
      if (!(Number.isInteger(h) && h >= 0 && h < 2 ** 32)) throw new RangeError(`RateUnitLog: unit ${this.n} has invalid hits for category ${c} (${h})`);
      if (!(Number.isInteger(c) && c >= 0 && c < 65536)) throw new RangeError(`RateUnitLog: unit ${this.n} has an invalid category index (${c})`);
      if (seenIn[c] === mark) throw new RangeError(`RateUnitLog: unit ${this.n} lists category ${c} twice`);
      seenIn[c] = mark;
      if (h !== 0) stored++;
    }
    // Header ≤ 3 bytes, tokens ≤ 8, each cell ≤ 3 + 5.
    this.reserve(11 + 8 * stored);
    const whole = Number.isSafeInteger(tokens) && !Object.is(tokens, -0);
    this.varint(2 * stored + (whole ? 0 : 1));
    if (whole) this.varint(tokens);
    else {
      f64[0] = tokens;
      this.cur.set(f64Bytes, this.pos);
      this.pos += 8;
    }
    for (let k = 0; k < categories.length; k++) {
      const h = counts[k];
      if (h === 0) continue;
      const c = categories[k];
      this.varint(c);
      this.varint(h);
      if (c > this.maxCategory) {
        this.maxCategory = c;
        this.hitSums = grown(this.hitSums, c + 1);
        this.cellCounts = grown(this.cellCounts, c + 1);
      }
      this.hitSums[c] += h;
      this.cellCounts[c]++;
    }
    this.tokenSum += tokens;
    this.n++;
  }

  /** Makes room for `bytes` more bytes in the current chunk (a unit never spans two chunks). */
  private reserve(bytes: number): void {
    if (this.pos + bytes <= this.cur.length) return;
    if (this.cur.length > 0) { this.chunks.push(this.cur); this.used.push(this.pos); }
    const size = Math.min(MAX_CHUNK, Math.max(FIRST_CHUNK, this.cur.length * 2));
    this.cur = new Uint8Array(Math.max(size, bytes));
    this.pos = 0;
  }

  /** Writes a whole number in [0, 2⁵³) as a LEB128 varint. */
  private varint(v: number): void {
    const b = this.cur;
    let p = this.pos;
    while (v >= 0x80) {
      b[p++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    b[p++] = v;
    this.pos = p;
  }

  /** Whether `release` was called (the units are gone; `n` and the totals remain). */
  get released(): boolean {
    return this.isReleased;
  }

  /** Bytes the log holds for its units (chunks allocated, not counting the per-category totals). */
  get byteLength(): number {
    let s = this.cur.length;
    for (const c of this.chunks) s += c.length;
    return s;
  }

  /**
   * Σhits per category (whole numbers: exact in any order) — `toSparse(categories).totalHits`
   * without building the sparse form. Available after `release`.
   * @example log.totalHits(4) // Float64Array [0, 0, 3, 0]
   */
  totalHits(categories: number): Float64Array {
    if (this.maxCategory >= categories) throw new RangeError(`RateUnitLog: hits for category ${this.maxCategory}, beyond the ${categories} categories`);
    const out = new Float64Array(categories);
    out.set(this.hitSums.subarray(0, Math.min(categories, this.hitSums.length)));
    return out;
  }

  /** Σtokens over the units, summed in unit order. Available after `release`. */
  totalTokens(): number {
    return this.tokenSum;
  }

  /**
   * Frees the units, keeping `n` and the totals (`totalHits`, `totalTokens`): for a caller that
   * has built the sparse form it resamples and needs nothing else. `toSparse` and `add` throw after.
   * @example log.release(); log.totalTokens() // still 200
   */
  release(): void {
    this.isReleased = true;
    this.chunks = [];
    this.used = [];
    this.cur = new Uint8Array(0);
    this.pos = 0;
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
    if (this.isReleased) throw new Error('RateUnitLog: toSparse() after release()');
    const n = this.n;
    const sums = this.totalHits(categories); // also checks every category is below `categories`
    const int32 = (k: number) => (shared ? new Int32Array(new SharedArrayBuffer(4 * k)) : new Int32Array(k));
    const float64 = (k: number) => (shared ? new Float64Array(new SharedArrayBuffer(8 * k)) : new Float64Array(k));
    const start = int32(categories + 1);
    for (let c = 0; c < categories; c++) start[c + 1] = start[c] + (c < this.cellCounts.length ? this.cellCounts[c] : 0);
    const next = start.slice(0, categories);
    const units = int32(start[categories]);
    const hits = float64(start[categories]);
    const totalHits = float64(categories);
    totalHits.set(sums);
    const tokens = float64(n);
    const chunks = [...this.chunks, this.cur];
    const used = [...this.used, this.pos];
    let i = 0;
    for (let k = 0; k < chunks.length; k++) {
      const b = chunks[k];
      const end = used[k];
      let p = 0;
      /** The LEB128 varint at b[p], advancing p. */
      const varint = (): number => {
        let v = 0;
        let scale = 1;
        let byte: number;
        do { byte = b[p++]; v += (byte & 0x7f) * scale; scale *= 0x80; } while (byte & 0x80);
        return v;
      };
      while (p < end) {
        const header = varint();
        if (header % 2 === 0) tokens[i] = varint();
        else {
          f64Bytes.set(b.subarray(p, p + 8));
          p += 8;
          tokens[i] = f64[0];
        }
        for (let cells = Math.floor(header / 2); cells > 0; cells--) {
          const c = varint();
          units[next[c]] = i;
          hits[next[c]] = varint();
          next[c]++;
        }
        i++;
      }
    }
    if (i !== n) throw new Error(`RateUnitLog: read ${i} units back, ${n} were added`);
    return { n, categories, start, units, hits, tokens, totalHits, totalTokens: this.tokenSum };
  }
}
