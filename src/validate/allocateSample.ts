/**
 * How many units each stratum of a hand-coding sample gets. Two allocations: proportional with a
 * minimum per stratum (`n`), or equal (`perStratum`). Proportional is the default because it keeps
 * the sample close to self-weighting (estimates from it need no weights to be roughly right),
 * while the minimum keeps small outlets and rare categories in the sample, so agreement can be
 * looked at per stratum at all. Equal allocation is for comparing strata; its estimates of the
 * whole need the weights population/sample, which the sample's sidecar records either way.
 */

/** Options of {@link allocateSample}: give `n` or `perStratum`. */
export interface AllocateSampleOptions {
  /** Total sample size, allocated proportionally with `minPerStratum`. */
  n?: number;
  /** Units per stratum (equal allocation; a smaller stratum gives all its units). */
  perStratum?: number;
  /** With `n`: units every stratum gets first (or all it has, if fewer). Default 2. */
  minPerStratum?: number;
}

/**
 * Sample sizes per stratum, in the order of `populations`. With `n`: every stratum first gets
 * min(minPerStratum, population); the rest of n is shared in proportion to what each stratum has
 * left, rounded by largest remainder (ties to the earlier stratum), so the sizes sum to n exactly
 * and never exceed a population. n at or above the whole population takes every unit. With
 * `perStratum`: min(perStratum, population) each.
 *
 * @throws RangeError when neither or both sizes are given, or the minimums alone exceed n.
 * @example
 * allocateSample([100, 50, 3], { n: 20 }); // [11, 7, 2]   (2 each, then 14 shared as 98 : 48 : 1)
 * allocateSample([100, 50, 3], { perStratum: 5 }); // [5, 5, 3]
 */
export function allocateSample(populations: readonly number[], options: AllocateSampleOptions): number[] {
  const { n, perStratum } = options;
  if ((n === undefined) === (perStratum === undefined)) throw new RangeError('allocateSample: give either n or perStratum');
  for (const p of populations) if (!Number.isInteger(p) || p < 0) throw new RangeError(`allocateSample: population ${p} is not a count`);
  if (perStratum !== undefined) return populations.map((p) => Math.min(p, perStratum));
  const total = populations.reduce((s, p) => s + p, 0);
  if (n! >= total) return [...populations];
  const min = options.minPerStratum ?? 2;
  const sizes = populations.map((p) => Math.min(p, min));
  const given = sizes.reduce((s, x) => s + x, 0);
  if (given > n!) {
    throw new RangeError(`allocateSample: ${populations.filter((p) => p > 0).length} strata need ${given} units at their minimum of ${min}, more than n = ${n}; raise n, lower the minimum, or allocate per stratum`);
  }
  const left = populations.map((p, i) => p - sizes[i]);
  const leftTotal = left.reduce((s, x) => s + x, 0);
  const share = n! - given;
  const exact = left.map((l) => (leftTotal === 0 ? 0 : (share * l) / leftTotal));
  const floors = exact.map(Math.floor);
  let rest = share - floors.reduce((s, x) => s + x, 0);
  const order = exact.map((e, i) => i).sort((a, b) => exact[b] - floors[b] - (exact[a] - floors[a]) || a - b);
  for (const i of order) {
    if (rest === 0) break;
    if (floors[i] < left[i]) { floors[i]++; rest--; }
  }
  return sizes.map((s, i) => s + floors[i]);
}
