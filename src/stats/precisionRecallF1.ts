/** Precision, recall and F1 of one label. */
export interface PrecisionRecallF1 {
  /** Units labelled positive in both. */
  tp: number;
  /** Predicted positive, gold not. */
  fp: number;
  /** Gold positive, predicted not. */
  fn: number;
  /** Gold positives (tp + fn). */
  support: number;
  /** tp / (tp + fp), or null when nothing was predicted positive. */
  precision: number | null;
  /** tp / (tp + fn), or null when there is no gold positive. */
  recall: number | null;
  /** Harmonic mean 2PR/(P+R); 0 when P + R = 0; null when P or R is null. */
  f1: number | null;
}

/**
 * Precision, recall and F1 of `positiveLabel` treating every other label as negative, as
 * sklearn's `precision_recall_fscore_support(gold, pred, labels=[positiveLabel])`, except
 * that undefined ratios are null instead of sklearn's 0-with-warning (a report should say
 * "undefined", not "0").
 *
 * @example
 * precisionRecallF1(['s', 's', 'o', 'n'], ['s', 'o', 'o', 'n'], 'o');
 * // { tp: 1, fp: 1, fn: 0, support: 1, precision: 0.5, recall: 1, f1: 0.6666666666666666 }
 */
export function precisionRecallF1<L>(gold: readonly L[], pred: readonly L[], positiveLabel: L): PrecisionRecallF1 {
  if (gold.length !== pred.length) throw new RangeError(`precisionRecallF1: ${gold.length} gold vs ${pred.length} predicted`);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] === positiveLabel;
    const p = pred[i] === positiveLabel;
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  return fromCounts(tp, fp, fn);
}

/**
 * Precision, recall and F1 from raw counts (used for multi-label category sets).
 *
 * @example
 * prf1FromCounts(2, 1, 1); // { tp: 2, fp: 1, fn: 1, support: 3, precision: 0.666…, recall: 0.666…, f1: 0.666… }
 */
export function prf1FromCounts(tp: number, fp: number, fn: number): PrecisionRecallF1 {
  return fromCounts(tp, fp, fn);
}

function fromCounts(tp: number, fp: number, fn: number): PrecisionRecallF1 {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  let f1: number | null = null;
  if (precision !== null && recall !== null) f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, support: tp + fn, precision, recall, f1 };
}
