/**
 * Record types of the stance evaluation (`khitab validate stance`): what the instrument predicts
 * for one gold unit, and the figures per segment and per camp or variety.
 */
import type { PrecisionRecallF1 } from '../stats/precisionRecallF1';
import type { StanceGoldSegment, StanceGoldStance } from './stanceGoldTypes';

/** How the predicted voice of a unit was found. */
export type VoiceStatus =
  /** No stance hit in the unit: no voice predicted. */
  | 'none'
  /** The voice hit is neither quoted nor in reported speech: the outlet's (or commenter's) own. */
  | 'authorial'
  /** Quoted or reported, and the voice table names the speaker. */
  | 'named'
  /** Quoted or reported with a speaker string the voice table does not know (voice `unnamed`). */
  | 'unknown'
  /** Quoted or reported with a withheld-source cue in the speaker («لم يكشف اسمه»; voice `unnamed`). */
  | 'anonymous'
  /** Quoted or reported, but the heuristic found no speaker string (voice `unnamed`). */
  | 'no_speaker';

/** What the instrument says about one gold unit. */
export interface StanceUnitPrediction {
  /** Gold unit id. */
  id: string;
  /** Predicted stance: `conditional` when conditional hits are at least the support and oppose hits together, else from the stance index. */
  stance: StanceGoldStance;
  /** Sign of the stance index: +1, −1, 0 (balanced hits) or null (no stance hit). */
  sign: 1 | -1 | 0 | null;
  /** Support hits counted (as the unit's row in articles.csv / comments.csv). */
  support: number;
  /** Oppose hits counted. */
  oppose: number;
  /** Conditional hits counted (non-negated hits of categories with `stance: conditional`). */
  conditional: number;
  /** Predicted gold voice (`authorial`, `unnamed`, `actor:ID`), or null (see `voiceStatus`). */
  voice: string | null;
  /** How the voice was found. */
  voiceStatus: VoiceStatus;
  /** Speaker string of the voice hit (hits.csv `speaker`), or null. */
  speaker: string | null;
}

/** A count out of a total and its ratio (null when the total is 0): the one of the splitter's evaluation. */
export type { Share } from './evalSplitTypes';
import type { Share } from './evalSplitTypes';

/** Classification figures over the four gold classes. */
export interface StanceClassScores {
  /** Units compared. */
  n: number;
  /** Class order of `perClass` and of the confusion matrix. */
  classes: StanceGoldStance[];
  /** One-vs-rest precision, recall, F1 and support per class (null where undefined). */
  perClass: (PrecisionRecallF1 & { stance: StanceGoldStance; predicted: number })[];
  /** Mean F1 over the four classes, an undefined F1 counted as 0 (sklearn `zero_division=0`); null when n = 0. */
  macroF1: number | null;
  /** Share of units whose predicted class equals the gold class. */
  accuracy: Share;
  /** Rows = gold class, columns = predicted class, in `classes` order. */
  confusion: number[][];
  /** Classes that no unit was predicted as. */
  neverPredicted: StanceGoldStance[];
}

/** Sign agreement on the units whose gold stance is support or oppose. */
export interface SignAgreement {
  /** Predicted sign equals the gold sign, out of the gold-signed units. */
  agree: Share;
  /** Units with no stance hit (index null). */
  noPrediction: number;
  /** Units with balanced hits (index 0). */
  balanced: number;
  /** Units with the opposite sign. */
  opposite: number;
}

/** Voice attribution on units with a stance hit and a non-neutral gold stance. */
export interface VoiceAgreement {
  /** Predicted voice equals the gold voice. */
  correct: Share;
  /** Per gold voice kind (`authorial`, `unnamed`, `actor`): correct out of units. */
  byGoldKind: { kind: 'authorial' | 'unnamed' | 'actor'; correct: Share }[];
  /** How the voices were found (count per status, statuses with no unit left out). */
  statuses: { status: VoiceStatus; units: number }[];
}

/** All figures of a set of units. */
export interface StanceFigures {
  /** Classification over the four classes. */
  classes: StanceClassScores;
  /** Sign agreement. */
  sign: SignAgreement;
  /** Voice attribution. */
  voice: VoiceAgreement;
}

/** Figures of one segment, and per camp (reporting) or variety (comments). */
export interface SegmentEval extends StanceFigures {
  /** `reporting` or `comment`. */
  segment: StanceGoldSegment;
  /** What the groups are: `camp` for reporting, `variety` for comments. */
  groupBy: 'camp' | 'variety';
  /** Figures per group, groups in sorted order. */
  groups: ({ group: string } & StanceFigures)[];
}

/** Result of `evalStance`. */
export interface StanceEvalReport {
  /** Units evaluated. */
  units: number;
  /** Lexicon files used (path and version), for provenance. */
  lexicon: string;
  /** Voice table file used. */
  voices: string;
  /** One entry per segment present, reporting first. */
  segments: SegmentEval[];
}
