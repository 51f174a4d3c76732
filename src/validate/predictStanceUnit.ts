/**
 * What khitab's stance instrument says about one gold unit, obtained by running the pipeline's own
 * steps on it: a reporting unit is the body of a one-sentence article, a comment unit one reader
 * comment (`articleOfLines`); `processArticle` gives the unit's row (support, oppose, index) and
 * its hits (negated, quoted, speaker), exactly as `khitab analyze` would write them.
 */
import type { Page } from '../corpus/types';
import type { Lexicon } from '../lexicon/types';
import { articleOfLines } from '../stance/articleOfLines';
import { stanceDirection, stanceOfHit } from '../stance/scoreStance';
import { processArticle } from '../tables/processPage';
import type { HitRow } from '../tables/types';
import type { StanceUnitPrediction } from './evalStanceTypes';
import { stanceFromIndex } from './stanceFromIndex';
import type { StanceGoldStance, StanceGoldUnit } from './stanceGoldTypes';
import { voiceOfSpeaker } from '../stance/voices/voiceOfSpeaker';
import type { VoiceTable } from '../stance/voices/voiceTable';
import { AUTHORIAL, UNNAMED_SOURCE, type Voice } from '../stance/voices/voiceIds';

/** A page holding just the unit's text (what `processArticle` reads of a page: metadata and warnings). */
function pageOfUnit(unit: StanceGoldUnit): Page {
  return {
    id: unit.id, file: unit.source, encoding: 'utf-8', format: 'text', text: unit.text, sha256: '',
    bytes: Buffer.byteLength(unit.text), meta: null, warnings: [],
  };
}

/** Sign of a stance index: +1, −1, 0 (balanced), null (no stance hit). */
function signOf(index: number | null): 1 | -1 | 0 | null {
  if (index === null) return null;
  return index > 0 ? 1 : index < 0 ? -1 : 0;
}

/**
 * The unit's stance from its counts: `conditional` when it has conditional hits and they are at
 * least as many as its support and oppose hits together (a precondition usually comes with the
 * refusal it qualifies: «لا تطبيع قبل الانسحاب» is one oppose marker and one conditional rule
 * hit), else the stance index's label (`stanceFromIndex`).
 * @example stanceOfCounts(-1, 0, 1, 1) // 'conditional'
 * @example stanceOfCounts(-1, 0, 2, 1) // 'oppose'
 */
export function stanceOfCounts(index: number | null, support: number, oppose: number, conditional: number): StanceGoldStance {
  return conditional > 0 && conditional >= support + oppose ? 'conditional' : stanceFromIndex(index);
}

/** Whether a hit counts as conditional: not negated, of a category with `stance: conditional`. */
function isConditional(h: HitRow, lexicon: Lexicon): boolean {
  return stanceOfHit(h, lexicon) === 'conditional';
}

/**
 * The hit whose voice is the unit's: the first counted stance hit (in text order) whose direction
 * is the unit's sign; with balanced hits, the first counted stance hit. Null when none counts.
 */
function voiceHit(hits: readonly HitRow[], sign: 1 | -1 | 0 | null, lexicon: Lexicon): HitRow | null {
  const counted = hits.filter((h) => stanceDirection(h, lexicon) !== 0);
  if (counted.length === 0) return null;
  return counted.find((h) => stanceDirection(h, lexicon) === sign) ?? counted[0];
}

/**
 * Runs the stance instrument on one gold unit and reads off its stance (`stanceOfCounts`: conditional
 * when its conditional hits are at least its support and oppose hits together, else from the stance
 * index: support > 0, oppose < 0, neutral when balanced or without stance hits) and its voice (authorial when the voice hit is neither quoted nor
 * reported speech, else the voice its speaker names in the voice table, `unnamed` when none: the hit's
 * `voice` in hits.csv, see `goldVoiceOf`).
 * @example
 * predictStanceUnit({ id: 'x', segment: 'comment', text: 'لن نصالح', … }, loadLexicon(), readVoiceTable())
 * // { id: 'x', stance: 'oppose', sign: -1, support: 0, oppose: 1, conditional: 0, voice: 'authorial', voiceStatus: 'authorial', speaker: null }
 */
export function predictStanceUnit(unit: StanceGoldUnit, lexicon: Lexicon, voices: VoiceTable): StanceUnitPrediction {
  const comment = unit.segment === 'comment';
  const article = articleOfLines([unit.text], comment ? 'comment_body' : 'body', unit.id);
  const result = processArticle(pageOfUnit(unit), article, lexicon, { voices });
  const row = comment ? result.commentRows[0] : result.articleRow;
  const sign = signOf(row.stanceIndex);
  const conditional = result.hitRows.filter((h) => (comment ? h.comment === 0 : h.comment === null) && isConditional(h, lexicon)).length;
  const stance = stanceOfCounts(row.stanceIndex, row.support, row.oppose, conditional);
  const base = { id: unit.id, stance, sign, support: row.support, oppose: row.oppose, conditional };
  const hit = stance === 'conditional' ? result.hitRows.find((h) => isConditional(h, lexicon)) ?? null : voiceHit(result.hitRows, sign, lexicon);
  if (!hit) return { ...base, voice: null, voiceStatus: 'none', speaker: null };
  const voice = goldVoiceOf(hit.voice);
  if (!hit.quoted) return { ...base, voice, voiceStatus: 'authorial', speaker: null };
  if (hit.speaker === null) return { ...base, voice, voiceStatus: 'no_speaker', speaker: null };
  return { ...base, voice, voiceStatus: voiceOfSpeaker(hit.speaker, voices).status, speaker: hit.speaker };
}

/**
 * A hit's voice (src/stance/voices/) in the gold's spelling: `authorial`, `unnamed` for
 * `unnamed_source`, `actor:ID` for a named actor.
 * @example goldVoiceOf('erdogan') // 'actor:erdogan'
 * @example goldVoiceOf('unnamed_source') // 'unnamed'
 */
export function goldVoiceOf(voice: Voice): string {
  return voice === AUTHORIAL ? voice : voice === UNNAMED_SOURCE ? 'unnamed' : `actor:${voice}`;
}
