import { checkCells, expected2x2 } from './twoByTwo';

/** Options of {@link chiSquare2x2}. */
export interface ChiSquare2x2Options {
  /**
   * Apply Yates' continuity correction as R's `chisq.test(correct = TRUE)` does: each
   * |O − E| is reduced by min(0.5, |O − E|). Default `false`.
   */
  yates?: boolean;
}

/**
 * Pearson's χ² for a 2×2 table (unsigned; 1 degree of freedom). Cells as in `twoByTwo.ts`
 * (a = term in target, b = term in reference, c/d = other tokens). Returns 0 when a margin
 * is 0 (no evidence either way) instead of R's NaN.
 *
 * @example
 * chiSquare2x2(10, 20, 90, 80);                  // 3.9215686274509802
 * chiSquare2x2(10, 20, 90, 80, { yates: true }); // 3.1764705882352944
 */
export function chiSquare2x2(a: number, b: number, c: number, d: number, options: ChiSquare2x2Options = {}): number {
  checkCells('chiSquare2x2', [a, b, c, d]);
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) return 0;
  const expected = expected2x2(a, b, c, d);
  const observed = [a, b, c, d];
  let chi2 = 0;
  for (let i = 0; i < 4; i++) {
    let diff = Math.abs(observed[i] - expected[i]);
    if (options.yates) diff -= Math.min(0.5, diff);
    chi2 += (diff * diff) / expected[i];
  }
  return chi2;
}
