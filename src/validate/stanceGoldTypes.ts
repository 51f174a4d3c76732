/**
 * Record type and vocabularies of the stance gold set (`data/gold/stance/`): hand-written
 * sentences and reader comments, each with the stance it expresses toward Turkish–Syrian
 * reconciliation and the voice that holds it. The format is documented in
 * data/gold/stance/README.md; these lists are its closed vocabularies.
 */
import { VOICE_ACTORS, type VoiceActor } from '../stance/voices/voiceIds';

/** The exact header line of every stance gold file (tab-separated). */
export const STANCE_GOLD_HEADER = ['id', 'segment', 'variety', 'camp', 'stance', 'voice', 'text', 'note'] as const;

/** Where a unit comes from: an outlet's own text or a reader comment under it. */
export const STANCE_GOLD_SEGMENTS = ['reporting', 'comment'] as const;
export type StanceGoldSegment = (typeof STANCE_GOLD_SEGMENTS)[number];

/** Language variety of the unit. */
export const STANCE_GOLD_VARIETIES = ['msa', 'levantine', 'gulf', 'egyptian', 'iraqi', 'mixed'] as const;
export type StanceGoldVariety = (typeof STANCE_GOLD_VARIETIES)[number];

/** Outlet camp of the page the unit is written as coming from (for comments: the page it was posted under). */
export const STANCE_GOLD_CAMPS = ['opposition', 'pan_arab', 'turkish', 'damascus', 'kurdish', 'gulf'] as const;
export type StanceGoldCamp = (typeof STANCE_GOLD_CAMPS)[number];

/** Stance toward reconciliation; `conditional` = acceptance only under a precondition, `neutral` = no stance. */
export const STANCE_GOLD_STANCES = ['support', 'oppose', 'conditional', 'neutral'] as const;
export type StanceGoldStance = (typeof STANCE_GOLD_STANCES)[number];

/** Named actors a voice may be (`actor:ID`): the stance stage's voice actors. */
export const STANCE_GOLD_ACTORS = VOICE_ACTORS;
export type StanceGoldActor = VoiceActor;

/** Every allowed `voice` value: the outlet or commenter itself, an unnamed source, or a named actor. */
export const STANCE_GOLD_VOICES: readonly string[] = ['authorial', 'unnamed', ...STANCE_GOLD_ACTORS.map((a) => `actor:${a}`)];

/** One unit of the stance gold set (one line of a `*.tsv` file). */
export interface StanceGoldUnit {
  /** Unique id in the whole gold folder, e.g. `dr-0001` (dev reporting) or `hc-0012` (held-back comment). */
  id: string;
  /** `reporting` (outlet sentence) or `comment` (reader comment). */
  segment: StanceGoldSegment;
  /** Language variety (`msa` or a dialect). */
  variety: StanceGoldVariety;
  /** Camp of the outlet whose page the unit is written as coming from. */
  camp: StanceGoldCamp;
  /** Gold stance the unit expresses toward Turkish–Syrian reconciliation. */
  stance: StanceGoldStance;
  /** Whose stance or words: `authorial`, `unnamed` or `actor:ID`. */
  voice: string;
  /** The unit itself, one line without tabs. */
  text: string;
  /** Free-text note of the writer (traps, negation…); empty string when none. */
  note: string;
  /** File the unit was read from, for messages. */
  source: string;
  /** 1-based line in that file. */
  line: number;
}
