import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { categoryOf } from '../../src/lexicon/categoryOf';
import { matchMarkers } from '../../src/stance/matchMarkers';
import { articleOfLines } from '../../src/stance/articleOfLines';
import { caseTable } from './helpers';

// Reporting sentences written for this table (test/stance/cases/reporting.yaml), read by the shipped codebook.
interface Case { input: string; expected: 'support' | 'oppose' | 'conditional' | 'none'; note: string }
const LEX = loadLexicon();

/** The sentence's stance: conditional when its conditional hits are at least its support and oppose hits together, else the sign of its counted hits. */
function stanceOf(text: string): string {
  let support = 0, oppose = 0, cond = 0;
  for (const h of matchMarkers(articleOfLines([text], 'body'), LEX)) {
    if (h.negated) continue;
    const s = categoryOf(LEX, h.category).stance;
    if (s === 'support') support++;
    else if (s === 'oppose') oppose++;
    else if (s === 'conditional') cond++;
  }
  if (cond > 0 && cond >= support + oppose) return 'conditional';
  return support > oppose ? 'support' : oppose > support ? 'oppose' : 'none';
}

describe('matchMarkers on reporting sentences (shipped codebook)', () => {
  it.each(caseTable<Case>('reporting.yaml').map((c) => [c.input, c] as const))('%s', (_t, c) => {
    expect(stanceOf(c.input), c.note).toBe(c.expected);
  });
});
