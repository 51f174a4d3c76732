import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { analyzeCorpus, type AnalysisResult } from '../../src/run/analyzeCorpus';
import { countsTowardRates } from '../../src/tables/processPage';

const CORPUS = resolve(__dirname, '../../data/corpus');

describe('analyzeCorpus', () => {
  let result: AnalysisResult;
  beforeAll(async () => {
    result = await analyzeCorpus(await loadCorpus(CORPUS), { resamples: 200, seed: 7 });
  });

  it('analyzes every bundled page and rejects none', () => {
    expect(result.tables.articles.map((a) => a.id)).toEqual(readdirSync(CORPUS).map((f) => f.replace(/\.txt$/, '')).sort());
    expect(result.tables.rejects).toEqual([]);
    expect(result.info.pages).toBe(5);
  });

  it('finds the four reader comments of seeds 001 and 003 with their ages', () => {
    const c = result.tables.comments.map((r) => [r.articleId.slice(0, 3), r.comment, r.ageMonths]);
    expect(c).toEqual([['001', 0, 87], ['001', 1, 87], ['003', 0, 14], ['003', 1, 14]]);
    expect(result.tables.articles.find((a) => a.id.startsWith('001'))!.commentsDeclared).toBe(2);
  });

  it('reconciles hits.csv with the per-article and per-comment hit counts', () => {
    const t = result.tables;
    const total = t.articles.reduce((a, r) => a + r.hits, 0) + t.comments.reduce((a, r) => a + r.hits, 0);
    expect(t.hits.length).toBeGreaterThan(0);
    expect(total).toBe(t.hits.length);
    for (const a of t.articles) {
      expect(a.hits).toBe(t.hits.filter((h) => h.id === a.id && h.segment === 'reporting').length);
    }
  });

  it('reconciles outlet_profile hit counts with hits.csv (negated stance hits excluded)', () => {
    const t = result.tables;
    for (const row of t.outletProfile) {
      const n = t.hits.filter((h) => (h.outlet ?? '(unknown)') === row.outlet && h.segment === row.segment &&
        h.category === row.category && countsTowardRates(h, result.lexicon)).length;
      expect(n, `${row.outlet}/${row.segment}/${row.category}`).toBe(row.hits);
      if (row.rate !== null && row.ciLow !== null && row.ciHigh !== null) {
        expect(row.ciLow).toBeLessThanOrEqual(row.rate + 1e-9);
        expect(row.ciHigh).toBeGreaterThanOrEqual(row.rate - 1e-9);
      }
    }
  });

  it('reconciles naming.csv with hits.csv and gives shares that sum to 1', () => {
    const t = result.tables;
    for (const row of t.naming) {
      const n = t.hits.filter((h) => (h.outlet ?? '(unknown)') === row.outlet && h.segment === row.segment && h.category === row.variant).length;
      expect(n, `${row.outlet}/${row.segment}/${row.variant}`).toBe(row.count);
    }
    for (const d of result.lexicon.dimensions) {
      const groups = new Map<string, number>();
      for (const r of t.naming.filter((x) => x.dimension === d.id && x.share !== null)) {
        groups.set(`${r.segment}/${r.outlet}`, (groups.get(`${r.segment}/${r.outlet}`) ?? 0) + r.share!);
      }
      for (const [k, s] of groups) expect(s, k).toBeCloseTo(1, 10);
    }
  });

  it('counts the Syrian government named as a regime in seed 000 reporting', () => {
    const regime = result.tables.naming.find((r) => r.dimension === 'gov' && r.segment === 'reporting' &&
      r.outlet === 'al_bawsala' && r.variant === 'naming_gov_regime');
    expect(regime!.count).toBeGreaterThanOrEqual(8);
  });

  it('is deterministic for a seed', async () => {
    const again = await analyzeCorpus(await loadCorpus(CORPUS), { resamples: 200, seed: 7 });
    expect(again.tables).toEqual(result.tables);
  });

  it('gives the same tables and articles on 2 worker threads, and reports progress', async () => {
    const seen: [number, number][] = [];
    const two = await analyzeCorpus(await loadCorpus(CORPUS), { resamples: 200, seed: 7, workers: 2, batchPages: 2, onProgress: (d, t) => seen.push([d, t]) });
    expect(two.tables).toEqual(result.tables);
    expect(two.articles).toEqual(result.articles);
    expect(result.articles.map((a) => a.id)).toEqual(result.tables.articles.map((r) => r.id));
    expect(seen.at(-1)).toEqual([5, 5]);
  });

  it('accounts for every input file of a mixed corpus: analyzed + rejected = files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-mixed-'));
    for (const f of readdirSync(CORPUS)) copyFileSync(join(CORPUS, f), join(dir, f));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), '  \n\n \r\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    copyFileSync(join(CORPUS, readdirSync(CORPUS)[0]), join(dir, 'zz-duplicate.txt'));
    writeFileSync(join(dir, 'english.txt'), 'Only English here.\nNothing Arabic.\n');
    const files = readdirSync(dir).length;
    const corpus = await loadCorpus(dir, { meta: false });
    const r = await analyzeCorpus(corpus, { resamples: 10 });
    expect(r.tables.articles.length + r.tables.rejects.length).toBe(files);
    expect(r.tables.rejects.map((x) => [x.file, x.reason])).toEqual([
      ['binary.txt', 'binary'], ['blank.txt', 'empty'], ['empty.txt', 'empty'], ['zz-duplicate.txt', 'duplicate'],
    ]);
    expect(r.tables.articles.find((a) => a.id === 'english')!.warnings).toMatch(/Arabic/);
  });
});

describe('AnalysisResult.frames', () => {
  it('gives every table as a danfojs DataFrame with the documented columns and rows', async () => {
    const { TABLE_COLUMNS } = await import('../../src/tables/columns');
    const result = await analyzeCorpus(await loadCorpus(CORPUS), { resamples: 10 });
    const frames = result.frames();
    expect(result.frames()).toBe(frames);
    expect(frames.naming.columns).toEqual(TABLE_COLUMNS.naming);
    expect(frames.naming.shape).toEqual([result.tables.naming.length, TABLE_COLUMNS.naming.length]);
    expect(frames.comments.shape[0]).toBe(4);
  });
});
