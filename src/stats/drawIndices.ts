/**
 * The bootstrap's draws as one block: `out.length` unit indices `Math.min(n − 1, ⌊rng() · n⌋)`,
 * in draw order, into a typed array. For a generator made by `rngMulberry32` the generator is
 * run inline (no call per draw) and its state is advanced exactly as that many calls would have
 * advanced it, so the indices — and every interval computed from them — are the same as drawing
 * one by one.
 */
import { mulberry32StateOf } from './rngMulberry32';

/**
 * Fills `out` with uniform unit indices in [0, n) drawn from `rng` (one draw each, in order).
 * @example drawIndices(rngMulberry32(42), 10, new Int32Array(2)) // Int32Array [6, 4]
 */
export function drawIndices(rng: () => number, n: number, out: Int32Array): Int32Array {
  const m = out.length;
  const g = mulberry32StateOf(rng);
  if (g === undefined) {
    for (let k = 0; k < m; k++) out[k] = Math.min(n - 1, Math.floor(rng() * n));
    return out;
  }
  // mulberry32 (see rngMulberry32.ts), inlined.
  let state = g.state;
  for (let k = 0; k < m; k++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[k] = Math.min(n - 1, Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n));
  }
  g.state = state;
  return out;
}
