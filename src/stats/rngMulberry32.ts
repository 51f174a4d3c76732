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
  let state = seed >>> 0;
  return function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
