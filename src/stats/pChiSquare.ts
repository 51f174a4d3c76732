import { gammaln } from 'simple-statistics';

const ITMAX = 10000;
const EPS = 1e-15;
const FPMIN = 1e-300;

/**
 * Regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a).
 *
 * Numerical Recipes (Press et al. 2007, §6.2) `gammq`: the series for P when x < a + 1,
 * the continued fraction (modified Lentz) for Q otherwise. simple-statistics has no
 * incomplete gamma function, so it is written here once.
 *
 * @param a Shape, > 0.
 * @param x Argument, ≥ 0 (`Infinity` gives 0).
 * @example
 * gammaQ(1, 2); // 0.1353352832366127 (= e⁻², to 1e-15)
 */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError(`gammaQ: a must be > 0, got ${a}`);
  if (Number.isNaN(x) || x < 0) throw new RangeError(`gammaQ: x must be >= 0, got ${x}`);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  const lnPrefix = -x + a * Math.log(x) - gammaln(a);
  if (x < a + 1) {
    // Series for P(a, x); Q = 1 − P.
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let n = 0; n < ITMAX; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) break;
    }
    return Math.max(0, 1 - sum * Math.exp(lnPrefix));
  }
  // Continued fraction for Q(a, x).
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= ITMAX; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.min(1, Math.exp(lnPrefix) * h);
}

/**
 * Upper-tail probability of the chi-square distribution, P(X ≥ x) for X ~ χ²(df):
 * the p-value of a chi-square or G² statistic. Computed as Q(df/2, x/2) with {@link gammaQ},
 * because simple-statistics only ships a table of critical values.
 *
 * @param x The statistic (≥ 0; negative values are treated as 0 and give 1).
 * @param df Degrees of freedom (> 0).
 * @example
 * pChiSquare(3.841458820694124, 1); // 0.05 (to 1e-12)
 * pChiSquare(10, 3);                // 0.018566135463043 (R: pchisq(10, 3, lower.tail = FALSE))
 */
export function pChiSquare(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`pChiSquare: df must be > 0, got ${df}`);
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  return gammaQ(df / 2, x / 2);
}
