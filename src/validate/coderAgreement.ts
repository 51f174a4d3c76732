/**
 * Agreement between hand coders on the stance of the same units: the reliability a validation
 * study reports before any comparison with the toolkit (a coding that coders cannot reproduce is
 * not a standard to measure khitab against).
 */
import { cohensKappa } from '../stats/cohensKappa';
import { fleissKappa } from '../stats/fleissKappa';
import { krippendorffAlpha } from '../stats/krippendorffAlpha';
import { GoldRow, goldUnitId, STANCE_LABELS, type StanceLabel } from './types';

/** Cohen's κ of one pair of coders, over the units both coded. */
export interface CoderPair {
  /** First coder (coders in name order). */
  a: string;
  /** Second coder. */
  b: string;
  /** Units both coded. */
  units: number;
  /** Share of those units with the same label, or null when there are none. */
  agreement: number | null;
  /** Cohen's κ over those units (NaN when undefined). */
  kappa: number;
}

/** A unit the coders labelled differently, for them to discuss. */
export interface CoderDisagreement {
  /** Unit id (`goldUnitId`). */
  unit: string;
  /** Page id. */
  id: string;
  /** Comment index, or null for the reporting. */
  comment: number | null;
  /** Each coder's label and note, in coder order. */
  codes: { coder: string; stance: StanceLabel; notes: string }[];
  /** The majority label, or null on a tie. */
  majority: StanceLabel | null;
}

/** Result of {@link coderAgreement}. */
export interface CoderAgreement {
  /** Coders, in name order. */
  coders: string[];
  /** Distinct units coded. */
  units: number;
  /** Codings (rows). */
  codings: number;
  /** Units coded by at least two coders (the ones agreement is measured on). */
  pairable: number;
  /** Krippendorff's α, nominal, over all coders with missing codings (NaN when undefined). */
  alpha: number;
  /** Cohen's κ for each pair of coders. */
  pairs: CoderPair[];
  /** Fleiss' κ, or null when the units do not all have the same number (≥ 2) of coders. */
  fleissKappa: number | null;
  /** That common number of coders per unit, or null. */
  codersPerUnit: number | null;
  /** One row per unit that has a majority label (strictly more codings than any other label): coder `majority`. */
  majority: GoldRow[];
  /** Units without a majority (a tie), left out of `majority`. */
  ties: number;
  /** Units with more than one label, most labels first, then in sheet order. */
  disagreements: CoderDisagreement[];
}

/**
 * Agreement between the coders of `gold` (rows of several coders, one per coder and unit, as
 * `readGold` returns them for several files): Krippendorff's α (nominal; any number of coders, missing codings
 * allowed), Cohen's κ per pair, Fleiss' κ when every unit has the same number of coders, the
 * majority label of each unit (ties reported, not guessed) and the units the coders disagree on.
 *
 * @example
 * const g = (unit: string, coder: string, stance: StanceLabel) => ({ id: unit, comment: null, stance, categories: null, coder, notes: '', line: 2 });
 * const r = coderAgreement([g('u1', 'A', 'support'), g('u1', 'B', 'support'), g('u2', 'A', 'oppose'), g('u2', 'B', 'neutral')]);
 * r.pairs[0]; // { a: 'A', b: 'B', units: 2, agreement: 0.5, kappa: 0.3333333333333333 }
 * r.ties; // 1 (u2)
 */
export function coderAgreement(gold: readonly GoldRow[]): CoderAgreement {
  const coders = [...new Set(gold.map((g) => g.coder))].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const byUnit = new Map<string, GoldRow[]>();
  for (const g of gold) {
    const key = goldUnitId(g);
    const list = byUnit.get(key);
    if (list) list.push(g);
    else byUnit.set(key, [g]);
  }
  const units = [...byUnit.entries()];
  const labelOf = (rows: GoldRow[], coder: string): StanceLabel | null => rows.find((r) => r.coder === coder)?.stance ?? null;
  const alpha = krippendorffAlpha(units.map(([, rows]) => coders.map((c) => labelOf(rows, c))));
  const pairs: CoderPair[] = [];
  for (let i = 0; i < coders.length; i++) {
    for (let j = i + 1; j < coders.length; j++) {
      const a: StanceLabel[] = [];
      const b: StanceLabel[] = [];
      for (const [, rows] of units) {
        const x = labelOf(rows, coders[i]);
        const y = labelOf(rows, coders[j]);
        if (x !== null && y !== null) { a.push(x); b.push(y); }
      }
      const same = a.filter((x, k) => x === b[k]).length;
      pairs.push({ a: coders[i], b: coders[j], units: a.length, agreement: a.length ? same / a.length : null, kappa: cohensKappa(a, b) });
    }
  }
  const sizes = new Set(units.map(([, rows]) => rows.length));
  const common = sizes.size === 1 ? [...sizes][0] : null;
  const fleiss = common !== null && common >= 2
    ? fleissKappa(units.map(([, rows]) => STANCE_LABELS.map((l) => rows.filter((r) => r.stance === l).length)))
    : null;
  const majority: GoldRow[] = [];
  const disagreements: CoderDisagreement[] = [];
  let ties = 0;
  for (const [unit, rows] of units) {
    const counts = STANCE_LABELS.map((l) => rows.filter((r) => r.stance === l).length);
    const top = Math.max(...counts);
    const winner = counts.filter((c) => c === top).length === 1 ? STANCE_LABELS[counts.indexOf(top)] : null;
    if (winner === null) ties++;
    else majority.push({ ...rows[0], stance: winner, categories: null, coder: 'majority', notes: '' });
    if (counts.filter((c) => c > 0).length > 1) {
      const codes = [...rows].sort((x, y) => coders.indexOf(x.coder) - coders.indexOf(y.coder)).map((r) => ({ coder: r.coder, stance: r.stance, notes: r.notes }));
      disagreements.push({ unit, id: rows[0].id, comment: rows[0].comment, codes, majority: winner });
    }
  }
  const distinct = (d: CoderDisagreement) => new Set(d.codes.map((c) => c.stance)).size;
  const order = new Map(disagreements.map((d, i) => [d, i] as [CoderDisagreement, number]));
  disagreements.sort((x, y) => distinct(y) - distinct(x) || order.get(x)! - order.get(y)!);
  return {
    coders, units: units.length, codings: gold.length, pairable: units.filter(([, rows]) => rows.length >= 2).length, alpha, pairs,
    fleissKappa: fleiss, codersPerUnit: common !== null && common >= 2 ? common : null, majority, ties, disagreements,
  };
}
