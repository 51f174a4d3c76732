import { describe, it, expect } from 'vitest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { matchMarkers } from '../../src/stance/matchMarkers';
import { scoreStance, stanceScore, stanceDirection, stanceOfHit } from '../../src/stance/scoreStance';
import { articleOfLines } from '../../src/stance/articleOfLines';
import type { Article } from '../../src/split/types';

const lex = loadLexicon();

function pageWithComments(body: string[], comments: string[]): Article {
  const a = articleOfLines([...body, ...comments]);
  a.lines.forEach((l, i) => {
    if (i >= body.length) { l.role = 'comment_body'; l.comment = i - body.length; }
  });
  a.comments = comments.map((text, k) => ({ index: k, author: null, meta: null, ageMonths: null, approxDate: null, text, lines: [body.length + k + 1] }));
  return a;
}

describe('stanceScore', () => {
  it('computes (support − oppose) / (support + oppose), null when both are 0', () => {
    expect(stanceScore(1, 3)).toEqual({ support: 1, oppose: 3, index: -0.5 });
    expect(stanceScore(2, 0).index).toBe(1);
    expect(stanceScore(0, 0).index).toBeNull();
  });
});

describe('stanceDirection', () => {
  it('counts slogans as oppose and ignores negated hits and other categories', () => {
    expect(stanceDirection({ category: 'slogan', negated: false }, lex)).toBe(-1);
    expect(stanceDirection({ category: 'stance_support', negated: false }, lex)).toBe(1);
    expect(stanceDirection({ category: 'stance_oppose', negated: true }, lex)).toBe(0);
    expect(stanceDirection({ category: 'naming_gov_regime', negated: false }, lex)).toBe(0);
    expect(stanceDirection({ category: 'not_in_the_lexicon', negated: false }, lex)).toBe(0);
  });

  it('reads the direction from the lexicon, not from the category id', () => {
    const flipped = { ...lex, categories: lex.categories.map((c) => (c.id === 'slogan' ? { ...c, stance: 'support' as const } : c)) };
    expect(stanceDirection({ category: 'slogan', negated: false }, flipped)).toBe(1);
  });
});

describe('scoreStance', () => {
  it('scores the reporting and each comment separately', () => {
    const a = pageWithComments(
      ['خرجت مظاهرات تحت شعار لن نصالح', 'ووصف الوزير اللقاء بأنه خطوة إيجابية', 'إن أنقرة لم تخذل المعارضة'],
      ['التطبيع خيانة', 'لا شيء هنا'],
    );
    const s = scoreStance(a, matchMarkers(a, lex), lex);
    // reporting: slogan (oppose) + positive step (support); «لم تخذل» is negated and not counted.
    expect(s.reporting).toEqual({ support: 1, oppose: 1, index: 0 });
    expect(s.comments).toEqual([
      { comment: 0, support: 0, oppose: 1, index: -1 },
      { comment: 1, support: 0, oppose: 0, index: null },
    ]);
  });
});

// The shipped codebook's stance directions (data/lexicons/README.md): stance_support support,
// stance_oppose and slogan oppose, naming categories none.
const conditional = lex.categories.find((c) => c.stance === 'conditional')!.id;

describe('stanceOfHit', () => {
  it.each([
    ['stance_support', false, 'support'],
    ['stance_oppose', false, 'oppose'],
    ['slogan', false, 'oppose'],
    ['stance_oppose', true, null], // a negated stance hit states none
    ['naming_gov_regime', false, null],
  ] as const)('stanceOfHit(%s, negated %s) → %s', (category, negated, want) => {
    expect(stanceOfHit({ category, negated }, lex)).toBe(want);
  });

  it('reads a conditional category as conditional', () => {
    expect(stanceOfHit({ category: conditional, negated: false }, lex)).toBe('conditional');
  });
});
