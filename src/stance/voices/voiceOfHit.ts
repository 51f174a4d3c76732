/**
 * The voice of a stance hit: whose stance it states. A hit neither in quotation marks nor in
 * reported speech is the outlet's own (`authorial`); a quoted or reported hit takes the voice its
 * speaker names in the voice table (`voiceOfSpeaker`), and `unnamed_source` when there is no
 * speaker or the table names none (a withheld source, a name the table does not know).
 */
import type { Hit } from '../types';
import { AUTHORIAL, UNNAMED_SOURCE, type Voice } from './voiceIds';
import { voiceOfSpeaker } from './voiceOfSpeaker';
import type { VoiceTable } from './voiceTable';

/** Speaker → voice, per table (speakers repeat across a page's hits and across pages). */
const cache = new WeakMap<VoiceTable, Map<string, Voice>>();
/** Largest number of speakers remembered per table. */
const CACHE_LIMIT = 4096;

/**
 * The voice of a hit from its quotation flag and speaker.
 * @example voiceOfHit({ quoted: false, speaker: null }, table) // 'authorial'
 * @example voiceOfHit({ quoted: true, speaker: 'وزير الخارجية التركي' }, table) // 'turkey_gov'
 * @example voiceOfHit({ quoted: true, speaker: null }, table) // 'unnamed_source'
 */
export function voiceOfHit(hit: Pick<Hit, 'quoted' | 'speaker'>, table: VoiceTable): Voice {
  if (!hit.quoted) return AUTHORIAL;
  if (hit.speaker === null) return UNNAMED_SOURCE;
  let m = cache.get(table);
  if (!m) cache.set(table, (m = new Map()));
  let v = m.get(hit.speaker);
  if (v === undefined) {
    v = voiceOfSpeaker(hit.speaker, table).voice ?? UNNAMED_SOURCE;
    if (m.size >= CACHE_LIMIT) m.clear();
    m.set(hit.speaker, v);
  }
  return v;
}
