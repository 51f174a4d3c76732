/**
 * Seeded pseudo-random number generator (mulberry32, Tommy Ettinger 2017).
 *
 * khitab never uses `Math.random`: every function that needs randomness (the bootstrap)
 * takes an `rng` argument, so a run is reproducible from its seed (the seed is written to
 * the sidecar of every table). mulberry32 has a 32-bit state, a period of 2³², and passes
 * gjrand's tests; it is ample for a few thousand bootstrap resamples.
 *
 * @param seed Any number; it is reduced to an unsigned 32-bit integer (`seed >>> 0`).
 * @returns A function returning uniform floats in [0, 1) (multiples of 2⁻³²).
 * @example
 * const rng = rngMulberry32(42);
 * rng(); // 0.6011037519201636
 * rng(); // 0.44829055899754167
 */
export function rngMulberry32(seed: number): () => number {
  const g: Mulberry32State = { state: seed >>> 0 };
  const next = function next(): number {
    const state = (g.state + 0x6d2b79f5) >>> 0;
    g.state = state;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  generators.set(next, g);
  return next;
}

/** The state of one mulberry32 generator (shared by the generator and `mulberry32StateOf`). */
export interface Mulberry32State {
  /** The 32-bit state (unsigned); advanced by 0x6d2b79f5 per draw. */
  state: number;
}

const generators = new WeakMap<() => number, Mulberry32State>();

/**
 * The state of a generator made by `rngMulberry32`, or undefined for any other function: lets a
 * hot loop draw the same numbers inline (see `drawIndices`) and leave the generator where a
 * caller of it would have left it.
 * @example mulberry32StateOf(rngMulberry32(1))?.state // 1
 */
export function mulberry32StateOf(rng: () => number): Mulberry32State | undefined {
  return generators.get(rng);
}

/**
 * The mulberry32 generator of `seed` after `draws` numbers have been drawn, in O(1): its state
 * only advances by a constant per draw. Why: a seeded bootstrap can be split into runs of
 * resamples on several threads and still draw exactly the numbers of one serial run.
 * @param draws a non-negative integer below 2⁵³
 * @example
 * const a = rngMulberry32(42); a(); a();
 * rngMulberry32After(42, 2)() === a() // true
 */
export function rngMulberry32After(seed: number, draws: number): () => number {
  if (!Number.isSafeInteger(draws) || draws < 0) throw new RangeError(`rngMulberry32After: draws must be a non-negative safe integer, got ${draws}`);
  // state + draws × 0x6d2b79f5 (mod 2³²), with draws split so every product stays exact.
  const lo = draws % 0x10000;
  const hi = Math.floor(draws / 0x10000) % 0x10000;
  const step = (Math.imul(lo, 0x6d2b79f5) + Math.imul(Math.imul(hi, 0x6d2b79f5), 0x10000)) >>> 0;
  return rngMulberry32(((seed >>> 0) + step) >>> 0);
}
