/**
 * A speaker string (as the quotation heuristic names it) to a gold voice through the voice table:
 * a voice is named when one of its forms occurs in the speaker as consecutive words (a word may carry
 * the conjunction و) and no form of another voice does; with no form, an office word with one
 * country's nationality adjective («المبعوث الروسي», «وزير الخارجية القطري») names that country. Nothing is guessed: unknown and ambiguous
 * speakers name no voice.
 */
import { wordKeys, type VoiceTable } from './voiceTable';

/** What a speaker string names. */
export interface SpeakerVoice {
  /** The gold voice (`actor:ID` or `unnamed`), or null when the table names none or several. */
  voice: string | null;
  /** `named` (one voice), `unknown` (no form found) or `ambiguous` (forms of several voices). */
  status: 'named' | 'unknown' | 'ambiguous';
  /** The voices whose forms were found, in table order. */
  candidates: string[];
}

/** Whether a speaker word is a form word, also behind the conjunction و («والخارجية» is «الخارجية»). */
function sameWord(word: string, formWord: string): boolean {
  return word === formWord || (word.length === formWord.length + 1 && word.startsWith('و') && word.endsWith(formWord));
}

/** Whether `form` occurs in `words` as consecutive words. */
function containsRun(words: readonly string[], form: readonly string[]): boolean {
  for (let i = 0; i + form.length <= words.length; i++) {
    let ok = true;
    for (let j = 0; j < form.length && ok; j++) ok = sameWord(words[i + j], form[j]);
    if (ok) return true;
  }
  return false;
}

/**
 * The gold voice a speaker string names, by the voice table.
 * @example voiceOfSpeaker('وزير الخارجية التركي', readVoiceTable()) // { voice: 'actor:turkey_gov', status: 'named', candidates: ['actor:turkey_gov'] }
 * @example voiceOfSpeaker('من خلالها', readVoiceTable()).status // 'unknown'
 */
export function voiceOfSpeaker(speaker: string, table: VoiceTable): SpeakerVoice {
  const words = wordKeys(speaker);
  const candidates = table.entries.filter((e) => e.keys.some((k) => containsRun(words, k))).map((e) => e.voice);
  let distinct = [...new Set(candidates)];
  // No name form: an office with a nationality («وزير الخارجية القطري») names that country.
  if (distinct.length === 0 && words.some((w) => table.offices.has(w))) {
    distinct = [...new Set(words.flatMap((w) => table.nationalities.get(w) ?? []))];
  }
  if (distinct.length === 1) return { voice: distinct[0], status: 'named', candidates: distinct };
  return { voice: null, status: distinct.length === 0 ? 'unknown' : 'ambiguous', candidates: distinct };
}
