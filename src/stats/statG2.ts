import { checkCells, expected2x2, xLogXOverE } from './twoByTwo';

/** Options of {@link statG2}. */
export interface StatG2Options {
  /**
   * Divide G² by Williams' (1976) correction factor
   * q = 1 + (n·Σ1/rowᵢ − 1)(n·Σ1/colⱼ − 1) / (6n(r−1)(c−1)), which brings the statistic
   * closer to χ²(1) for small samples. Default `false`.
   */
  williams?: boolean;
  /**
   * `'table'` (default): the full 2×2 statistic G² = 2 Σ O·ln(O/E) over all four cells
   * (Dunning 1993; quanteda `textstat_keyness(measure = "lr")`).
   * `'rayson'`: the two-cell form of Rayson & Garside (2000) used by Lancaster's
   * log-likelihood calculator, 2(a·ln(a/E₁) + b·ln(b/E₂)) with E₁ = (a+c)(a+b)/n,
   * E₂ = (b+d)(a+b)/n. It drops the "other tokens" cells, so it is slightly smaller than the
   * full form for frequent terms and nearly equal for rare ones. Williams' correction is
   * only defined for `'table'`.
   */
  form?: 'table' | 'rayson';
}

/**
 * Log-likelihood ratio statistic G² for a 2×2 keyness table (Dunning 1993, "Accurate
 * methods for the statistics of surprise and coincidence"), unsigned; compare with χ²(1)
 * (use {@link pChiSquare}). Cells as in `twoByTwo.ts`: a = term in target, b = term in
 * reference, c = other tokens in target, d = other tokens in reference.
 *
 * G² is preferred to Pearson's χ² for word counts because it stays accurate for the
 * small expected frequencies typical of rare words (Dunning 1993).
 *
 * @example
 * statG2(10, 20, 90, 80);                      // 3.98655573646912  (full 2×2)
 * statG2(10, 20, 90, 80, { form: 'rayson' });  // 3.39798073590795
 * statG2(10, 20, 90, 80, { williams: true });  // 3.91950151930069
 */
export function statG2(a: number, b: number, c: number, d: number, options: StatG2Options = {}): number {
  checkCells('statG2', [a, b, c, d]);
  const form = options.form ?? 'table';
  const n = a + b + c + d;
  if (n === 0 || a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) return 0;
  const [e1, e2, e3, e4] = expected2x2(a, b, c, d);
  if (form === 'rayson') {
    if (options.williams) throw new Error('statG2: Williams correction is only defined for form "table"');
    return Math.max(0, 2 * (xLogXOverE(a, e1) + xLogXOverE(b, e2)));
  }
  let g2 = 2 * (xLogXOverE(a, e1) + xLogXOverE(b, e2) + xLogXOverE(c, e3) + xLogXOverE(d, e4));
  g2 = Math.max(0, g2);
  if (options.williams) {
    const rows = 1 / (a + b) + 1 / (c + d);
    const cols = 1 / (a + c) + 1 / (b + d);
    const q = 1 + ((n * rows - 1) * (n * cols - 1)) / (6 * n);
    g2 /= q;
  }
  return g2;
}
