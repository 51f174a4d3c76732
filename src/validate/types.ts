/**
 * Record types of the validation stage: a hand-coded ("gold") sample and the comparison
 * of khitab's labels with it.
 */
import type { PrecisionRecallF1 } from '../stats/precisionRecallF1';

/**
 * Stance label of a unit toward Turkish–Syrian reconciliation/normalization.
 * `neutral` means neither support nor opposition is expressed, or both are in balance
 * (mixed); it is the "no stance" class, not a position in between.
 */
export type StanceLabel = 'support' | 'oppose' | 'neutral';

/** The stance labels in table order. */
export const STANCE_LABELS: readonly StanceLabel[] = ['support', 'oppose', 'neutral'];

/** One row of a gold CSV (`id,comment,stance,categories,coder,notes`). */
export interface GoldRow {
  /** Page id (as in articles.csv). */
  id: string;
  /** 0-based comment index, or null for the article's reporting. */
  comment: number | null;
  /** The coder's stance label. */
  stance: StanceLabel;
  /** Category ids the coder found in the unit; null when the file has no `categories` column (not coded). */
  categories: string[] | null;
  /** Coder initials or id; empty string when not given. */
  coder: string;
  /** A coding sheet's `category` (the hit's category); absent without the column or when empty. */
  category?: string;
  /** A coding sheet's `category_ok`: is the hit's category right here (yes → true, no → false)? Absent when not coded. */
  categoryOk?: boolean;
  /** Unit id from a coding sheet's `unit` column (`ID`, `ID#N`, `ID:LINE:COL:MARKER`); absent in a sheet without it (the unit is then (id, comment)). */
  unit?: string;
  /** Free-text justification; empty string when not given. */
  notes: string;
  /** 1-based line of the row in the CSV file (where the record ends, if a quoted cell spans lines), for messages. */
  line: number;
}

/** khitab's output for one unit, as needed for validation (from articles.csv / comments.csv / hits). */
export interface PredictedUnit {
  /** Page id. */
  id: string;
  /** 0-based comment index, or null for the reporting. */
  comment: number | null;
  /** Support hits. */
  support: number;
  /** Oppose hits. */
  oppose: number;
  /** Stance index (support − oppose)/(support + oppose), or null when there are no hits. */
  index: number | null;
  /** Category ids with at least one hit in the unit. */
  categories: Set<string>;
  /** Unit id when the unit is a marker hit (`ID:LINE:COL:MARKER`); absent for a page's reporting or a comment. */
  unit?: string;
}

/**
 * The unit id of a page's reporting (`ID`) or of one of its comments (`ID#N`), as `khitab sample`
 * writes it in a coding sheet's `unit` column.
 * @example unitIdOf('001_be24e1eb1075d265', 1) // '001_be24e1eb1075d265#1'
 */
export function unitIdOf(id: string, comment: number | null): string {
  return comment === null ? id : `${id}#${comment}`;
}

/** The unit a gold row codes: its `unit` cell, else its (id, comment). */
export function goldUnitId(row: Pick<GoldRow, 'id' | 'comment' | 'unit'>): string {
  return row.unit || unitIdOf(row.id, row.comment);
}

/** The unit of a prediction: a hit's unit id, else its (id, comment). */
export function predictedUnitId(unit: Pick<PredictedUnit, 'id' | 'comment' | 'unit'>): string {
  return unit.unit ?? unitIdOf(unit.id, unit.comment);
}

/** Per-category comparison of hand-coded and detected category presence. */
export interface CategoryAgreement extends PrecisionRecallF1 {
  /** Category id. */
  category: string;
}

/** Result of {@link validateStance}. */
export interface ValidationReport {
  /** Gold units that had a prediction (the units compared). */
  n: number;
  /** Label order of the confusion table. */
  labels: StanceLabel[];
  /** Rows = gold label, columns = predicted label, in `labels` order. */
  confusion: number[][];
  /** Precision, recall and F1 of each label (one-vs-rest). */
  perLabel: (PrecisionRecallF1 & { label: StanceLabel })[];
  /** Mean F1 over labels that have a defined F1, or null. */
  macroF1: number | null;
  /** Share of units whose labels agree, or null when n = 0. */
  accuracy: number | null;
  /** Cohen's kappa between coder and khitab (NaN when undefined). */
  kappa: number;
  /** Krippendorff's alpha (nominal) between coder and khitab (NaN when undefined). */
  alpha: number;
  /** Per-category presence agreement over units whose gold row codes categories; null when none does. */
  perCategory: CategoryAgreement[] | null;
  /** Gold rows without a matching prediction (e.g. a comment the splitter missed). */
  unmatched: GoldRow[];
  /** Predictions without a gold row (not an error: the gold sample is a sample). */
  unmatchedPredicted: number;
}
