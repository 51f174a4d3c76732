import { pChiSquare } from './pChiSquare';

/** Result of {@link chiSquareIndependence}. */
export interface ChiSquareIndependenceResult {
  /** Pearson's χ² over the kept rows and columns, or null when fewer than 2 of either remain. */
  chi2: number | null;
  /** (kept rows − 1)(kept columns − 1), or null. */
  df: number | null;
  /** Upper-tail p-value of χ²(df), or null. */
  p: number | null;
  /** Expected counts, same shape as the input (0 in dropped all-zero rows/columns). */
  expected: number[][];
  /** Smallest expected count over kept cells, or null. */
  minExpected: number | null;
  /**
   * Cochran's (1954) rule for the χ² approximation: no expected count below 1 and at most
   * 20% of them below 5. False when the statistic is null.
   */
  valid: boolean;
  /** Grand total. */
  n: number;
  /** How many all-zero rows and columns were dropped before testing. */
  dropped: { rows: number; columns: number };
}

/**
 * Pearson's χ² test of independence for an r×c contingency table (rows = e.g. outlets,
 * columns = naming variants), without continuity correction, as R's
 * `chisq.test(table, correct = FALSE)`.
 *
 * Rows or columns whose total is 0 carry no information and would make expected counts 0;
 * they are dropped before testing (R returns NaN instead), and `dropped` reports them.
 *
 * @example
 * const r = chiSquareIndependence([[10, 20], [30, 40]]);
 * r.chi2; // 0.7936507936507936
 * r.df;   // 1
 * r.p;    // 0.37299…
 * r.valid; // true
 */
export function chiSquareIndependence(table: number[][]): ChiSquareIndependenceResult {
  const nRows = table.length;
  const nCols = nRows > 0 ? table[0].length : 0;
  for (let i = 0; i < nRows; i++) {
    if (table[i].length !== nCols) throw new RangeError(`chiSquareIndependence: row ${i} has ${table[i].length} cells, expected ${nCols}`);
    for (const v of table[i]) {
      if (!Number.isFinite(v) || v < 0) throw new RangeError(`chiSquareIndependence: counts must be finite numbers >= 0 (row ${i})`);
    }
  }
  const rowSums = table.map((row) => row.reduce((s, v) => s + v, 0));
  const colSums: number[] = [];
  for (let j = 0; j < nCols; j++) colSums.push(table.reduce((s, row) => s + row[j], 0));
  const n = rowSums.reduce((s, v) => s + v, 0);
  const keptRows = rowSums.map((_, i) => i).filter((i) => rowSums[i] > 0);
  const keptCols = colSums.map((_, j) => j).filter((j) => colSums[j] > 0);
  const expected = table.map((row, i) => row.map((_, j) => (n > 0 ? (rowSums[i] * colSums[j]) / n : 0)));
  const dropped = { rows: nRows - keptRows.length, columns: nCols - keptCols.length };
  if (keptRows.length < 2 || keptCols.length < 2) {
    return { chi2: null, df: null, p: null, expected, minExpected: null, valid: false, n, dropped };
  }
  let chi2 = 0;
  let minExpected = Infinity;
  let below5 = 0;
  let below1 = 0;
  for (const i of keptRows) {
    for (const j of keptCols) {
      const e = expected[i][j];
      const diff = table[i][j] - e;
      chi2 += (diff * diff) / e;
      if (e < minExpected) minExpected = e;
      if (e < 5) below5++;
      if (e < 1) below1++;
    }
  }
  const cells = keptRows.length * keptCols.length;
  const df = (keptRows.length - 1) * (keptCols.length - 1);
  return {
    chi2,
    df,
    p: pChiSquare(chi2, df),
    expected,
    minExpected,
    valid: below1 === 0 && below5 / cells <= 0.2,
    n,
    dropped,
  };
}
