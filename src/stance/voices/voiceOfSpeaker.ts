/**
 * A speaker string (as the quotation heuristic names it) to a voice through the voice table. An
 * Arabic noun phrase puts its head first («مسؤول في الجامعة العربية», «القائد العام لقوات سوريا
 * الديمقراطية»), so the form found earliest in the speaker names it; with no form, an office word
 * with a nationality adjective («وزير الخارجية القطري») names that country; a cue of a withheld
 * source («لم يكشف اسمه») makes it `unnamed_source` whatever else it names; a crowd's words
 * («الآلاف … منددين») make it `protesters` unless a form heads it; a president's form after a staff
 * word («نائب الرئيس السوري») names the president's government. Nothing else is guessed.
 */
import { wordKeys, type VoiceTable } from './voiceTable';
import { UNNAMED_SOURCE, type Voice } from './voiceIds';
import { formsFound, sameWord } from './formIndex';

/** What a speaker string names. */
export interface SpeakerVoice {
  /** The voice (a named actor or `unnamed_source`), or null when the table names none. */
  voice: Exclude<Voice, 'authorial'> | null;
  /** `named` (a form or the office rule), `anonymous` (a withheld-source cue) or `unknown` (nothing found). */
  status: 'named' | 'anonymous' | 'unknown';
  /** The voices whose forms (or nationality adjectives) were found, earliest first. */
  candidates: string[];
}

/** First index at which `form` occurs in `words` as consecutive words, or −1. */
function indexOfRun(words: readonly string[], form: readonly string[]): number {
  for (let i = 0; i + form.length <= words.length; i++) {
    let ok = true;
    for (let j = 0; j < form.length && ok; j++) ok = sameWord(words[i + j], form[j], j === 0);
    if (ok) return i;
  }
  return -1;
}

/**
 * The voice a speaker string names, by the voice table: a withheld-source cue → `unnamed_source`;
 * else a protest word (`protest:`) without a form on the first word → `protesters`; else the form found earliest (the longer one at the same word),
 * a president's (`governments:`) read as their government's after a `staff:` word; else an office word with the
 * earliest nationality adjective; else none.
 * @example voiceOfSpeaker('وزير الخارجية التركي', readVoiceTable()) // { voice: 'turkey_gov', status: 'named', candidates: ['turkey_gov'] }
 * @example voiceOfSpeaker('مسؤول في الجامعة العربية', readVoiceTable()).voice // 'arab_states'
 * @example voiceOfSpeaker('مسؤول تركي لم يكشف اسمه', readVoiceTable()).voice // 'unnamed_source'
 * @example voiceOfSpeaker('من خلالها', readVoiceTable()).status // 'unknown'
 */
export function voiceOfSpeaker(speaker: string, table: VoiceTable): SpeakerVoice {
  const words = wordKeys(speaker);
  const found = formsFound(words, table);
  const candidates = [...new Set(found.map((f) => f.voice))];
  if (table.anonymous.some((cue) => indexOfRun(words, cue) >= 0)) return { voice: UNNAMED_SOURCE, status: 'anonymous', candidates };
  // A crowd («الآلاف في ساحة … منددين», «احتشد مئات»): protesters, unless a form is its head (its first word).
  if ((found.length === 0 || found[0].at > 0) && words.some((w) => table.protest.has(w) || (w[0] === 'و' && table.protest.has(w.slice(1))))) {
    return { voice: 'protesters', status: 'named', candidates: ['protesters', ...candidates.filter((c) => c !== 'protesters')] };
  }
  if (candidates.length > 0) {
    // A president's staff («نائب الرئيس السوري», «مستشار أردوغان») speaks for the government.
    const gov = table.governments.get(candidates[0]);
    const head = found[0].at;
    const voice = gov !== undefined && words.slice(0, head).some((w) => table.staff.has(w)) ? gov : candidates[0];
    return { voice: voice as SpeakerVoice['voice'], status: 'named', candidates };
  }
  // No name form: an office with a nationality («وزير الخارجية القطري») names that country.
  if (words.some((w) => table.offices.has(w))) {
    const countries = [...new Set(words.flatMap((w) => table.nationalities.get(w) ?? []))];
    if (countries.length > 0) return { voice: countries[0] as SpeakerVoice['voice'], status: 'named', candidates: countries };
  }
  return { voice: null, status: 'unknown', candidates };
}
