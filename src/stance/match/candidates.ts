/**
 * Candidate matches of a scanned line: every phrase a token can start (`TokInfo.starts`, found
 * once per distinct token) is continued over the following word tokens, then checked against its
 * marker's context exclusions and sense guards. The window rules run only here, at candidate hits.
 */
import type { CompiledLexicon } from '../../lexicon/compileLexicon';
import * as lineTokens from './lineTokens';
import type { LineTokens } from './lineTokens';
import * as words from './wordMatches';
import * as windows from './windows';
import * as guards from './guards';

// Module-level copies of imported functions (see lineTokens.ts).
const K_WORD = lineTokens.K_WORD;
const wordMatches = words.wordMatches;
const contextOk = windows.contextOk;
const isGuarded = guards.isGuarded;

/**
 * Phrase matches starting at each token of the scanned line (continued over the following word
 * tokens, then the context rules), written to `b.fi/fj/fp` in start order; returns their number.
 * Matches a sense guard cancels go to `b.gi/gj/…` instead (`b.guarded` of them).
 * @example scanLine(c, 'رفض التطبيع', b); findCandidates(c, b) // 1
 */
export function findCandidates(c: CompiledLexicon, b: LineTokens): number {
  const n = b.n;
  const infos = b.info;
  const kinds = b.kind;
  let found = 0;
  b.guarded = 0;
  for (let i = 0; i < n; i++) {
    const info = infos[i];
    if (info === null || info.starts === null) continue;
    const starts = info.starts;
    for (let s = 0; s < starts.length; s++) {
      const p = starts[s];
      const L = p.words.length;
      if (i + L > n) continue;
      let ok = true;
      for (let w = 1; w < L; w++) {
        const k = i + w;
        if (kinds[k] !== K_WORD) { ok = false; break; }
        const pw = p.words[w];
        if (!wordMatches(infos[k]!, pw.stem, pw.article, p.suffixes && w === L - 1, pw.noArticle)) { ok = false; break; }
      }
      if (ok && contextOk(c, p, b, i, i + L)) {
        if (isGuarded(c, p, b, i, i + L)) {
          const g = b.guarded;
          // One report per marker and start (a marker's other variants at the same start are the same mention).
          if (g === 0 || b.gi[g - 1] !== i || b.gp[g - 1].marker !== p.marker) { b.gi[g] = i; b.gj[g] = i + L; b.guarded++; }
          continue;
        }
        b.fi[found] = i;
        b.fj[found] = i + L;
        b.fp[found] = p;
        found++;
      }
    }
  }
  return found;
}
