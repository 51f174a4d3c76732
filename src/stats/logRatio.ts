import { checkCells } from './twoByTwo';

/**
 * Log Ratio effect size (Hardie 2014, "Log Ratio – an informal introduction", CASS blog):
 * log₂ of the ratio of the term's relative frequencies in target and reference,
 * log₂((a / (a+c)) / (b / (b+d))). Cells as in `twoByTwo.ts`.
 *
 * Each doubling of relative frequency adds 1. Zero correction (Hardie's): a count of 0 in
 * one corpus is replaced by 0.5 (the corpus size is not changed), so a term absent from
 * the reference gets a large but finite value. Returns NaN when the term is absent from
 * both corpora, or when a corpus is empty.
 *
 * @example
 * logRatio(10, 20, 90, 80); // -1  (10/100 vs 20/100)
 * logRatio(4, 0, 96, 100);  // 3   (4/100 vs 0.5/100)
 */
export function logRatio(a: number, b: number, c: number, d: number): number {
  checkCells('logRatio', [a, b, c, d]);
  const targetSize = a + c;
  const referenceSize = b + d;
  if ((a === 0 && b === 0) || targetSize === 0 || referenceSize === 0) return NaN;
  const fa = (a === 0 ? 0.5 : a) / targetSize;
  const fb = (b === 0 ? 0.5 : b) / referenceSize;
  return Math.log2(fa / fb);
}
