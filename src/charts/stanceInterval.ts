/**
 * Confidence interval of a stance index `(support − oppose) / (support + oppose)`.
 *
 * The index is `2p − 1` with `p = support / (support + oppose)`, so its interval is the Wilson
 * score interval of `p` (Wilson 1927; the interval R's `prop.test(x, n, correct = FALSE)` reports)
 * mapped through `2p − 1`. Wilson stays inside [−1, 1] and behaves at 0 or n hits, where the normal
 * approximation collapses to a zero-width interval.
 */

/** A stance index with its interval; all null when there are no stance hits. */
export interface StanceEstimate {
  /** support + oppose. */
  n: number;
  /** (support − oppose) / n, or null when n is 0. */
  index: number | null;
  /** Lower bound of the interval, or null. */
  low: number | null;
  /** Upper bound of the interval, or null. */
  high: number | null;
}

/**
 * Stance index of counts with its Wilson interval (default 95%, z = 1.959964).
 * @example stanceInterval(3, 1) // { n: 4, index: 0.5, low: -0.3988…, high: 0.9088… }
 */
export function stanceInterval(support: number, oppose: number, z = 1.959964): StanceEstimate {
  const n = support + oppose;
  if (!(n > 0)) return { n: 0, index: null, low: null, high: null };
  const p = support / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const lo = Math.max(0, centre - half);
  const hi = Math.min(1, centre + half);
  return { n, index: (support - oppose) / n, low: 2 * lo - 1, high: 2 * hi - 1 };
}
