import { cohensKappa } from '../stats/cohensKappa';
import { confusionTable } from '../stats/confusionTable';
import { krippendorffAlpha } from '../stats/krippendorffAlpha';
import { precisionRecallF1, prf1FromCounts } from '../stats/precisionRecallF1';
import { stanceFromIndex } from './stanceFromIndex';
import { CategoryAgreement, GoldRow, goldUnitId, PredictedUnit, predictedUnitId, STANCE_LABELS, StanceLabel, ValidationReport } from './types';

/** Options of {@link validateStance}. */
export interface ValidateStanceOptions {
  /**
   * Categories to compare; default: every category that appears in at least one gold row.
   * Predicted categories outside this list (e.g. `stance_oppose`, which the coder does not
   * code as a category) are ignored.
   */
  categories?: string[];
}

/**
 * Compares khitab's stance labels (and detected categories) with a hand-coded sample.
 * Units are matched on their unit id (`goldUnitId`: the sheet's `unit`, else (id, comment)). The predicted label of a unit is derived from its
 * stance index by {@link stanceFromIndex}: support if index > 0, oppose if < 0, neutral
 * otherwise (no hits or balanced). Reports the 3×3 confusion table (rows = coder, columns =
 * khitab), per-label precision/recall/F1, accuracy, Cohen's κ and Krippendorff's α
 * (nominal; coder and khitab as two coders), per-category presence P/R/F1 over units whose
 * gold row codes categories, and the gold rows that found no prediction.
 *
 * @example
 * const r = validateStance(
 *   [{ id: '001', comment: null, stance: 'oppose', categories: null, coder: 'x', notes: '', line: 2 }],
 *   [{ id: '001', comment: null, support: 0, oppose: 2, index: -1, categories: new Set() }],
 * );
 * r.accuracy; // 1
 * r.confusion; // [[0, 0, 0], [0, 1, 0], [0, 0, 0]]
 */
export function validateStance(
  gold: readonly GoldRow[],
  predicted: readonly PredictedUnit[],
  options: ValidateStanceOptions = {},
): ValidationReport {
  const byKey = new Map<string, PredictedUnit>();
  for (const p of predicted) byKey.set(predictedUnitId(p), p);
  const matched: { gold: GoldRow; pred: PredictedUnit }[] = [];
  const unmatched: GoldRow[] = [];
  const used = new Set<string>();
  for (const g of gold) {
    const key = goldUnitId(g);
    const p = byKey.get(key);
    if (p) {
      matched.push({ gold: g, pred: p });
      used.add(key);
    } else unmatched.push(g);
  }
  const goldLabels: StanceLabel[] = matched.map((m) => m.gold.stance);
  const predLabels: StanceLabel[] = matched.map((m) => stanceFromIndex(m.pred.index));
  const labels = [...STANCE_LABELS];
  const confusion = confusionTable(goldLabels, predLabels, labels).matrix;
  const perLabel = labels.map((label) => ({ label, ...precisionRecallF1(goldLabels, predLabels, label) }));
  const f1s = perLabel.map((l) => l.f1).filter((f): f is number => f !== null);
  const n = matched.length;
  const agree = matched.filter((_, i) => goldLabels[i] === predLabels[i]).length;
  return {
    n,
    labels,
    confusion,
    perLabel,
    macroF1: f1s.length > 0 ? f1s.reduce((s, f) => s + f, 0) / f1s.length : null,
    accuracy: n > 0 ? agree / n : null,
    kappa: cohensKappa(goldLabels, predLabels),
    alpha: krippendorffAlpha(goldLabels.map((g, i) => [g, predLabels[i]])),
    perCategory: categoryAgreement(matched, options.categories),
    unmatched,
    unmatchedPredicted: predicted.filter((p) => !used.has(predictedUnitId(p))).length,
  };
}

function categoryAgreement(
  matched: { gold: GoldRow; pred: PredictedUnit }[],
  requested: string[] | undefined,
): CategoryAgreement[] | null {
  const coded = matched.filter((m) => m.gold.categories !== null);
  if (coded.length === 0) return null;
  const categories = requested
    ? [...requested]
    : [...new Set(coded.flatMap((m) => m.gold.categories ?? []))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return categories.map((category) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const m of coded) {
      const g = (m.gold.categories ?? []).includes(category);
      const p = m.pred.categories.has(category);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    return { category, ...prf1FromCounts(tp, fp, fn) };
  });
}
