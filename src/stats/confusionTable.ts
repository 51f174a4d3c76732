/** A confusion table: `matrix[i][j]` counts units whose gold label is `labels[i]` and predicted label `labels[j]`. */
export interface ConfusionTable {
  /** Label order of rows (gold) and columns (predicted). */
  labels: string[];
  /** Counts, rows = gold, columns = predicted. */
  matrix: number[][];
  /** Number of pairs counted. */
  n: number;
}

/**
 * Cross-tabulates gold against predicted labels (rows gold, columns predicted), as
 * sklearn's `confusion_matrix(gold, pred, labels=...)`.
 *
 * @param labels Label order; default: the labels seen, sorted by code point. Pairs with a
 *   label outside `labels` are an error (they would silently vanish otherwise).
 * @example
 * confusionTable(['a', 'a', 'b'], ['a', 'b', 'b']).matrix; // [[1, 1], [0, 1]]
 */
export function confusionTable(gold: readonly string[], pred: readonly string[], labels?: readonly string[]): ConfusionTable {
  if (gold.length !== pred.length) throw new RangeError(`confusionTable: ${gold.length} gold labels but ${pred.length} predicted`);
  const order = labels ? [...labels] : [...new Set([...gold, ...pred])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const index = new Map(order.map((l, i) => [l, i] as [string, number]));
  const matrix = order.map(() => order.map(() => 0));
  for (let k = 0; k < gold.length; k++) {
    const i = index.get(gold[k]);
    const j = index.get(pred[k]);
    if (i === undefined || j === undefined) {
      throw new RangeError(`confusionTable: pair ${k} (${gold[k]}, ${pred[k]}) has a label outside [${order.join(', ')}]`);
    }
    matrix[i][j]++;
  }
  return { labels: order, matrix, n: gold.length };
}
