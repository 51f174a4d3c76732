import { describe, expect, it } from 'vitest';
import { TermTranslator } from '../../src/run/termTranslator';
import { TermIds } from '../../src/text/termIds';

describe('TermTranslator.read', () => {
  it('translates each thread\'s term numbers to the consumer\'s indexes, outputs read in production order', () => {
    // Two producing threads number the terms they meet, page by page.
    const threads = [new TermIds(), new TermIds()];
    const pages: [number, string[]][] = [[0, ['دمشق', 'أنقرة']], [1, ['أنقرة', 'تطبيع']], [0, ['تطبيع', 'دمشق', 'مصالحة']], [1, ['مصالحة']]];
    const outputs = pages.map(([t, terms]) => {
      const ids = terms.map((term) => threads[t].idOf(term));
      return { dictionary: threads[t].dictionary, ids, terms, newTerms: threads[t].takeNew() };
    });
    // The consumer's own numbering: order of first sight.
    const mine: string[] = [];
    const tr = new TermTranslator((term) => (mine.includes(term) ? mine.indexOf(term) : mine.push(term) - 1));
    for (const o of outputs) {
      const map = tr.read(o.dictionary, o.newTerms);
      expect(o.ids.map((id) => mine[map[id]])).toEqual(o.terms);
    }
    expect(threads[0].dictionary).not.toBe(threads[1].dictionary);
    expect(mine).toEqual(['دمشق', 'أنقرة', 'تطبيع', 'مصالحة']);
  });

  it('gives one table per dictionary, growing as new terms are read', () => {
    const tr = new TermTranslator((term) => term.length);
    expect(tr.read('a', ['x', 'yy'])).toEqual([1, 2]);
    expect(tr.read('b', ['zzz'])).toEqual([3]);
    expect(tr.read('a', [])).toEqual([1, 2]);
    expect(tr.read('a', ['wwww'])).toEqual([1, 2, 4]);
  });
});
