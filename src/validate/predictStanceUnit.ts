/**
 * What khitab's stance instrument says about one gold unit, obtained by running the pipeline's own
 * steps on it: a reporting unit is the body of a one-sentence article, a comment unit one reader
 * comment (`articleOfLines`); `processArticle` gives the unit's row (support, oppose, index) and
 * its hits (negated, quoted, speaker), exactly as `khitab analyze` would write them.
 */
import type { Page } from '../corpus/types';
import type { Lexicon } from '../lexicon/types';
import { articleOfLines } from '../stance/articleOfLines';
import { stanceDirection } from '../stance/scoreStance';
import { processArticle } from '../tables/processPage';
import type { HitRow } from '../tables/types';
import type { StanceUnitPrediction } from './evalStanceTypes';
import { stanceFromIndex } from './stanceFromIndex';
import type { StanceGoldUnit } from './stanceGoldTypes';
import { voiceOfSpeaker } from './voiceOfSpeaker';
import type { VoiceTable } from './voiceTable';

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
 * The hit whose voice is the unit's: the first counted stance hit (in text order) whose direction
 * is the unit's sign; with balanced hits, the first counted stance hit. Null when none counts.
 */
function voiceHit(hits: readonly HitRow[], sign: 1 | -1 | 0 | null, lexicon: Lexicon): HitRow | null {
  const counted = hits.filter((h) => stanceDirection(h, lexicon) !== 0);
  if (counted.length === 0) return null;
  return counted.find((h) => stanceDirection(h, lexicon) === sign) ?? counted[0];
}

/**
 * Runs the stance instrument on one gold unit and reads off its stance (from the stance index:
 * support > 0, oppose < 0, neutral when balanced or without stance hits; never conditional, which
 * the instrument does not have) and its voice (authorial when the voice hit is neither quoted nor
 * reported speech, else the speaker string mapped through the voice table).
 * @example
 * predictStanceUnit({ id: 'x', segment: 'comment', text: 'لن نصالح', … }, loadLexicon(), readVoiceTable())
 * // { id: 'x', stance: 'oppose', sign: -1, support: 0, oppose: 1, voice: 'authorial', voiceStatus: 'authorial', speaker: null }
 */
export function predictStanceUnit(unit: StanceGoldUnit, lexicon: Lexicon, voices: VoiceTable): StanceUnitPrediction {
  const comment = unit.segment === 'comment';
  const article = articleOfLines([unit.text], comment ? 'comment_body' : 'body', unit.id);
  const result = processArticle(pageOfUnit(unit), article, lexicon);
  const row = comment ? result.commentRows[0] : result.articleRow;
  const sign = signOf(row.index);
  const base = { id: unit.id, stance: stanceFromIndex(row.index), sign, support: row.support, oppose: row.oppose };
  const hit = voiceHit(result.hitRows, sign, lexicon);
  if (!hit) return { ...base, voice: null, voiceStatus: 'none', speaker: null };
  if (!hit.quoted) return { ...base, voice: 'authorial', voiceStatus: 'authorial', speaker: null };
  if (hit.speaker === null) return { ...base, voice: null, voiceStatus: 'no_speaker', speaker: null };
  const named = voiceOfSpeaker(hit.speaker, voices);
  return { ...base, voice: named.voice, voiceStatus: named.status, speaker: hit.speaker };
}
