/**
 * Testing every marker against its own examples (must match) and counterExamples (must not), in
 * the context of the whole lexicon (so overlap resolution and exclusions apply as in real runs).
 */
import type { Lexicon } from '../lexicon/types';
import { compileLexicon } from '../lexicon/compileLexicon';
import { matchMarkers } from './matchMarkers';
import { articleOfLines } from './articleOfLines';

/**
 * Returns one `file:line: problem` string per failing example or counterExample; empty when all pass.
 * @example checkLexicon(loadLexicon()) // []
 */
export function checkLexicon(lexicon: Lexicon): string[] {
  const c = compileLexicon(lexicon);
  const failures: string[] = [];
  for (const m of lexicon.markers) {
    const at = `${m.origin.file}:${m.origin.line}`;
    for (const ex of m.examples) {
      const hits = matchMarkers(articleOfLines([ex]), c);
      if (!hits.some((h) => h.marker === m.id)) {
        const other = hits.map((h) => `${h.marker} «${h.matched}»`);
        failures.push(`${at}: marker '${m.id}': example does not match: «${ex}»${other.length ? ` (hits: ${other.join(', ')})` : ''}`);
      }
    }
    for (const ex of m.counterExamples) {
      const hit = matchMarkers(articleOfLines([ex]), c).find((h) => h.marker === m.id);
      if (hit) failures.push(`${at}: marker '${m.id}': counterExample matches «${hit.matched}»: «${ex}»`);
    }
  }
  return failures;
}
