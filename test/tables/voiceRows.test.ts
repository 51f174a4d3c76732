import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { analyzeCorpus, type AnalysisResult } from '../../src/run/analyzeCorpus';
import { kwicFilterOf, VoiceTally } from '../../src/tables/voiceRows';
import { TableBuilder } from '../../src/tables/buildTables';
import { UNKNOWN_OUTLET } from '../../src/tables/columns';
import { processPage } from '../../src/tables/processPage';

describe('kwicFilterOf', () => {
  it('writes a condition on the outlet, segment and voice columns of hits.csv', () => {
    expect(kwicFilterOf('orient_news', 'reporting', 'erdogan')).toBe('outlet=="orient_news" & segment=="reporting" & voice=="erdogan"');
    expect(kwicFilterOf('(unknown)', 'comments', 'authorial')).toBe('outlet=="(unknown)" & segment=="comments" & voice=="authorial"');
  });
});

describe('VoiceTally', () => {
  it('adds pages up per outlet × segment × voice, counts pages and the hits without a stance', () => {
    const t = new VoiceTally();
    t.add('b', [{ segment: 'reporting', voice: 'unnamed_source', hits: 2, support: 1, oppose: 0, conditional: 0 }]);
    t.add('b', [
      { segment: 'comments', voice: 'authorial', hits: 1, support: 0, oppose: 1, conditional: 0 },
      { segment: 'reporting', voice: 'unnamed_source', hits: 3, support: 0, oppose: 1, conditional: 1 },
      { segment: 'reporting', voice: 'erdogan', hits: 1, support: 1, oppose: 0, conditional: 0 },
    ]);
    t.add(UNKNOWN_OUTLET, [{ segment: 'reporting', voice: 'authorial', hits: 4, support: 0, oppose: 0, conditional: 0 }]);
    const rows = t.rows().map(({ kwicFilter: _k, ...r }) => r);
    // Ordered by outlet ('(' sorts before letters), segment (reporting first), voice (authorial, actors, unnamed_source).
    expect(rows).toEqual([
      { outlet: UNKNOWN_OUTLET, segment: 'reporting', voice: 'authorial', hits: 4, support: 0, oppose: 0, conditional: 0, neutral: 4, pages: 1 },
      { outlet: 'b', segment: 'reporting', voice: 'erdogan', hits: 1, support: 1, oppose: 0, conditional: 0, neutral: 0, pages: 1 },
      { outlet: 'b', segment: 'reporting', voice: 'unnamed_source', hits: 5, support: 1, oppose: 1, conditional: 1, neutral: 2, pages: 2 },
      { outlet: 'b', segment: 'comments', voice: 'authorial', hits: 1, support: 0, oppose: 1, conditional: 0, neutral: 0, pages: 1 },
    ]);
    expect(t.rows()[0].kwicFilter).toBe('outlet=="(unknown)" & segment=="reporting" & voice=="authorial"');
  });
});

describe('voices.csv of the bundled corpus', () => {
  let result: AnalysisResult;
  const lex = loadLexicon();
  const stanceOf = (category: string) => lex.categories.find((c) => c.id === category)?.stance ?? 'none';
  beforeAll(async () => {
    result = await analyzeCorpus(await loadCorpus(resolve(__dirname, '../../data/corpus')), { resamples: 20, seed: 7, workers: 2 });
  });

  it('reconciles with hits.csv: every row is the hits of its outlet, segment and voice on article pages', () => {
    const t = result.tables;
    const articlePages = new Set(t.articles.filter((a) => a.pageKind === 'article').map((a) => a.id));
    const want = new Map<string, { hits: number; support: number; oppose: number; conditional: number; pages: Set<string> }>();
    for (const h of t.hits) {
      if (!articlePages.has(h.id)) continue;
      const key = [h.outlet ?? UNKNOWN_OUTLET, h.segment, h.voice].join('|');
      const w = want.get(key) ?? { hits: 0, support: 0, oppose: 0, conditional: 0, pages: new Set<string>() };
      w.hits++;
      const s = h.negated ? 'none' : stanceOf(h.category);
      if (s === 'support' || s === 'oppose' || s === 'conditional') w[s]++;
      w.pages.add(h.id);
      want.set(key, w);
    }
    expect(t.voices.length).toBe(want.size);
    for (const r of t.voices) {
      const w = want.get([r.outlet, r.segment, r.voice].join('|'));
      expect(w, `${r.outlet} ${r.segment} ${r.voice}`).toBeDefined();
      expect([r.hits, r.support, r.oppose, r.conditional, r.pages]).toEqual([w!.hits, w!.support, w!.oppose, w!.conditional, w!.pages.size]);
      expect(r.neutral).toBe(r.hits - r.support - r.oppose - r.conditional);
      const selected = t.hits.filter((h) => (h.outlet ?? UNKNOWN_OUTLET) === r.outlet && h.segment === r.segment && h.voice === r.voice);
      expect(selected.length).toBe(r.hits); // the kwicFilter's condition, read as written
      expect(r.kwicFilter).toBe(`outlet=="${r.outlet}" & segment=="${r.segment}" & voice=="${r.voice}"`);
    }
  });

  it('is the same whether pages come as results in this thread (TableBuilder.add) or as partials from workers', async () => {
    const b = new TableBuilder(lex, { seed: 7, resamples: 20 });
    for (const p of (await loadCorpus(resolve(__dirname, '../../data/corpus'))).pages) b.add(processPage(p, lex));
    expect(b.finish().voices).toEqual(result.tables.voices);
  });

  it('splits each article\'s reporting stance into authorial and reported, adding up to support and oppose', () => {
    for (const a of result.tables.articles) {
      expect(a.authorialSupport + a.reportedSupport).toBe(a.support);
      expect(a.authorialOppose + a.reportedOppose).toBe(a.oppose);
      const own = result.tables.hits.filter((h) => h.id === a.id && h.segment === 'reporting' && h.voice === 'authorial' && !h.negated);
      expect(a.authorialOppose).toBe(own.filter((h) => stanceOf(h.category) === 'oppose').length);
      expect(a.authorialSupport).toBe(own.filter((h) => stanceOf(h.category) === 'support').length);
    }
    // The seeds quote and report: some of their stance is not the outlets' own.
    expect(result.tables.articles.some((a) => a.reportedSupport + a.reportedOppose > 0)).toBe(true);
  });
});
