/**
 * Benjamini–Hochberg (1995) false-discovery-rate adjustment of p-values, identical to R's
 * `p.adjust(p, method = "BH")`: sort descending, multiply the i-th smallest by n/i, take
 * the running minimum, cap at 1, and return in the input order.
 *
 * Keyness tables test thousands of terms at once; the adjusted values control the expected
 * share of false discoveries among the terms called key. NaN entries (R's NA) stay NaN and
 * do not count towards n.
 *
 * @example
 * adjustBH([0.01, 0.04, 0.03, 0.2]); // [0.04, 0.05333333333333333, 0.05333333333333333, 0.2]
 */
export function adjustBH(p: readonly number[]): number[] {
  const idx: number[] = [];
  for (let i = 0; i < p.length; i++) {
    if (Number.isNaN(p[i])) continue;
    if (p[i] < 0 || p[i] > 1) throw new RangeError(`adjustBH: p[${i}] = ${p[i]} is not in [0, 1]`);
    idx.push(i);
  }
  const out = p.map(() => NaN);
  const n = idx.length;
  // Descending by p; ties keep input order (as R's order()).
  idx.sort((x, y) => p[y] - p[x] || x - y);
  let running = Infinity;
  for (let k = 0; k < n; k++) {
    const rank = n - k; // rank among ascending p-values
    const value = Math.min(1, (n / rank) * p[idx[k]]);
    if (value < running) running = value;
    out[idx[k]] = running;
  }
  return out;
}
