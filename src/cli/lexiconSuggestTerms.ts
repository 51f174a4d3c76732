/**
 * Lexicon expansion from a corpus: the terms (normalized words and 2–3-grams of them) that occur
 * near high-precision seeds, ranked by G² against the rest of the corpus (Dunning 1993), each with
 * KWIC lines. Why: a researcher reviews a short ranked list of candidate markers instead of reading
 * the corpus. The input is units of text (a sentence, or a whole reader comment) marked as seed
 * units or not; `khitab lexicon suggest` builds them from its hits.
 */
import { TokenBuffer, scanTokens } from '../text/scanTokens';
import { termOfToken } from '../text/terms';
import { statG2 } from '../stats/statG2';

/** One unit of text. */
export interface SuggestUnit {
  /** The unit's text (a sentence or a comment). */
  text: string;
  /** Whether it holds a seed (then its terms count as "near seeds"). */
  seed: boolean;
  /** Spans [start, end) of `text` to leave out (the seeds themselves), so a seed never suggests itself. */
  skip: [number, number][];
}

/** Options of `rankSeedNeighbours`. */
export interface SuggestOptions {
  /** Longest n-gram, 1–3. Default 3. */
  maxN?: number;
  /** Fewest occurrences near seeds for a term to be listed. Default 2. */
  minNear?: number;
  /** Most terms returned. Default 200. */
  top?: number;
  /** KWIC lines per term (the first ones near seeds, in input order). Default 3. */
  examples?: number;
  /** Characters of context on each side of a KWIC line. Default 40. */
  window?: number;
}

/** One ranked term. */
export interface TermSuggestion {
  /** The term: normalized, article-stripped words joined by a space. */
  term: string;
  /** Its number of words (1–3). */
  words: number;
  /** G² of near vs elsewhere (full 2×2 table against the other n-grams of the same length). */
  g2: number;
  /** Occurrences in seed units. */
  near: number;
  /** Occurrences in the other units. */
  elsewhere: number;
  /** KWIC lines `left [match] right` from seed units. */
  examples: string[];
}

interface Tally { near: number; elsewhere: number; examples: string[] }

const buffer = new TokenBuffer();

/** The unit's terms with their spans, as runs: a skipped span or a token without a term ends a run. */
function runsOf(u: SuggestUnit): { term: string; start: number; end: number }[][] {
  scanTokens(u.text, buffer);
  const runs: { term: string; start: number; end: number }[][] = [[]];
  for (let i = 0; i < buffer.n; i++) {
    const s = buffer.start[i], e = buffer.end[i];
    const term = u.skip.some(([a, b]) => s < b && a < e) ? null : termOfToken(buffer.raw[i], buffer.kind[i]);
    if (term === null) { if (runs[runs.length - 1].length) runs.push([]); continue; }
    runs[runs.length - 1].push({ term, start: s, end: e });
  }
  return runs;
}

/**
 * Ranks the terms of seed units against the other units by G² (only terms more frequent near
 * seeds than elsewhere, with at least `minNear` occurrences near them), highest first, ties by term.
 * N-grams are consecutive terms (stopwords, numbers and punctuation end a run, as do the seeds).
 * @example
 * rankSeedNeighbours([{ text: 'لن نصالح القتلة', seed: true, skip: [[0, 8]] }, …])[0]
 * // { term: 'قتله', words: 1, g2: 12.3, near: 4, elsewhere: 0, examples: ['لن نصالح [القتلة]'] }
 */
export function rankSeedNeighbours(units: Iterable<SuggestUnit>, options: SuggestOptions = {}): TermSuggestion[] {
  const maxN = Math.min(3, Math.max(1, options.maxN ?? 3));
  const want = options.examples ?? 3;
  const win = options.window ?? 40;
  const tally = new Map<string, Tally>();
  const totalNear = [0, 0, 0, 0];
  const totalElse = [0, 0, 0, 0];
  for (const u of units) {
    for (const run of runsOf(u)) {
      for (let i = 0; i < run.length; i++) {
        for (let n = 1; n <= maxN && i + n <= run.length; n++) {
          const term = run.slice(i, i + n).map((x) => x.term).join(' ');
          let t = tally.get(term);
          if (!t) tally.set(term, (t = { near: 0, elsewhere: 0, examples: [] }));
          if (!u.seed) { t.elsewhere++; totalElse[n]++; continue; }
          t.near++; totalNear[n]++;
          if (t.examples.length < want) {
            const s = run[i].start, e = run[i + n - 1].end;
            t.examples.push(`${u.text.slice(Math.max(0, s - win), s)}[${u.text.slice(s, e)}]${u.text.slice(e, e + win)}`.replace(/\s+/g, ' ').trim());
          }
        }
      }
    }
  }
  const out: TermSuggestion[] = [];
  for (const [term, t] of tally) {
    const n = term.split(' ').length;
    if (t.near < (options.minNear ?? 2) || t.near * totalElse[n] <= t.elsewhere * totalNear[n]) continue;
    const g2 = statG2(t.near, t.elsewhere, totalNear[n] - t.near, totalElse[n] - t.elsewhere);
    out.push({ term, words: n, g2, near: t.near, elsewhere: t.elsewhere, examples: t.examples });
  }
  out.sort((a, b) => b.g2 - a.g2 || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return out.slice(0, options.top ?? 200);
}
