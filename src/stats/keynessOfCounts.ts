/**
 * Keyness on count arrays indexed by term number, keeping only the strongest terms of each side:
 * the rows `statKeyness` gives, filtered to its first `top` rows with G² ≥ 0 and its last `top`
 * rows with G² < 0, with the same numbers (the same functions on the same counts), the same
 * order and the same Benjamini–Hochberg adjustment over every term. Why: with a real vocabulary
 * (hundreds of thousands of terms) and one comparison per outlet, building a Map per comparison,
 * sorting every row and computing χ² and Log Ratio for rows that are then dropped cost more
 * than the rest of the aggregate tables. Here G² and p are computed per term into typed arrays,
 * the p-values are adjusted through one numeric sort, and only the kept rows are sorted in full.
 */
import { chiSquare2x2 } from './chiSquare2x2';
import { logRatio } from './logRatio';
import { pChiSquare } from './pChiSquare';
import { statG2 } from './statG2';
import type { KeynessStat } from './keyness';

/** Options of {@link keynessOfCounts}. */
export interface KeynessOfCountsOptions {
  /** Keep only terms whose count in target + reference is at least this. Default 2 (as `statKeyness`). */
  minCount?: number;
  /** Rows kept on each side (G² ≥ 0 from the top, G² < 0 from the bottom). Default 200. */
  top?: number;
  /** Correction applied to G²: `'none'` (default) or `'williams'`. */
  g2Correction?: 'none' | 'williams';
}

function sum(counts: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < counts.length; i++) s += counts[i];
  return s;
}

/**
 * The Benjamini–Hochberg adjustment of each value of `p` as `adjustBH(p)` gives it: ties get one
 * value, so an adjusted p depends only on the value and the set of p-values, and one ascending
 * numeric sort serves them all. Returns the sorted p-values and the adjusted value at each position.
 */
function adjustedBySortedP(p: Float64Array): { sorted: Float64Array; adjusted: Float64Array } {
  const sorted = p.slice().sort();
  let n = sorted.length;
  while (n > 0 && Number.isNaN(sorted[n - 1])) n--;
  const adjusted = new Float64Array(n);
  let running = Infinity;
  // Descending, as adjustBH: a run of ties takes its value at its highest rank.
  for (let j = n - 1; j >= 0; ) {
    let lo = j;
    while (lo > 0 && sorted[lo - 1] === sorted[j]) lo--;
    const value = Math.min(1, (n / (j + 1)) * sorted[j]);
    if (value < running) running = value;
    for (let k = lo; k <= j; k++) adjusted[k] = running;
    j = lo - 1;
  }
  return { sorted, adjusted };
}

/** The adjusted value of p (NaN for NaN), found by binary search in the sorted p-values. */
function adjustedOf(p: number, bh: { sorted: Float64Array; adjusted: Float64Array }): number {
  if (Number.isNaN(p)) return NaN;
  let lo = 0;
  let hi = bh.adjusted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bh.sorted[mid] < p) lo = mid + 1; else hi = mid;
  }
  return bh.adjusted[lo];
}

/**
 * Keyness of the terms numbered 0 … n−1 (`termOf(i)` names term i) in a target against a reference
 * given as counts by term number (shorter arrays count 0 past their end): `statKeyness` of the two
 * count Maps, then its first `top` rows with G² ≥ 0 followed by its last `top` rows with G² < 0.
 * @example
 * keynessOfCounts([10, 2, 88], [1, 9, 90], (i) => ['نظام', 'دولة', 'x'][i], { top: 1 }).map((r) => r.term) // ['نظام', 'دولة']
 */
export function keynessOfCounts(target: ArrayLike<number>, reference: ArrayLike<number>, termOf: (i: number) => string, options: KeynessOfCountsOptions = {}): KeynessStat[] {
  const minCount = options.minCount ?? 2;
  const top = options.top ?? 200;
  const williams = options.g2Correction === 'williams';
  const targetTotal = sum(target);
  const referenceTotal = sum(reference);
  const n = Math.max(target.length, reference.length);
  const terms = new Int32Array(n);
  const g2s = new Float64Array(n);
  const ps = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const a = i < target.length ? target[i] : 0;
    const b = i < reference.length ? reference[i] : 0;
    if (a + b < minCount || a + b === 0) continue;
    const c = targetTotal - a;
    const d = referenceTotal - b;
    if (c < 0 || d < 0) throw new RangeError(`keynessOfCounts: count of '${termOf(i)}' exceeds the corpus total (${a}/${targetTotal}, ${b}/${referenceTotal})`);
    const g2 = statG2(a, b, c, d, { williams });
    const sign = a * (b + d) < b * (a + c) ? -1 : 1;
    terms[m] = i;
    g2s[m] = sign * g2;
    ps[m] = pChiSquare(g2, 1);
    m++;
  }
  const bh = adjustedBySortedP(ps.subarray(0, m));
  // The kept rows: the `top` largest G² ≥ 0 and the `top` smallest G² < 0, ties at the cut included,
  // then ordered as statKeyness orders (G² descending, then term) and cut exactly.
  const pos = keptSide(g2s, m, top, true);
  const neg = keptSide(g2s, m, top, false);
  const byRow = (x: number, y: number): number => {
    const d = g2s[y] - g2s[x];
    if (d !== 0) return d;
    const tx = termOf(terms[x]);
    const ty = termOf(terms[y]);
    return tx < ty ? -1 : tx > ty ? 1 : 0;
  };
  pos.sort(byRow);
  neg.sort(byRow);
  const rows = [...pos.slice(0, top), ...neg.slice(-top)];
  return rows.map((k) => {
    const i = terms[k];
    const a = i < target.length ? target[i] : 0;
    const b = i < reference.length ? reference[i] : 0;
    const c = targetTotal - a;
    const d = referenceTotal - b;
    const sign = a * (b + d) < b * (a + c) ? -1 : 1;
    return {
      term: termOf(i), targetCount: a, referenceCount: b, targetTotal, referenceTotal, g2: g2s[k],
      chi2: sign * chiSquare2x2(a, b, c, d, { yates: false }), logRatio: logRatio(a, b, c, d), p: ps[k], pAdjusted: adjustedOf(ps[k], bh),
    };
  });
}

/**
 * Row numbers on one side (G² ≥ 0, or G² < 0) whose G² reaches the `top`-th strongest value of
 * that side (all of the side when it has at most `top` rows).
 */
function keptSide(g2s: Float64Array, m: number, top: number, positive: boolean): number[] {
  const side: number[] = [];
  for (let k = 0; k < m; k++) if (positive ? g2s[k] >= 0 : g2s[k] < 0) side.push(k);
  if (side.length <= top || top <= 0) return side;
  const values = Float64Array.from(side, (k) => g2s[k]).sort();
  // Ascending: the top-th largest is at length − top; the top-th smallest at top − 1.
  const cut = positive ? values[values.length - top] : values[top - 1];
  return side.filter((k) => (positive ? g2s[k] >= cut : g2s[k] <= cut));
}
