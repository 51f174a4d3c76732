/**
 * Fleiss' (1971) kappa: chance-corrected agreement of a fixed number of raters per subject on
 * nominal categories, where the raters need not be the same people for every subject.
 */

/**
 * Fleiss' kappa from a subjects × categories table of counts: `counts[i][j]` = raters who put
 * subject i in category j; every row must sum to the same number of raters n ≥ 2.
 * κ = (P̄ − P̄ₑ) / (1 − P̄ₑ), with Pᵢ = (Σⱼ nᵢⱼ² − n) / (n(n − 1)), P̄ their mean, pⱼ the share of
 * all ratings in category j and P̄ₑ = Σⱼ pⱼ² (Fleiss 1971, "Measuring nominal scale agreement
 * among many raters", Psychological Bulletin 76(5)). Why: with 3+ coders it summarises agreement
 * in one number comparable to Cohen's κ; Krippendorff's α covers unequal numbers of coders.
 *
 * @returns κ, or NaN when there are no subjects or P̄ₑ = 1 (every rating in one category).
 * @example
 * fleissKappa([[2, 0], [0, 2], [1, 1]]); // 0.33333333333333337  (3 subjects, 2 raters)
 */
export function fleissKappa(counts: readonly (readonly number[])[]): number {
  if (counts.length === 0) return NaN;
  const n = counts[0].reduce((s, x) => s + x, 0);
  if (n < 2) throw new RangeError(`fleissKappa: each subject needs at least 2 ratings, got ${n}`);
  const k = counts[0].length;
  const totals = new Array<number>(k).fill(0);
  let sumP = 0;
  for (const [i, row] of counts.entries()) {
    if (row.length !== k) throw new RangeError(`fleissKappa: subject ${i} has ${row.length} categories, expected ${k}`);
    let raters = 0;
    let squares = 0;
    for (let j = 0; j < k; j++) {
      if (!Number.isInteger(row[j]) || row[j] < 0) throw new RangeError(`fleissKappa: counts[${i}][${j}] = ${row[j]} is not a count`);
      raters += row[j];
      squares += row[j] * row[j];
      totals[j] += row[j];
    }
    if (raters !== n) throw new RangeError(`fleissKappa: subject ${i} has ${raters} ratings, subject 0 has ${n} (Fleiss' κ needs the same number)`);
    sumP += (squares - n) / (n * (n - 1));
  }
  const all = counts.length * n;
  const pBar = sumP / counts.length;
  const pe = totals.reduce((s, t) => s + (t / all) ** 2, 0);
  if (pe === 1) return NaN;
  return (pBar - pe) / (1 - pe);
}
