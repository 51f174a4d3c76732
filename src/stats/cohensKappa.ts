import { confusionTable } from './confusionTable';

/**
 * Cohen's (1960) kappa for two raters on nominal labels: κ = (pₒ − pₑ) / (1 − pₑ), where pₒ
 * is observed agreement and pₑ the agreement expected from each rater's own label
 * frequencies. Same as sklearn's `cohen_kappa_score(a, b)`. Returns NaN when pₑ = 1 (both
 * raters used one and the same label throughout: κ is undefined).
 *
 * @example
 * cohensKappa(['s', 's', 'o', 'n'], ['s', 'o', 'o', 'n']); // 0.6363636363636364
 */
export function cohensKappa(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) throw new RangeError(`cohensKappa: ${a.length} vs ${b.length} ratings`);
  if (a.length === 0) return NaN;
  const { matrix, n } = confusionTable(a, b);
  const k = matrix.length;
  let agree = 0;
  let chance = 0;
  for (let i = 0; i < k; i++) {
    agree += matrix[i][i];
    let row = 0;
    let col = 0;
    for (let j = 0; j < k; j++) {
      row += matrix[i][j];
      col += matrix[j][i];
    }
    chance += (row / n) * (col / n);
  }
  const po = agree / n;
  if (chance === 1) return NaN;
  return (po - chance) / (1 - chance);
}
