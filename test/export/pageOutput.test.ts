import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageOutputFromResult, pageOutputOf, pagePartialOf } from '../../src/export/pageOutput';
import { processPage } from '../../src/tables/processPage';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import type { HitRow } from '../../src/tables/types';

describe('pageOutputOf', () => {
  it("carries the page's typed rows (and, when asked, the split page) with emit 'rows', and no CSV bytes", async () => {
    const lexicon = loadLexicon();
    const page = (await loadCorpus(resolve(__dirname, '../../data/corpus'))).pages[1];
    const r = processPage(page, lexicon, { keepArticle: true });
    const o = pageOutputOf(page, lexicon, { emit: 'rows', keepArticle: true });
    expect(o.rows!.article).toEqual(r.articleRow);
    expect(o.rows!.comments.map((c) => c.comment)).toEqual(r.commentRows.map((c) => c.comment).sort((a, b) => a - b));
    expect(o.rows!.hits).toHaveLength(r.hitRows.length);
    expect(o.rows!.split?.id).toBe(page.id);
    expect([o.csv.articles.length, o.csv.comments.length, o.csv.hits.length]).toEqual([0, 0, 0]);
    expect(pageOutputOf(page, lexicon, { emit: 'rows' }).rows!.split).toBeNull();
    expect(pageOutputOf(page, lexicon).rows).toBeNull();
  });
});

describe('pageOutputFromResult', () => {
  it('counts the naming, slogan and hashtag hits per distinct tuple, as the hit rows list them', async () => {
    const lexicon = loadLexicon();
    const page = (await loadCorpus(resolve(__dirname, '../../data/corpus'))).pages[0];
    const r = processPage(page, lexicon);
    const o = pageOutputFromResult(r, page, lexicon);
    const expected = new Map<string, number>();
    for (const h of r.hitRows) {
      if (!/^(naming_|slogan$|hashtag$)/.test(h.category)) continue;
      const k = JSON.stringify([h.segment, h.outlet, h.category, h.marker, h.keyword]);
      expected.set(k, (expected.get(k) ?? 0) + 1);
    }
    expect(expected.get(JSON.stringify(['reporting', r.outlet, 'slogan', 'slogan_lan_nusalih', 'لن نصالح']))).toBeGreaterThan(0);
    const keyOf = (t: (typeof o.tagged)[number]) => JSON.stringify([t.segment, t.outlet, t.category, t.marker, t.keyword]);
    expect(new Map(o.tagged.map((t) => [keyOf(t), t.count]))).toEqual(expected);
    expect(o.tagged.map(keyOf)).toEqual([...expected.keys()]); // first-occurrence order
  });

  it('keeps tuples apart whose fields only look alike when joined', async () => {
    const lexicon = loadLexicon();
    const page = (await loadCorpus(resolve(__dirname, '../../data/corpus'))).pages[4];
    const r = processPage(page, lexicon);
    const base = { ...r.hitRows[0], segment: 'reporting', outlet: 'o', category: 'slogan' } as HitRow;
    // Joined with U+0001, both read "reporting␁o␁slogan␁m␁x␁k".
    const a = { ...base, marker: 'm\u0001x', keyword: 'k' };
    const b = { ...base, marker: 'm', keyword: 'x\u0001k' };
    const o = pageOutputFromResult({ ...r, hitRows: [a, b, a, b, b] }, page, lexicon, 'parquet');
    // Hits are put in table order first (same line and col: by marker), so 'm' comes first.
    expect(o.tagged.map((t) => t.marker)).toEqual(['m', 'm\u0001x']);
    expect(o.tagged.map((t) => t.count)).toEqual([3, 2]);
    expect(pagePartialOf(o, []).tagged.map((t) => [t.marker, t.count])).toEqual([['m', 3], ['m\u0001x', 2]]);
  });
});
