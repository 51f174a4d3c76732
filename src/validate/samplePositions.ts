/**
 * Drawing k of N positions without replacement, seeded, in O(k) time and memory (Floyd's
 * algorithm), so a stratum of a million hits costs no more than the units drawn from it.
 */

/**
 * k distinct positions in [0, N), chosen uniformly by Robert Floyd's algorithm (Bentley & Floyd
 * 1987, "A sample of brilliance", CACM 30(9)), returned ascending. `rng` gives uniform floats in
 * [0, 1) (e.g. `rngMulberry32(seed)`); the same generator state gives the same positions.
 *
 * @example
 * samplePositions(10, 3, rngMulberry32(1)); // three ascending positions in 0…9, the same every time
 * samplePositions(4, 4, rngMulberry32(1));  // [0, 1, 2, 3]
 */
export function samplePositions(population: number, k: number, rng: () => number): number[] {
  if (!Number.isInteger(k) || k < 0 || k > population) throw new RangeError(`samplePositions: cannot draw ${k} of ${population}`);
  const chosen = new Set<number>();
  for (let j = population - k; j < population; j++) {
    const t = Math.floor(rng() * (j + 1));
    chosen.add(chosen.has(t) ? j : t);
  }
  return [...chosen].sort((a, b) => a - b);
}
