/**
 * The attitude × target rule hits of a scanned line (src/stance/attitudeTarget.ts reads the
 * matcher's own token view), added after the line's marker hits and put in hit order with them.
 * A support/oppose rule hit overlapping a counted marker hit of the same direction is left out:
 * one stance, counted once.
 */
import type { Article, LabelledLine } from '../../split/types';
import type { CompiledLexicon } from '../../lexicon/compileLexicon';
import { stanceSign } from '../../lexicon/categoryOf';
import { ruleMatchesOfLine } from '../attitudeTarget';
import type { Hit } from '../types';
import type { LineTokens } from './lineTokens';
import { quotesOfLine } from './lineQuotes';

/**
 * Stable insertion sort of one line's hits `hits[first…]` by col, then marker id (few hits: linear in practice).
 * @example sortLineHits(hits, 3) // hits[3…] ordered by col, marker
 */
export function sortLineHits(hits: Hit[], first: number): void {
  for (let k = first + 1; k < hits.length; k++) {
    const x = hits[k];
    let m = k - 1;
    while (m >= first && (hits[m].col > x.col || (hits[m].col === x.col && hits[m].marker > x.marker))) { hits[m + 1] = hits[m]; m--; }
    hits[m + 1] = x;
  }
}

/**
 * Adds the attitude × target rule hits of a scanned line after its marker hits `hits[first…]`
 * (not yet in order with them: see `sortLineHits`). Returns the number added.
 * @example addRuleHits(c, article, line, b, hits, first) // 1 on «رفضت الفصائل كل أشكال التطبيع»
 */
export function addRuleHits(c: CompiledLexicon, article: Article, line: LabelledLine, b: LineTokens, hits: Hit[], first: number): number {
  const matches = ruleMatchesOfLine(c.rules!, b, line.role === 'comment_body');
  if (!matches.length) return 0;
  const text = line.text;
  const quotes = b.quoting ? quotesOfLine(text, b) : null;
  const emit = c.rules!.rules.emit;
  const end = hits.length;
  for (const m of matches) {
    const col = b.start[m.i];
    const stop = b.end[m.j - 1];
    const dir = m.stance === 'support' ? 1 : m.stance === 'oppose' ? -1 : 0;
    let dup = false;
    for (let k = first; k < end && !dup; k++) {
      const h = hits[k];
      dup = dir !== 0 && h.col < stop && col < h.col + h.len && !h.negated && stanceSign(c.lexicon, h.category) === dir;
    }
    if (dup) continue;
    hits.push({
      id: article.id, file: article.file, line: line.n, col, len: stop - col, matched: text.slice(col, stop),
      role: line.role, comment: line.comment, category: emit[m.stance], marker: m.id, polarity: m.polarity,
      negated: false, quoted: quotes !== null && quotes.quoted[m.i], speaker: quotes !== null ? quotes.speaker[m.i] : null,
      parts: m.parts.map((p) => ({ role: p.role, term: p.term, col: b.start[p.i], len: b.end[p.j - 1] - b.start[p.i], text: text.slice(b.start[p.i], b.end[p.j - 1]) })),
      negators: m.negators,
    });
  }
  return hits.length - end;
}
