import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFolder } from '../../src/run/analyzeStream';
import { readParquetRows, countHitsParquet, verifyNamingCounts, verifyProfileCounts, ParquetRowWriter } from '../../src/export/parquet';
import type { NamingRow, OutletProfileRow } from '../../src/tables/types';
import { parse } from 'csv-parse/sync';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { expectParquetLikeCsv } from './parquetLikeCsv';
import { DuckDBInstance } from '@duckdb/node-api';

const lexicon = loadLexicon();

const SEEDS = resolve(__dirname, '../../data/corpus');

describe('ParquetRowWriter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-pq-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes hand-made rows sorted into table order with their types', async () => {
    const w = await ParquetRowWriter.open(join(dir, 'staging'));
    const hit = (id: string, line: number, marker: string) => ({
      id, file: `${id}.txt`, outlet: null, line, col: 3, len: 4, role: 'body', segment: 'reporting' as const, comment: null,
      category: 'naming_gov_regime', marker, polarity: -1, negated: false, quoted: true, speaker: null, pre: 'قبل', keyword: 'النظام', post: '', voice: 'authorial' as const,
    });
    w.add({ articles: [], comments: [], hits: [hit('b', 1, 'm1')] });
    w.add({ articles: [], comments: [], hits: [hit('a', 9, 'm1'), hit('a', 2, 'm2')] });
    const files = await w.finish(dir);
    expect(files.map((f) => f.replace(dir, ''))).toEqual(['/articles.parquet', '/comments.parquet', '/hits.parquet']);
    const rows = await readParquetRows(join(dir, 'hits.parquet'));
    expect(rows.map((r) => [r.id, r.line])).toEqual([['a', 2], ['a', 9], ['b', 1]]);
    expect(rows[0]).toMatchObject({ outlet: null, polarity: -1, negated: false, quoted: true, keyword: 'النظام', post: '', comment: null });
  });

  it('stops before a conversion when its signal is aborted, and removes the staging folder', async () => {
    const sub = join(dir, 'aborted');
    const w = await ParquetRowWriter.open(join(sub, 'staging'));
    w.add({ articles: [], comments: [], hits: [{
      id: 'a', file: 'a.txt', outlet: null, line: 1, col: 1, len: 2, role: 'body', segment: 'reporting' as const, comment: null,
      category: 'slogan', marker: 'm', polarity: -1, negated: false, quoted: false, speaker: null, pre: '', keyword: 'لن', post: '', voice: 'authorial' as const,
    }] });
    await expect(w.finish(sub, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(readdirSync(sub)).toEqual([]);
  });

  it('copies tables whose pages arrived in id order, and sorts the others by page id as the CSV tables are', async () => {
    const hit = (id: string, line: number, marker: string) => ({
      id, file: `${id}.txt`, outlet: 'x', line, col: 1, len: 2, role: 'body', segment: 'reporting' as const, comment: null,
      category: 'slogan', marker, polarity: -1, negated: false, quoted: false, speaker: null, pre: '', keyword: 'لن', post: '', voice: 'authorial' as const,
    });
    const write = async (sub: string, pages: ReturnType<typeof hit>[][]) => {
      const w = await ParquetRowWriter.open(join(dir, sub, 'staging'));
      for (const hits of pages) w.add({ articles: [], comments: [], hits });
      const inOrder = { ...w.appendedInOrder };
      await w.finish(join(dir, sub));
      expect(existsSync(join(dir, sub, 'staging'))).toBe(false);
      return { inOrder, rows: (await readParquetRows(join(dir, sub, 'hits.parquet'))).map((r) => `${r.id}:${r.line}:${r.marker}`) };
    };
    // In order: pages by id, hits by line then marker (equal ids and lines compare the marker).
    const ordered = await write('ordered', [[hit('a', 1, 'm1'), hit('a', 1, 'm2'), hit('a', 3, 'm1')], [], [hit('b', 2, 'm1')], [hit('b', 2, 'm1'), hit('c', 1, 'm0')]]);
    expect(ordered.inOrder.hits).toBe(true);
    expect(ordered.rows).toEqual(['a:1:m1', 'a:1:m2', 'a:3:m1', 'b:2:m1', 'b:2:m1', 'c:1:m0']);
    const late = await write('late', [[hit('b', 1, 'm1')], [hit('a', 5, 'm1')]]);
    expect(late.inOrder.hits).toBe(false);
    expect(late.rows).toEqual(['a:5:m1', 'b:1:m1']);
    // Ids compare by UTF-16 code unit, as in hits.csv: U+1F600 (a surrogate pair, D83D…) before U+FFFF,
    // although UTF-8 byte order (DuckDB's ORDER BY) would put it after.
    const astral = await write('astral', [[hit('a', 1, 'm1')], [hit('a\uffff', 1, 'm1')], [hit('a\ud83d\ude00', 1, 'm1')]]);
    expect(astral.inOrder.hits).toBe(false);
    expect(astral.rows).toEqual(['a:1:m1', 'a\ud83d\ude00:1:m1', 'a\uffff:1:m1']);
  });

  it('gives the same rows when it converts a table in parts (partBytes), pages in order or not', async () => {
    const hit = (id: string, line: number) => ({
      id, file: `${id}.txt`, outlet: line % 3 ? 'x' : null, line, col: 1, len: 2, role: 'body', segment: 'reporting' as const, comment: null,
      category: 'slogan', marker: 'm', polarity: -1, negated: line % 2 === 0, quoted: false, speaker: null, pre: 'قبل "ق"', keyword: 'لن', post: `${line}\n`, voice: 'authorial' as const,
    });
    const pages = Array.from({ length: 40 }, (_, p) => Array.from({ length: p % 5 }, (_, k) => hit(`p${String(p).padStart(2, '0')}`, k + 1)));
    const steps: string[] = [];
    const read = async (sub: string, list: typeof pages, partBytes?: number) => {
      const w = await ParquetRowWriter.open(join(dir, sub, 'staging'), partBytes === undefined ? {} : { partBytes });
      for (const hits of list) w.add({ articles: [], comments: [], hits });
      steps.length = 0;
      await w.finish(join(dir, sub), { onStep: (m) => steps.push(m) });
      expect(existsSync(join(dir, sub, 'staging'))).toBe(false);
      return readParquetRows(join(dir, sub, 'hits.parquet'));
    };
    const whole = await read('parts-whole', pages);
    expect(whole.length).toBe(80);
    expect(steps).toEqual(['converting articles to Parquet', 'converting comments to Parquet', 'converting hits to Parquet']);
    expect(await read('parts-300', pages, 300)).toEqual(whole); // ~80 bytes a row: many parts
    const parts = steps.filter((m) => m.startsWith('converting hits to Parquet, part ')).length;
    expect(parts).toBeGreaterThan(5);
    expect(steps.slice(2)).toEqual([
      ...Array.from({ length: parts }, (_, k) => `converting hits to Parquet, part ${k + 1} of ${parts}`),
      `joining the ${parts} Parquet parts of hits`,
    ]);
    expect(await read('parts-shuffled', [...pages].reverse(), 300)).toEqual(whole);
    await expect(ParquetRowWriter.open(join(dir, 'y', 'staging'), { partBytes: 0 })).rejects.toThrow(/partBytes must be positive/);
  });

  it('keeps a text longer than DuckDB\'s default line limit, and fails when the staged rows are not the rows counted', async () => {
    const sub = join(dir, 'long');
    const w = await ParquetRowWriter.open(join(sub, 'staging'));
    const text = 'نص '.repeat(1_000_000); // 3 M code units, 5 MB of UTF-8: beyond the 2 MB default
    const comment = {
      articleId: 'p1', file: 'p1.txt', outlet: null, comment: 0, author: 'x', meta: null, ageMonths: null, approxDate: null,
      tokens: 1, hits: 0, support: 0, oppose: 0, stanceIndex: null, text,
    };
    w.add({ articles: [], comments: [comment], hits: [] });
    await w.finish(sub);
    const rows = await readParquetRows(join(sub, 'comments.parquet'));
    expect(rows.length).toBe(1);
    expect(rows[0].text === text).toBe(true);

    const bad = await ParquetRowWriter.open(join(dir, 'bad', 'staging'));
    const line = new TextEncoder().encode('"p1","p1.txt",,0,"x",,,,1,0,0,0,,"t"\n');
    bad.addStaged({ id: 'p1', articles: new Uint8Array(0), comments: line, hits: new Uint8Array(0), rows: { articles: 0, comments: 2, hits: 0 }, maxLine: 40 });
    await expect(bad.finish(join(dir, 'bad'))).rejects.toThrow(/comments: DuckDB read 1 rows from the staging file, 2 were appended/);
    const broken = await ParquetRowWriter.open(join(dir, 'broken', 'staging'));
    broken.addStaged({ id: 'p1', articles: new Uint8Array(0), comments: new TextEncoder().encode('"p1",oops\n'), hits: new Uint8Array(0), rows: { articles: 0, comments: 1, hits: 0 }, maxLine: 20 });
    await expect(broken.finish(join(dir, 'broken'))).rejects.toThrow();
    expect(existsSync(join(dir, 'broken', 'staging'))).toBe(false);
    await expect(ParquetRowWriter.open(join(dir, 'x', 'staging'), { threads: 0 })).rejects.toThrow(/threads must be a positive integer/);
  });
});

describe('analyzeFolder --format parquet', () => {
  let tmp: string;
  beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'khitab-pq2-')); });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('holds the same rows as the CSV output (seeds)', async () => {
    await expectParquetLikeCsv(SEEDS, join(tmp, 'seeds'));
  });

  it('types every Parquet column as schema.json does (integers INTEGER, booleans BOOLEAN, not DOUBLE)', async () => {
    const pq = join(tmp, 'seeds-pq');
    const schema = JSON.parse(readFileSync(join(pq, 'schema.json'), 'utf8')) as { tables: Record<string, { columns: { name: string; type: string }[] }> };
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    try {
      for (const t of ['articles', 'comments', 'hits']) {
        const described = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${join(pq, `${t}.parquet`)}')`)).getRowObjectsJS();
        expect(described.map((r) => [r.column_name, r.column_type]), t).toEqual(schema.tables[t].columns.map((c) => [c.name, c.type]));
      }
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });

  it('removes row-table CSVs of an earlier run in the same folder', async () => {
    const out = join(tmp, 'switch');
    await analyzeFolder(SEEDS, { out, workers: 1, resamples: 20 });
    expect(existsSync(join(out, 'hits.csv'))).toBe(true);
    await analyzeFolder(SEEDS, { out, workers: 1, resamples: 20, format: 'parquet' });
    expect(['articles', 'comments', 'hits'].map((t) => [existsSync(join(out, `${t}.csv`)), existsSync(join(out, `${t}.parquet`))]))
      .toEqual([[false, true], [false, true], [false, true]]);
  });

  it('re-counts outlet_profile hits with DuckDB SQL over hits.parquet', async () => {
    const pq = join(tmp, 'seeds-pq');
    const profile = parse(readFileSync(join(pq, 'outlet_profile.csv'), 'utf8'), { columns: true, cast: (v, c) => (c.column === 'hits' ? Number(v) : v) }) as OutletProfileRow[];
    expect(await verifyProfileCounts(join(pq, 'hits.parquet'), profile, lexicon)).toEqual([]);
    const counts = await countHitsParquet(join(pq, 'hits.parquet'), lexicon);
    expect(counts.reduce((a, r) => a + r.hits, 0)).toBe(profile.reduce((a, r) => a + r.hits, 0));
    // A wrong count is reported.
    const wrong = profile.map((r, i) => (i === 0 ? { ...r, hits: r.hits + 1 } : r));
    expect(await verifyProfileCounts(join(pq, 'hits.parquet'), wrong, lexicon)).toHaveLength(1);
  });
});

describe('verifyNamingCounts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-pq3-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('agrees with naming.csv of a run and reports a wrong count', async () => {
    const out = join(dir, 'out');
    await analyzeFolder(SEEDS, { out, workers: 1, resamples: 20, format: 'parquet' });
    const naming = parse(readFileSync(join(out, 'naming.csv'), 'utf8'), { columns: true, cast: (v, c) => (c.column === 'count' ? Number(v) : v) }) as NamingRow[];
    expect(naming.reduce((a, r) => a + r.count, 0)).toBeGreaterThan(0);
    expect(await verifyNamingCounts(join(out, 'hits.parquet'), naming)).toEqual([]);
    const i = naming.findIndex((r) => r.count > 0);
    const wrong = naming.map((r, k) => (k === i ? { ...r, count: r.count - 1 } : r));
    expect(await verifyNamingCounts(join(out, 'hits.parquet'), wrong)).toHaveLength(1);
  });
});
