import { describe, it, expect } from 'vitest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { matchMarkers } from '../../src/stance/matchMarkers';
import { kwic, kwicOfHit } from '../../src/stance/kwic';
import { articleOfLines } from '../../src/stance/articleOfLines';

const lex = loadLexicon();
const a = articleOfLines(['خرجت مظاهرات تحت شعار لن نصالح في إدلب', 'والتطبيع مع النظام السوري مرفوض'], 'body', 'p1');

describe('kwicOfHit', () => {
  it('cuts window characters each side from the same line', () => {
    const h = matchMarkers(a, lex).find((x) => x.category === 'slogan')!;
    expect(kwicOfHit(a, h, 10)).toEqual({ pre: ' تحت شعار ', keyword: 'لن نصالح', post: ' في إدلب' });
  });

  it('gives the same parts whether or not the hit carries its matched text', () => {
    for (const h of matchMarkers(a, lex)) {
      const { line, col, len } = h;
      expect(kwicOfHit(a, h, 7)).toEqual(kwicOfHit(a, { line, col, len }, 7));
    }
    // A matched text that does not fit the span is ignored.
    expect(kwicOfHit(a, { line: 1, col: 0, len: 4, matched: 'x' }, 3).keyword).toBe('خرجت');
  });

  it('never cuts an emoji (a surrogate pair) in half at either edge of the window', () => {
    // «🔥» is two UTF-16 units; the hit «لن نصالح» is units 5–12.
    const e = articleOfLines(['🔥🔥 لن نصالح 🔥🔥'], 'body', 'p2');
    const hit = { line: 1, col: 5, len: 8 };
    expect(e.lines[0].text.slice(5, 13)).toBe('لن نصالح');
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (let w = 0; w <= 8; w++) {
      const k = kwicOfHit(e, hit, w);
      expect(k.pre, `window ${w}`).not.toMatch(lone);
      expect(k.post, `window ${w}`).not.toMatch(lone);
      expect(k.pre.length).toBeGreaterThanOrEqual(Math.min(w, hit.col) - 1);
      expect(k.pre.length).toBeLessThanOrEqual(w);
    }
    expect(kwicOfHit(e, hit, 4)).toEqual({ pre: '🔥 ', keyword: 'لن نصالح', post: ' 🔥' });
    expect(kwicOfHit(e, hit, 3)).toEqual({ pre: '🔥 ', keyword: 'لن نصالح', post: ' 🔥' });
    expect(kwicOfHit(e, hit, 2)).toEqual({ pre: ' ', keyword: 'لن نصالح', post: ' ' });
  });
});

describe('kwic', () => {
  it('accepts a category id', () => {
    const rows = kwic([a], 'naming_gov_regime', { lexicon: lex, window: 5 });
    expect(rows.map((r) => [r.line, r.keyword, r.pre, r.post])).toEqual([[2, 'النظام السوري', 'ع مع ', ' مرفو']]);
  });
  it('accepts a marker id', () => {
    expect(kwic([a], 'slogan_lan_nusalih', { lexicon: lex }).map((r) => r.keyword)).toEqual(['لن نصالح']);
  });
  it('accepts a free pattern (clitic-aware)', () => {
    expect(kwic([a], 'تطبيع', { lexicon: lex }).map((r) => [r.keyword, r.category])).toEqual([['والتطبيع', 'query']]);
  });
  it('accepts hits', () => {
    const hits = matchMarkers(a, lex).filter((h) => h.category === 'slogan');
    expect(kwic([a], hits).map((r) => r.id)).toEqual(['p1']);
  });
});
