import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { stanceSign } from '../../src/lexicon/categoryOf';
import { matchMarkers } from '../../src/stance/matchMarkers';
import { articleOfLines } from '../../src/stance/articleOfLines';
import { caseTable } from './helpers';

// Dialect comments written for this table (test/stance/cases/dialect.yaml), read by the shipped codebook.
interface Case { input: string; expected: 'support' | 'oppose' | 'conditional' | 'none'; variety: string; note: string }
const LEX = loadLexicon();

/** The comment's stance: conditional when it has a conditional hit, else the sign of its counted hits. */
function stanceOf(text: string): string {
  let sum = 0, cond = 0, any = 0;
  for (const h of matchMarkers(articleOfLines([text], 'comment_body'), LEX)) {
    if (h.category === 'stance_conditional') { cond++; continue; }
    const s = stanceSign(LEX, h.category);
    if (s === 0) continue;
    any++;
    sum += h.negated ? -s : s;
  }
  return cond > 0 ? 'conditional' : any === 0 ? 'none' : sum > 0 ? 'support' : sum < 0 ? 'oppose' : 'none';
}

describe('matchMarkers on dialect comments (shipped codebook)', () => {
  it.each(caseTable<Case>('dialect.yaml').map((c) => [c.input, c] as const))('%s', (_t, c) => {
    expect(stanceOf(c.input), `${c.variety}: ${c.note}`).toBe(c.expected);
  });
});
