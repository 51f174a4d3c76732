/**
 * Rewrites a source sentence into a new one for the realistic corpus: some words re-inflected
 * from their own stem, some replaced by a Zipf-drawn word of the open vocabulary, some given
 * spelling noise. Words the lexicon knows and stopwords keep their letters (only foldable noise
 * touches them), so marker hits stay about as dense as in the sources and the grammar words stay.
 */
import type { Lexicon } from '../lexicon/types';
import { compileLexicon } from '../lexicon/compileLexicon';
import { matchKey } from '../text/matchKey';
import { cliticCandidates } from '../text/clitics';
import { arabicStopwords } from '../text/stopwords';
import { AFFIXES, inflect, surfaceStem, wordOfRank, zipfRank } from './wordForms';
import { noisyWord } from './spellingNoise';

/** Rates of `varySentence`, each per word unless said. */
export interface VaryRates {
  /** Re-inflect the word from its own stem. Default 0.2. */
  reinflect?: number;
  /** Replace the word by a vocabulary word. Default 0.06. */
  replace?: number;
  /** Spelling noise. Default 0.04. */
  noise?: number;
}

/** What `varySentence` draws from. */
export interface VaryContext {
  /** Stems of the vocabulary, most frequent first. */
  stems: readonly string[];
  /** Whether a word (as written) is kept as written: a lexicon word or a stopword (see `fixedWordTest`). */
  known: (word: string) => boolean;
}

/**
 * A test telling whether a written word is to be kept as written: after clitic stripping, a word
 * of one of the lexicon's patterns (glob patterns aside), or a stopword (data/stopwords). Answers
 * are cached, up to 100,000 words at a time.
 * @example fixedWordTest(loadLexicon())('وللنظام') // true
 * @example fixedWordTest(loadLexicon())('إلى') // true
 */
export function fixedWordTest(lexicon: Lexicon): (word: string) => boolean {
  const c = compileLexicon(lexicon);
  const words = new Set<string>(arabicStopwords());
  for (const ps of c.first.values()) for (const p of ps) for (const w of p.words) words.add(w.stem);
  const cache = new Map<string, boolean>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined) {
      v = cliticCandidates(matchKey(word), true).some((k) => words.has(k.stem));
      if (cache.size >= 100_000) cache.clear();
      cache.set(word, v);
    }
    return v;
  };
}

const WORD = /^([^\u0621-\u064a]*)([\u0621-\u064a\u064b-\u0652\u0640]+)([^\u0621-\u064a]*)$/;

/**
 * One varied copy of a sentence (words split on spaces, punctuation around a word kept).
 * @example varySentence('قال الوزير إن المصالحة ممكنة.', ctx, rngMulberry32(1)) // e.g. 'قال الوزيرين إن المصالحة ممكنه.'
 */
export function varySentence(sentence: string, ctx: VaryContext, rng: () => number, rates: VaryRates = {}): string {
  const re = rates.reinflect ?? 0.2;
  const rp = re + (rates.replace ?? 0.06);
  const noise = rates.noise ?? 0.04;
  const vocab = ctx.stems.length * AFFIXES.length;
  const words = sentence.split(' ');
  for (let i = 0; i < words.length; i++) {
    const m = WORD.exec(words[i]);
    if (!m) continue;
    let core = m[2];
    const known = ctx.known(core);
    if (!known) {
      const u = rng();
      if (u < re) {
        const stem = surfaceStem(core);
        if (stem) core = inflect(stem, AFFIXES[zipfRank(rng, AFFIXES.length)]);
      } else if (u < rp) core = wordOfRank(ctx.stems, zipfRank(rng, vocab));
    }
    if (rng() < noise) core = noisyWord(core, rng, { slips: !known });
    words[i] = m[1] + core + m[3];
  }
  return words.join(' ');
}
