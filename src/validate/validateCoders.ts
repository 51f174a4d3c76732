/**
 * A validation study with several coders: how far the coders agree with each other, how far
 * khitab agrees with each of them, and how well it recovers the majority label. One-coder sheets
 * use `validateStance` alone, as before.
 */
import { coderAgreement, type CoderAgreement, type CoderDisagreement } from './coderAgreement';
import { stanceFromIndex } from './stanceFromIndex';
import { GoldRow, PredictedUnit, predictedUnitId, type StanceLabel, type ValidationReport } from './types';
import { validateStance, type ValidateStanceOptions } from './validateStance';

/** khitab against one coder. */
export interface CoderVsToolkit {
  /** Coder id. */
  coder: string;
  /** Units of this coder that khitab labelled. */
  n: number;
  /** Share of those with the same label, or null when n = 0. */
  accuracy: number | null;
  /** Cohen's κ, coder vs khitab (NaN when undefined). */
  kappa: number;
  /** Krippendorff's α (nominal), coder and khitab as two coders. */
  alpha: number;
  /** Macro-F1 of khitab's labels against the coder's. */
  macroF1: number | null;
}

/** A unit the coders disagree on, with khitab's label beside theirs. */
export interface ToolkitDisagreement extends CoderDisagreement {
  /** khitab's label of the unit, or null when it has none (unit not found). */
  khitab: StanceLabel | null;
}

/** Result of {@link validateCoders}. */
export interface MultiCoderReport {
  /** Agreement between the coders. */
  agreement: CoderAgreement;
  /** khitab against each coder, in coder order. */
  perCoder: CoderVsToolkit[];
  /** khitab against the majority label (units with a tie left out: `agreement.ties`). */
  majority: ValidationReport;
  /** The coders' disagreements with khitab's label. */
  disagreements: ToolkitDisagreement[];
}

/**
 * Compares several coders with each other (`coderAgreement`) and khitab with each coder and with
 * the majority label (`validateStance`; precision/recall/F1 against the majority).
 * @example
 * const r = validateCoders(goldOfTwoCoders, predictedUnits(result.tables, result.lexicon));
 * r.agreement.alpha;    // 0.81
 * r.perCoder[0].kappa;  // 0.42
 * r.majority.macroF1;   // 0.55
 */
export function validateCoders(gold: readonly GoldRow[], predicted: readonly PredictedUnit[], options: ValidateStanceOptions = {}): MultiCoderReport {
  const agreement = coderAgreement(gold);
  const perCoder = agreement.coders.map((coder) => {
    const r = validateStance(gold.filter((g) => g.coder === coder), predicted, options);
    return { coder, n: r.n, accuracy: r.accuracy, kappa: r.kappa, alpha: r.alpha, macroF1: r.macroF1 };
  });
  const labels = new Map(predicted.map((p) => [predictedUnitId(p), stanceFromIndex(p.index)] as [string, StanceLabel]));
  return {
    agreement,
    perCoder,
    majority: validateStance(agreement.majority, predicted, options),
    disagreements: agreement.disagreements.map((d) => ({ ...d, khitab: labels.get(d.unit) ?? null })),
  };
}

/** Columns of disagreements.csv. */
export const DISAGREEMENT_COLUMNS = ['unit', 'id', 'comment', 'codes', 'majority', 'khitab', 'notes'] as const;

/**
 * The disagreements as table rows (`DISAGREEMENT_COLUMNS`): each coder's label as `coder=label`
 * joined with `; `, the notes as `coder: note` joined with ` | `, an empty majority on a tie.
 * @example disagreementRows(report.disagreements)[0]
 * // { unit: '003_…#0', id: '003_…', comment: 0, codes: 'amal=neutral; omar=oppose', majority: '', khitab: 'oppose', notes: 'amal: sarcasm at both sides' }
 */
export function disagreementRows(disagreements: readonly ToolkitDisagreement[]): Record<(typeof DISAGREEMENT_COLUMNS)[number], string | number | null>[] {
  return disagreements.map((d) => ({
    unit: d.unit, id: d.id, comment: d.comment,
    codes: d.codes.map((c) => `${c.coder}=${c.stance}`).join('; '),
    majority: d.majority ?? '', khitab: d.khitab ?? '',
    notes: d.codes.filter((c) => c.notes !== '').map((c) => `${c.coder}: ${c.notes}`).join(' | '),
  }));
}
