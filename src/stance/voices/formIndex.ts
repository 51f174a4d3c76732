/**
 * Finding the voice table's name forms in a speaker string through an index of their first words,
 * instead of trying every form at every word: a corpus with an open vocabulary names a new speaker
 * on almost every quoted hit, so the per-speaker cache rarely helps and the full scan (hundreds of
 * forms × the speaker's words) was a tenth of a whole run. Same forms found, at the same words.
 */
import type { VoiceTable } from './voiceTable';

/** Prefixes a speaker's first form word may carry: و ف (conjunctions), ل ب (prepositions of a genitive or a relay). */
export const LEAD_PREFIXES = ['و', 'ف', 'ل', 'ب', 'ول', 'وب'];

/**
 * Whether a speaker word is a form word: the same key, behind the conjunction و («والخارجية»), and
 * for the form's first word also behind ل/ب («لقوات», «للائتلاف» = ل + الائتلاف).
 * @example sameWord('للائتلاف', 'الائتلاف', true) // true
 */
export function sameWord(word: string, formWord: string, first: boolean): boolean {
  if (word === formWord || word === `و${formWord}`) return true;
  if (!first) return false;
  if (LEAD_PREFIXES.some((p) => word === p + formWord)) return true;
  // ل + الـ is written لل: «للائتلاف» for «الائتلاف».
  return formWord.startsWith('ال') && (word === `ل${formWord.slice(1)}` || word === `ول${formWord.slice(1)}`);
}

/** A form of the table: its voice, its words, and its place (entry, form) in the table. */
interface IndexedForm { voice: string; key: readonly string[]; entry: number; form: number }

/** The forms by first word, and the forms with no word (found at the first word of any speaker). */
interface FormIndex { byFirst: Map<string, IndexedForm[]>; empty: IndexedForm[] }

const indexes = new WeakMap<VoiceTable, FormIndex>();

function indexOf(table: VoiceTable): FormIndex {
  let ix = indexes.get(table);
  if (ix) return ix;
  ix = { byFirst: new Map(), empty: [] };
  table.entries.forEach((e, entry) => e.keys.forEach((key, form) => {
    const f = { voice: e.voice, key, entry, form };
    if (key.length === 0) { ix!.empty.push(f); return; }
    const list = ix!.byFirst.get(key[0]);
    if (list) list.push(f); else ix!.byFirst.set(key[0], [f]);
  }));
  indexes.set(table, ix);
  return ix;
}

/** The form words a speaker word can stand for as a form's first word (see `sameWord`). */
function firstWordsOf(word: string): string[] {
  const out = [word];
  for (const p of LEAD_PREFIXES) if (word.length > p.length && word.startsWith(p)) out.push(word.slice(p.length));
  if (word.startsWith('لل')) out.push(`ا${word.slice(1)}`);
  if (word.startsWith('ولل')) out.push(`ا${word.slice(2)}`);
  return out;
}

/** A form found in a speaker: its voice, the word it starts at, its length in words. */
export interface FoundForm { voice: string; at: number; len: number }

/**
 * Every form of the table that occurs in `words` (consecutive words, `sameWord`), each at the first
 * word it occurs, ordered by that word, longer forms first, then in table order.
 * @example formsFound(wordKeys('وزير الخارجية التركي'), table)[0] // { voice: 'turkey_gov', at: 0, len: 3 }
 */
export function formsFound(words: readonly string[], table: VoiceTable): FoundForm[] {
  const ix = indexOf(table);
  const hits: (FoundForm & { entry: number; form: number })[] = ix.empty.map((f) => ({ voice: f.voice, at: 0, len: 0, entry: f.entry, form: f.form }));
  const seen = new Set<IndexedForm>();
  for (let i = 0; i < words.length; i++) {
    for (const first of new Set(firstWordsOf(words[i]))) {
      for (const f of ix.byFirst.get(first) ?? []) {
        if (seen.has(f) || i + f.key.length > words.length || !sameWord(words[i], f.key[0], true)) continue;
        let ok = true;
        for (let j = 1; j < f.key.length && ok; j++) ok = sameWord(words[i + j], f.key[j], false);
        if (!ok) continue;
        seen.add(f);
        hits.push({ voice: f.voice, at: i, len: f.key.length, entry: f.entry, form: f.form });
      }
    }
  }
  hits.sort((a, b) => a.at - b.at || b.len - a.len || a.entry - b.entry || a.form - b.form);
  return hits.map(({ voice, at, len }) => ({ voice, at, len }));
}
