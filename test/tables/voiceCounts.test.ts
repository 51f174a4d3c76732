import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { voiceCountsOf } from '../../src/tables/voiceCounts';
import type { HitRow } from '../../src/tables/types';

// The shipped codebook's stance directions (data/lexicons/README.md): stance_support support,
// stance_oppose and slogan oppose, naming categories none.
const lex = loadLexicon();
const conditional = lex.categories.find((c) => c.stance === 'conditional')!.id;

type H = Pick<HitRow, 'segment' | 'voice' | 'category' | 'negated'>;
const hit = (segment: H['segment'], voice: H['voice'], category: string, negated = false): H => ({ segment, voice, category, negated });

describe('voiceCountsOf', () => {
  it('counts hits per segment × voice in order of first occurrence', () => {
    const hits = [
      hit('reporting', 'erdogan', 'stance_support'),
      hit('reporting', 'authorial', 'naming_gov_regime'),
      hit('reporting', 'erdogan', 'stance_oppose', true),
      hit('comments', 'authorial', 'slogan'),
      hit('reporting', 'erdogan', conditional),
      hit('reporting', 'authorial', 'slogan'),
    ];
    expect(voiceCountsOf(hits, lex)).toEqual([
      { segment: 'reporting', voice: 'erdogan', hits: 3, support: 1, oppose: 0, conditional: 1 },
      { segment: 'reporting', voice: 'authorial', hits: 2, support: 0, oppose: 1, conditional: 0 },
      { segment: 'comments', voice: 'authorial', hits: 1, support: 0, oppose: 1, conditional: 0 },
    ]);
  });

  it('gives nothing for a page without hits', () => {
    expect(voiceCountsOf([], lex)).toEqual([]);
  });
});
