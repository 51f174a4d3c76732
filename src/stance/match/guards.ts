/**
 * Sense guards (`exclude:` in the codebook) at candidate matches: a guarded marker's match is
 * cancelled when one of its guard phrases lies within the guard's window before or after it. Only
 * candidate matches of guarded markers are checked, over the guard phrases their window tokens
 * start (cached per token like the marker phrases, `TokInfo.guards`). Cancelled matches are kept
 * in the line buffers and can be reported (`ScanOptions.onGuarded`).
 */
import type { Article, LabelledLine } from '../../split/types';
import type { CompiledLexicon, Phrase } from '../../lexicon/compileLexicon';
import type { GuardedHit } from '../types';
import * as lineTokens from './lineTokens';
import type { LineTokens } from './lineTokens';
import * as words from './wordMatches';
import * as windows from './windows';

// Module-level copies of imported constants and functions (see lineTokens.ts): the CommonJS transform
// reads imports through getters, a call per access inside loops.
const K_WORD = lineTokens.K_WORD;
const wordMatches = words.wordMatches;
const windowStart = windows.windowStart;
const windowEnd = windows.windowEnd;

/** End token of a phrase of guard `g` of marker `marker` starting at token t and ending by `limit`, or -1. */
function guardPhraseAt(b: LineTokens, t: number, marker: number, g: number, limit: number): number {
  const info = b.info[t];
  if (info === null || info.guards === null) return -1;
  for (const q of info.guards) {
    if (q.marker !== marker || q.guard !== g) continue;
    const L = q.words.length;
    if (t + L > limit) continue;
    let ok = true;
    for (let w = 1; w < L && ok; w++) {
      const k = t + w;
      const pw = q.words[w];
      ok = b.kind[k] === K_WORD && wordMatches(b.info[k]!, pw.stem, pw.article, false, pw.noArticle);
    }
    if (ok) return t + L;
  }
  return -1;
}

/**
 * Whether a sense guard of phrase p's marker cancels the match [i, j): one of the guard's phrases
 * lies within its `before` words before i or its `after` words from j on. On a cancel the guard
 * phrase's span is left in `b.gs/ge` at index `b.guarded` (not yet counted).
 * @example isGuarded(c, p, b, 0, 1) // true for «تجارة المخدرات» when «المخدرات» guards p's marker
 */
export function isGuarded(c: CompiledLexicon, p: Phrase, b: LineTokens, i: number, j: number): boolean {
  const gs = c.guards[p.marker];
  if (gs === null) return false;
  const k = b.guarded;
  for (let g = 0; g < gs.length; g++) {
    const { before, after } = gs[g];
    if (before > 0) {
      for (let t = windowStart(b, i, before); t < i; t++) {
        const e = guardPhraseAt(b, t, p.marker, g, i);
        if (e >= 0) { b.gs[k] = t; b.ge[k] = e; b.gp[k] = p; b.gg[k] = g; return true; }
      }
    }
    if (after > 0) {
      const we = windowEnd(b, j, after);
      for (let t = j; t < we; t++) {
        const e = guardPhraseAt(b, t, p.marker, g, we);
        if (e >= 0) { b.gs[k] = t; b.ge[k] = e; b.gp[k] = p; b.gg[k] = g; return true; }
      }
    }
  }
  return false;
}

/**
 * Hands the line's guard-cancelled matches (`b.gi/gj/gp/gs/ge`) to `onGuarded`, in start order.
 * @example reportGuarded(c, article, line, b, (g) => cancelled.push(g))
 */
export function reportGuarded(c: CompiledLexicon, article: Article, line: LabelledLine, b: LineTokens, onGuarded: (g: GuardedHit) => void): void {
  const text = line.text;
  for (let k = 0; k < b.guarded; k++) {
    const m = c.markers[b.gp[k].marker];
    const col = b.start[b.gi[k]];
    const end = b.end[b.gj[k] - 1];
    const gcol = b.start[b.gs[k]];
    onGuarded({
      id: article.id, file: article.file, line: line.n, col, len: end - col, matched: text.slice(col, end),
      role: line.role, comment: line.comment, category: m.category, marker: m.id, guard: b.gg[k],
      context: text.slice(gcol, b.end[b.ge[k] - 1]), contextCol: gcol,
    });
  }
}
