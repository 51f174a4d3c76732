/**
 * The figures of the stance evaluation, from gold and predicted labels: per-class precision,
 * recall and F1, macro-F1 over the four classes, accuracy and the confusion matrix; sign agreement
 * on the gold-signed units; voice attribution on units with a stance hit. Pure functions.
 */
import { confusionTable } from '../stats/confusionTable';
import { precisionRecallF1 } from '../stats/precisionRecallF1';
import type { Share, SignAgreement, StanceClassScores, StanceUnitPrediction, VoiceAgreement, VoiceStatus } from './evalStanceTypes';
import { STANCE_GOLD_STANCES, type StanceGoldStance } from './stanceGoldTypes';

/**
 * A share: count out of total and its ratio (null when total is 0).
 * @example share(3, 4) // { count: 3, total: 4, value: 0.75 }
 */
export function share(count: number, total: number): Share {
  return { count, total, value: total === 0 ? null : count / total };
}

/**
 * Per-class precision, recall, F1 and support over the four gold classes (one-vs-rest, as
 * scikit-learn's `precision_recall_fscore_support(gold, pred, labels=[support, oppose,
 * conditional, neutral])`), macro-F1 as the mean of the four F1s with an undefined F1 counted as 0
 * (sklearn's `average='macro', zero_division=0`: a class never predicted, like conditional today,
 * pulls the mean down instead of leaving it), accuracy and the confusion matrix (rows gold).
 * @example stanceClassScores(['support', 'oppose'], ['support', 'neutral']).macroF1 // 0.25 (F1 1, 0, 0, 0)
 */
export function stanceClassScores(gold: readonly StanceGoldStance[], pred: readonly StanceGoldStance[]): StanceClassScores {
  const classes = [...STANCE_GOLD_STANCES];
  const perClass = classes.map((stance) => ({
    stance, ...precisionRecallF1(gold, pred, stance), predicted: pred.filter((p) => p === stance).length,
  }));
  const n = gold.length;
  const agree = gold.filter((g, i) => g === pred[i]).length;
  return {
    n, classes, perClass,
    macroF1: n === 0 ? null : perClass.reduce((s, c) => s + (c.f1 ?? 0), 0) / classes.length,
    accuracy: share(agree, n),
    confusion: confusionTable(gold, pred, classes).matrix,
    neverPredicted: perClass.filter((c) => c.predicted === 0).map((c) => c.stance),
  };
}

/**
 * Sign agreement on the units whose gold stance is support (+1) or oppose (−1): the share whose
 * predicted sign is the gold sign, out of all of them (units with no prediction count as misses
 * and are also counted apart, as are balanced and opposite ones).
 * @example signAgreement(['support', 'oppose', 'neutral'], [1, null, -1]) // agree 1/2, noPrediction 1
 */
export function signAgreement(gold: readonly StanceGoldStance[], sign: readonly (1 | -1 | 0 | null)[]): SignAgreement {
  let total = 0;
  let agree = 0;
  let noPrediction = 0;
  let balanced = 0;
  let opposite = 0;
  gold.forEach((g, i) => {
    if (g !== 'support' && g !== 'oppose') return;
    total++;
    const want = g === 'support' ? 1 : -1;
    const s = sign[i];
    if (s === want) agree++;
    else if (s === null) noPrediction++;
    else if (s === 0) balanced++;
    else opposite++;
  });
  return { agree: share(agree, total), noPrediction, balanced, opposite };
}

/** The kind of a gold voice: `authorial`, `unnamed` or `actor` (any `actor:ID`). */
function kindOf(voice: string): 'authorial' | 'unnamed' | 'actor' {
  return voice === 'authorial' || voice === 'unnamed' ? voice : 'actor';
}

const STATUS_ORDER: VoiceStatus[] = ['authorial', 'named', 'anonymous', 'unknown', 'no_speaker'];

/**
 * Voice attribution on the units with a stance hit (a predicted sign, balanced included) and a
 * non-neutral gold stance: the share whose predicted voice equals the gold voice exactly
 * (`authorial`, `unnamed` or the same `actor:ID`; an unresolved speaker is never right), overall
 * and per gold voice kind, and how the predicted voices were found.
 * @example voiceAgreement([{ stance: 'oppose', voice: 'authorial' }], [{ sign: -1, voice: 'authorial', voiceStatus: 'authorial' }]).correct // 1/1
 */
export function voiceAgreement(
  gold: readonly { stance: StanceGoldStance; voice: string }[],
  pred: readonly Pick<StanceUnitPrediction, 'sign' | 'voice' | 'voiceStatus'>[],
): VoiceAgreement {
  const kinds = { authorial: [0, 0], unnamed: [0, 0], actor: [0, 0] };
  const statuses = new Map<VoiceStatus, number>();
  let total = 0;
  let correct = 0;
  gold.forEach((g, i) => {
    const p = pred[i];
    if (g.stance === 'neutral' || p.sign === null) return;
    total++;
    const ok = p.voice === g.voice;
    if (ok) correct++;
    const k = kinds[kindOf(g.voice)];
    k[1]++;
    if (ok) k[0]++;
    statuses.set(p.voiceStatus, (statuses.get(p.voiceStatus) ?? 0) + 1);
  });
  return {
    correct: share(correct, total),
    byGoldKind: (['authorial', 'unnamed', 'actor'] as const).map((kind) => ({ kind, correct: share(kinds[kind][0], kinds[kind][1]) })),
    statuses: STATUS_ORDER.filter((s) => statuses.has(s)).map((status) => ({ status, units: statuses.get(status)! })),
  };
}
