import { chiSquareIndependence } from './chiSquareIndependence';

/**
 * Cramér's V, the effect size of an r×c contingency table:
 * V = √(χ² / (n · (min(r, c) − 1))), from 0 (independence) to 1 (perfect association).
 * χ² is Pearson's without continuity correction, as in scipy's
 * `stats.contingency.association(table, method='cramer')`. All-zero rows and columns are
 * dropped first (see {@link chiSquareIndependence}); null when fewer than 2 rows or
 * columns remain.
 *
 * @example
 * cramersV([[10, 20], [30, 40]]); // 0.0890870806374748
 */
export function cramersV(table: number[][]): number | null {
  const result = chiSquareIndependence(table);
  if (result.chi2 === null) return null;
  const r = table.length - result.dropped.rows;
  const c = (table[0]?.length ?? 0) - result.dropped.columns;
  return Math.sqrt(result.chi2 / (result.n * (Math.min(r, c) - 1)));
}
