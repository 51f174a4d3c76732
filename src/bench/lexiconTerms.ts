/**
 * The lexicon's words and phrases exported as plain JSON for the Python reference pipeline
 * (scripts/bench/reference.py), so that both sides of the benchmark look up the same terms:
 * every compiled pattern variant as matching keys (alef, ya and taa marbuta folded, diacritics and
 * tatweel removed), with its marker, category and whether suffixes may follow, plus the clitic
 * lists the toolkit strips and the outlets' text cues.
 */
import { writeFileSync } from 'node:fs';
import type { Lexicon } from '../lexicon/types';
import { compileLexicon } from '../lexicon/compileLexicon';
import { CONJUNCTIONS, PARTICLES, SUFFIXES } from '../text/clitics';
import { loadOutlets, type Outlet } from '../corpus/outlets';

/** One exported phrase (a single word is a phrase of one word). */
export interface ExportedTerm {
  /** Matching keys of the words, without the article. */
  words: string[];
  /** Per word: whether the pattern wrote the article (the text must have it). */
  article: boolean[];
  /** Marker id. */
  marker: string;
  /** Category id. */
  category: string;
  /** Whether inflectional and pronoun suffixes may follow the last word. */
  suffixes: boolean;
}

/** The exported file. */
export interface LexiconTerms {
  /** What the file is and how keys are spelled. */
  about: string;
  /** Conjunction proclitics, preposition proclitics and suffixes, as the toolkit strips them. */
  conjunctions: string[];
  particles: string[];
  suffixes: string[];
  /** Words and phrases, in lexicon order (glob and any-hashtag patterns left out). */
  terms: ExportedTerm[];
  /** Outlets and the literal cues that name them in a page's text. */
  outlets: { id: string; cues: string[] }[];
}

/**
 * The terms of a lexicon as exported for the Python reference.
 * @example lexiconTerms(loadLexicon()).terms.find((t) => t.words.join(' ') === 'نظام اسد')?.article // [false, true]
 */
export function lexiconTerms(lexicon: Lexicon, outlets: Outlet[] = loadOutlets()): LexiconTerms {
  const c = compileLexicon(lexicon);
  const terms: ExportedTerm[] = [];
  for (const phrases of c.first.values()) {
    for (const p of phrases) {
      const m = c.markers[p.marker];
      terms.push({ words: p.words.map((w) => w.stem), article: p.words.map((w) => w.article), marker: m.id, category: m.category, suffixes: p.suffixes });
    }
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  terms.sort((a, b) => cmp(a.marker, b.marker) || cmp(a.words.join(' '), b.words.join(' ')));
  return {
    about: 'khitab lexicon terms for scripts/bench/reference.py: matching keys (أ إ آ ٱ → ا, ى → ي, ة → ه, no diacritics or tatweel); glob patterns left out',
    conjunctions: [...CONJUNCTIONS], particles: [...PARTICLES], suffixes: [...SUFFIXES], terms,
    outlets: outlets.filter((o) => o.cues.length > 0).map((o) => ({ id: o.id, cues: [...o.cues] })),
  };
}

/**
 * Writes `lexiconTerms(lexicon)` as JSON to `file`.
 * @example writeLexiconTerms('.bench/lexicon-terms.json', loadLexicon()) // 713 terms
 */
export function writeLexiconTerms(file: string, lexicon: Lexicon): LexiconTerms {
  const t = lexiconTerms(lexicon);
  writeFileSync(file, `${JSON.stringify(t, null, 1)}\n`);
  return t;
}
