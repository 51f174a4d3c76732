/**
 * From a line's candidate matches to its marker hits: overlap resolution (within an overlap group
 * the first candidate by start, then length, then marker id wins and covers its span), then
 * negation and quotation of each emitted match. The line's candidates are few and come in start
 * order, so insertion sorts over index arrays do the ordering without allocating.
 */
import type { Article, LabelledLine } from '../../split/types';
import type { CompiledLexicon } from '../../lexicon/compileLexicon';
import type { Hit } from '../types';
import type { LineTokens } from './lineTokens';
import * as windows from './windows';
import * as lineQuotes from './lineQuotes';

// Module-level copies of imported constants and functions (see lineTokens.ts): the CommonJS transform
// reads imports through getters, a call per access inside loops.
const isNegated = windows.isNegated;
const quotesOfLine = lineQuotes.quotesOfLine;

/** Whether candidate `a` resolves after candidate `x`: by start, then longest, then marker id. */
function resolvesAfter(b: LineTokens, a: number, x: number): boolean {
  const d = b.fi[a] - b.fi[x] || b.fj[x] - b.fj[a] || b.fp[a].rank - b.fp[x].rank;
  return d > 0;
}

/** Whether emitted candidate `a` is a later hit than `x`: by start (col), then marker id. */
function hitAfter(b: LineTokens, a: number, x: number): boolean {
  const d = b.fi[a] - b.fi[x] || b.fp[a].rank - b.fp[x].rank;
  return d > 0;
}

/**
 * Stable insertion sort of `idx[0, n)` by `after`. Candidates are found in start order, so only
 * those with the same start move: linear in practice.
 */
function sortSmall(b: LineTokens, idx: number[], n: number, after: (b: LineTokens, a: number, x: number) => boolean): void {
  for (let k = 1; k < n; k++) {
    const x = idx[k];
    let m = k - 1;
    while (m >= 0 && after(b, idx[m], x)) { idx[m + 1] = idx[m]; m--; }
    idx[m + 1] = x;
  }
}

/**
 * Overlap resolution, negation and quotation for one line with `found` candidate matches (in
 * `b.fi/fj/fp`); pushes the line's hits (ordered by col, marker id) onto `hits`. Quotation is
 * computed only here, on lines with hits.
 * @example resolveLineHits(c, article, line, b, findCandidates(c, b), hits); hits[0].marker // 'reject_normalization'
 */
export function resolveLineHits(c: CompiledLexicon, article: Article, line: LabelledLine, b: LineTokens, found: number, hits: Hit[]): void {
  const order = b.order;
  for (let k = 0; k < found; k++) order[k] = k;
  sortSmall(b, order, found, resolvesAfter);
  const covered = b.covered;
  covered.fill(0, 0, c.groupCount);
  const emitted = b.emitted;
  let ne = 0;
  for (let k = 0; k < found; k++) {
    const f = order[k];
    const g = b.fp[f].groupIndex;
    // A later candidate of the same marker and start is always covered by the first one.
    if (covered[g] > b.fi[f]) continue;
    covered[g] = b.fj[f];
    emitted[ne++] = f;
  }
  sortSmall(b, emitted, ne, hitAfter);
  const text = line.text;
  const quotes = b.quoting ? quotesOfLine(text, b) : null;
  for (let k = 0; k < ne; k++) {
    const f = emitted[k];
    const p = b.fp[f];
    const i = b.fi[f];
    const m = c.markers[p.marker];
    const col = b.start[i];
    const end = b.end[b.fj[f] - 1];
    hits.push({
      id: article.id, file: article.file, line: line.n, col, len: end - col, matched: text.slice(col, end),
      role: line.role, comment: line.comment, category: m.category, marker: m.id, polarity: m.polarity,
      negated: !p.selfNegating && isNegated(b, i),
      quoted: quotes !== null && quotes.quoted[i], speaker: quotes !== null ? quotes.speaker[i] : null,
    });
  }
}
