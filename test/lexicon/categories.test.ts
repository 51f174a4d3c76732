/**
 * End to end: a category and a naming dimension added in data only (a fixture codebook loaded after
 * the shipped one, test/fixtures/lexicons/categories/water.yaml) reach every table, the stance
 * score, the charts, the Parquet SQL check and the figures the CLI writes.
 *
 * The expected counts are read off the two pages written below, by hand:
 * a (arab48): «أزمة المياه» in the title and the body (2), «تعطيش» once, «باتفاق المياه» once (support).
 * b (orient_news): «تعطيش» twice; «اتفاق المياه» after «لم يتحقق» (negated: no stance, no rate);
 *   the slogan «الماء حق» (oppose); one comment with «أزمة المياه».
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { analyzeCorpus, type AnalysisResult } from '../../src/run/analyzeCorpus';
import { analyzeFolder } from '../../src/run/analyzeStream';
import { countHitsParquet } from '../../src/export/parquet';
import { standardFigures } from '../../src/charts/standardFigures';

const ROOT = path.resolve(__dirname, '../..');
const WATER = path.join(__dirname, '../fixtures/lexicons/categories/water.yaml');
const PAGE_A = ['أزمة المياه في الحسكة', '', 'تتواصل أزمة المياه منذ أشهر في المدينة.', '',
  'ويتهم ناشطون الجهات المسيطرة بسياسة تعطيش السكان.', '', 'ورحب المسؤول المحلي باتفاق المياه الجديد.', ''];
const PAGE_B = ['محطة ضخ متوقفة في الشمال الشرقي', '', 'قال سكان إن تعطيش الأحياء مستمر، وإن تعطيش القرى بدأ الصيف الماضي.', '',
  'ولم يتحقق اتفاق المياه بعد، ورفع المحتجون لافتة الماء حق أمام المحطة.', '', 'التعليقات (1)', '', '    أبو علي', '',
  '    ·منذ سنة', '    أزمة المياه تزداد كل يوم', ''];

const tmp = mkdtempSync(path.join(tmpdir(), 'khitab-water-'));
const corpus = path.join(tmp, 'corpus');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Rows of a CSV table of a run, as strings. */
function csv(dir: string, table: string): Record<string, string>[] {
  return parse(readFileSync(path.join(dir, `${table}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
}

/** The rows of a table that concern the fixture's categories or its dimension. */
function water<T extends { category?: string; variant?: string; dimension?: string }>(rows: T[]): T[] {
  return rows.filter((r) => r.dimension === 'water' || /water/.test(r.category ?? r.variant ?? ''));
}

describe('analyzeCorpus with a codebook that adds a category and a naming dimension', () => {
  let result: AnalysisResult;
  beforeAll(async () => {
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, 'a.txt'), PAGE_A.join('\n'));
    writeFileSync(path.join(corpus, 'b.txt'), PAGE_B.join('\n'));
    writeFileSync(path.join(tmp, 'metadata.csv'), 'id,file,outlet,published\na,a.txt,arab48,2023-01\nb,b.txt,orient_news,2023-02\n');
    result = await analyzeCorpus(await loadCorpus(corpus), { lexicon: [WATER], resamples: 20 });
  });

  it('finds the new categories in hits.csv and scores their stance from the data', () => {
    const t = result.tables;
    expect(t.hits.map((h) => [h.id, h.segment, h.category, h.negated])).toEqual([
      ['a', 'reporting', 'naming_water_crisis', false], ['a', 'reporting', 'naming_water_crisis', false],
      ['a', 'reporting', 'naming_water_thirst', false], ['a', 'reporting', 'water_agreement', false],
      ['b', 'reporting', 'naming_water_thirst', false], ['b', 'reporting', 'naming_water_thirst', false],
      ['b', 'reporting', 'water_agreement', true], ['b', 'reporting', 'slogan_water', false],
      ['b', 'comments', 'naming_water_crisis', false],
    ]);
    expect(t.articles.map((a) => [a.id, a.support, a.oppose, a.stanceIndex])).toEqual([['a', 1, 0, 1], ['b', 0, 1, -1]]);
  });

  it('gives every outlet × segment a row per new category in outlet_profile, negated stance hits not counted', () => {
    const rows = water(result.tables.outletProfile).map((r) => [r.outlet, r.segment, r.category, r.hits]);
    expect(rows).toEqual([
      ['arab48', 'reporting', 'naming_water_crisis', 2], ['arab48', 'reporting', 'naming_water_thirst', 1],
      ['arab48', 'reporting', 'slogan_water', 0], ['arab48', 'reporting', 'water_agreement', 1],
      ['orient_news', 'reporting', 'naming_water_crisis', 0], ['orient_news', 'reporting', 'naming_water_thirst', 2],
      ['orient_news', 'reporting', 'slogan_water', 1], ['orient_news', 'reporting', 'water_agreement', 0],
      ['orient_news', 'comments', 'naming_water_crisis', 1], ['orient_news', 'comments', 'naming_water_thirst', 0],
      ['orient_news', 'comments', 'slogan_water', 0], ['orient_news', 'comments', 'water_agreement', 0],
    ]);
  });

  it('puts the new dimension first in naming.csv (its first variant has order 35), variants in declared order', () => {
    const t = result.tables;
    expect([...new Set(t.naming.map((r) => r.dimension))]).toEqual(['water', 'gov', 'turkey', 'north']);
    expect(water(t.naming).map((r) => [r.segment, r.outlet, r.variant, r.count, r.share])).toEqual([
      ['reporting', 'arab48', 'naming_water_thirst', 1, 1 / 3], ['reporting', 'arab48', 'naming_water_crisis', 2, 2 / 3],
      ['reporting', 'orient_news', 'naming_water_thirst', 2, 1], ['reporting', 'orient_news', 'naming_water_crisis', 0, 0],
      ['comments', 'orient_news', 'naming_water_thirst', 0, 0], ['comments', 'orient_news', 'naming_water_crisis', 1, 1],
    ]);
  });

  it('tests outlet × variant of the new dimension in naming_tests.csv', () => {
    const rep = result.tables.namingTests.find((r) => r.dimension === 'water' && r.segment === 'reporting')!;
    // [[1, 2], [2, 0]]: Pearson chi2 = 2.2222 (R: chisq.test(matrix(c(1,2,2,0), 2), correct = FALSE)),
    // Fisher two-sided p = 0.4 (R: fisher.test(matrix(c(1,2,2,0), 2))$p.value).
    expect(rep).toMatchObject({ outlets: 2, variants: 2, n: 5, df: 1 });
    expect(rep.chi2).toBeCloseTo(2.2222, 4);
    expect(rep.fisherP).toBeCloseTo(0.4, 10);
    expect(result.tables.namingTests.filter((r) => r.dimension === 'water').map((r) => r.segment)).toEqual(['reporting', 'comments']);
  });

  it('counts a hashtags: marker category in hashtags.csv under its own kind', () => {
    expect(result.tables.hashtags).toEqual([{ tag: 'الماء حق', kind: 'slogan_water', outlet: 'orient_news', segment: 'reporting', count: 1 }]);
  });

  it('labels and orders the new categories in the standard figures from the data', () => {
    const { figures } = standardFigures(result.tables, { lexicon: result.lexicon });
    const fig = (name: string) => figures.find((f) => f.name === name)!.figure;
    const naming = fig('naming-shares');
    const titles = (naming.layout.annotations as { text: string }[]).map((a) => a.text);
    // Panel titles are two lines (dimension, segment): one long line ran over the next panel.
    expect(titles.filter((t) => t.includes('<br>')).slice(0, 4)).toEqual(['water cuts<br>reporting', 'Syrian government<br>reporting', "Turkey's role<br>reporting", 'northern Syria<br>reporting']);
    expect(naming.data.filter((t) => t.xaxis === 'x').map((t) => [t.name, t.y])).toEqual([
      ['thirsting · تعطيش', [33.33, 100]], ['water crisis · أزمة المياه', [66.67, 0]],
    ]);
    // Category order: stance_support (10), water_agreement (15), stance_oppose (20), stance_conditional (25, from the
    // shipped stanceRules block), slogan (30), the water variants (35, 36), slogan_water (37).
    const rates = fig('category-rates').data[0].y as string[]; // categories run down the rows
    expect(rates.slice(0, 8)).toEqual(['for reconciliation · تأييد', 'water agreement · اتفاق المياه', 'against reconciliation · رفض',
      'conditional · مشروط', 'slogans · شعارات', 'thirsting · تعطيش', 'water crisis · أزمة المياه', 'water slogans · شعارات المياه']);
    expect((fig('category-rates-ci').layout.yaxis as { categoryarray: string[] }).categoryarray.slice(0, 2))
      .toEqual(['for reconciliation · تأييد', 'water agreement · اتفاق المياه']);
    expect(fig('markers-over-time').data.map((t) => t.name)).toEqual(['water agreement · اتفاق المياه', 'thirsting · تعطيش',
      'water crisis · أزمة المياه', 'water slogans · شعارات المياه']);
  });

  it('writes the Parquet row tables and passes the SQL check with the new stance category (analyzeFolder, worker threads)', async () => {
    const out = path.join(tmp, 'pq');
    const s = await analyzeFolder(corpus, { out, lexicon: [WATER], format: 'parquet', workers: 2, resamples: 20 });
    expect(s.categories.dimensions[0].id).toBe('water');
    const counts = await countHitsParquet(path.join(out, 'hits.parquet'), s.categories);
    const agreement = counts.filter((r) => r.category === 'water_agreement').map((r) => [r.outlet, r.hits]);
    expect(agreement).toEqual([['arab48', 1]]); // orient_news's hit is negated
    expect(water(csv(out, 'naming')).map((r) => `${r.segment} ${r.outlet} ${r.variant} ${r.count}`)).toEqual([
      'reporting arab48 naming_water_thirst 1', 'reporting arab48 naming_water_crisis 2',
      'reporting orient_news naming_water_thirst 2', 'reporting orient_news naming_water_crisis 0',
      'comments orient_news naming_water_thirst 0', 'comments orient_news naming_water_crisis 1',
    ]);
    expect(csv(out, 'hashtags').map((r) => r.kind)).toEqual(['slogan_water']);
  });

  it('draws the new dimension and categories in the figures `khitab analyze --lexicon` writes', () => {
    const out = path.join(tmp, 'cli');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/khitab.cjs'), 'analyze', corpus, '--lexicon', WATER, '--out', out,
      '--workers', '1', '--resamples', '20', '--no-notebooks'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KHITAB_CHROMIUM: '/nonexistent' } });
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(path.join(out, 'figures/naming-shares.html'), 'utf8');
    expect(html).toContain('water cuts\\u003cbr\\u003ereporting');
    expect(html).toContain('thirsting · تعطيش');
    expect(readFileSync(path.join(out, 'figures/category-rates.html'), 'utf8')).toContain('water agreement · اتفاق المياه');
    expect(csv(out, 'outlet_profile').filter((p) => p.category === 'water_agreement').map((p) => p.hits)).toEqual(['1', '0', '0']);
  });
});
