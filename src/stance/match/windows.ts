/**
 * The token windows the matcher checks around a candidate match, only at candidate hits: the
 * words before and after it within the clause (sense guards), the negation window before it, and
 * the one-word context exclusions (`notFollowedBy`, `notPrecededBy`).
 */
import type { CompiledLexicon, Phrase } from '../../lexicon/compileLexicon';
import * as negation from '../negation';
import * as lineTokens from './lineTokens';
import type { LineTokens } from './lineTokens';

// Module-level copies of imported constants (see lineTokens.ts).
const K_OTHER = lineTokens.K_OTHER;
const K_PUNCT = lineTokens.K_PUNCT;
const K_WORD = lineTokens.K_WORD;
const NEGATION_WINDOW = negation.NEGATION_WINDOW;
const CLAUSE_BOUNDARIES = negation.CLAUSE_BOUNDARIES;

/**
 * Whether the match [i, j) of phrase p passes its marker's context exclusions: the word right after
 * it is not in `notFollowedBy`, the word right before it not in `notPrecededBy` (keys, with or
 * without the article).
 * @example contextOk(c, p, b, 0, 2) // false when the third token is excluded after p's marker
 */
export function contextOk(c: CompiledLexicon, p: Phrase, b: LineTokens, i: number, j: number): boolean {
  const nf = c.notFollowedBy[p.marker];
  if (nf && j < b.n && b.kind[j] === K_WORD) {
    const inf = b.info[j]!;
    if (nf.has(inf.key) || (inf.bare !== null && nf.has(inf.bare))) return false;
  }
  const np = c.notPrecededBy[p.marker];
  if (np && i > 0 && b.kind[i - 1] === K_WORD) {
    const inf = b.info[i - 1]!;
    if (np.has(inf.key) || (inf.bare !== null && np.has(inf.bare))) return false;
  }
  return true;
}

/**
 * First token of the window of `words` word tokens before token i (i itself when none): the
 * search stops at a clause boundary and at a token that is neither a word, a hashtag nor
 * punctuation; other punctuation is skipped.
 * @example windowStart(b, 5, 2) // 3 when tokens 3 and 4 are words
 */
export function windowStart(b: LineTokens, i: number, words: number): number {
  let ws = i;
  let n = 0;
  for (let k = i - 1; k >= 0 && n < words; k--) {
    const kind = b.kind[k];
    if (kind === K_PUNCT) { if (CLAUSE_BOUNDARIES.has(b.raw[k])) break; continue; }
    if (kind === K_OTHER) break;
    ws = k;
    n++;
  }
  return ws;
}

/**
 * End (exclusive) of the window of `words` word tokens from token j on; as `windowStart`.
 * @example windowEnd(b, 2, 2) // 4 when tokens 2 and 3 are words
 */
export function windowEnd(b: LineTokens, j: number, words: number): number {
  let we = j;
  let n = 0;
  for (let k = j; k < b.n && n < words; k++) {
    const kind = b.kind[k];
    if (kind === K_PUNCT) { if (CLAUSE_BOUNDARIES.has(b.raw[k])) break; continue; }
    if (kind === K_OTHER) break;
    we = k + 1;
    n++;
  }
  return we;
}

/**
 * Whether a negator lies among the `NEGATION_WINDOW` words before token i, in its clause.
 * @example isNegated(b, 1) // true on «لا التطبيع» scanned into b
 */
export function isNegated(b: LineTokens, i: number): boolean {
  let words = 0;
  for (let k = i - 1; k >= 0 && words < NEGATION_WINDOW; k--) {
    const kind = b.kind[k];
    if (kind === K_PUNCT) { if (CLAUSE_BOUNDARIES.has(b.raw[k])) return false; continue; }
    if (kind !== K_WORD) return false;
    if (b.info[k]!.neg) return true;
    words++;
  }
  return false;
}
