import { gammaln } from 'simple-statistics';
import { checkCells } from './twoByTwo';

/** ln C(n, k) through ln Γ. */
function lnChoose(n: number, k: number): number {
  return gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1);
}

/**
 * Fisher's exact test for a 2×2 table [[a, b], [c, d]], two-sided p-value computed as
 * R's `fisher.test`: the sum of the hypergeometric probabilities of all tables with the
 * observed margins whose probability is ≤ the observed table's (with R's relative
 * tolerance 1 + 10⁻⁷ so that ties are counted despite rounding).
 *
 * Used for 2×2 naming tables where expected counts are too small for χ².
 *
 * @example
 * fisherExact2x2(3, 1, 1, 3); // 0.4857142857142857  (R: fisher.test(matrix(c(3,1,1,3),2)))
 */
export function fisherExact2x2(a: number, b: number, c: number, d: number): number {
  checkCells('fisherExact2x2', [a, b, c, d]);
  for (const v of [a, b, c, d]) {
    if (!Number.isInteger(v)) throw new RangeError(`fisherExact2x2: cells must be integers, got ${v}`);
  }
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const lo = Math.max(0, c1 - r2);
  const hi = Math.min(r1, c1);
  if (lo === hi) return 1;
  const logs: number[] = [];
  for (let k = lo; k <= hi; k++) logs.push(lnChoose(r1, k) + lnChoose(r2, c1 - k));
  const maxLog = Math.max(...logs);
  const weights = logs.map((l) => Math.exp(l - maxLog));
  const total = weights.reduce((s, w) => s + w, 0);
  const observed = weights[a - lo];
  let p = 0;
  for (const w of weights) if (w <= observed * (1 + 1e-7)) p += w;
  return Math.min(1, p / total);
}
