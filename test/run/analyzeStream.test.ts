import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFolder } from '../../src/run/analyzeStream';
import { generateBenchCorpus } from '../../src/bench/generateCorpus';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { analyzeCorpus } from '../../src/run/analyzeCorpus';
import { writeTables } from '../../src/export/writeTables';
import { readOutputs } from './readOutputs';
import { startPagePool } from '../../src/run/runPages';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { campsOfOutlets } from '../../src/corpus/outlets';
import { corpusMetadata, streamCorpus } from '../../src/corpus/streamCorpus';

const SEEDS = resolve(__dirname, '../../data/corpus');
const DATE = '2024-01-01T00:00:00.000Z';
const TABLES = ['articles', 'comments', 'hits', 'outlet_profile', 'naming', 'naming_tests', 'keyness', 'hashtags', 'rejects', 'voices'];

describe('analyzeFolder', () => {
  let tmp: string;
  let gen: ReturnType<typeof generateBenchCorpus>;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'khitab-par-'));
    // ~300 pages of 5–20 KB (plus comments): a few hundred pages as the brief asks.
    gen = generateBenchCorpus(join(tmp, 'gen'), 3.5, { seed: 11, corpus: 'seeds' });
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes every table with a sidecar and leaves no temporary folder', async () => {
    const steps: string[] = [];
    const s = await analyzeFolder(SEEDS, { out: join(tmp, 'seeds-files'), workers: 1, resamples: 50, date: DATE, onStep: (m) => steps.push(m) });
    expect(steps).toEqual(['bootstrap intervals (50 resamples per outlet × segment)', 'writing articles, comments and hits', 'writing the aggregate tables and sidecars']);
    expect(s.pages).toBe(5);
    expect(s.rejects).toBe(0);
    expect(readdirSync(join(tmp, 'seeds-files')).sort()).toEqual([...TABLES.flatMap((t) => [`${t}.csv`, `${t}.meta.json`]), 'schema.json'].sort());
    const meta = JSON.parse(readFileSync(join(tmp, 'seeds-files/hits.meta.json'), 'utf8')) as { rowCount: number; inputs: unknown[]; date: string };
    expect(meta.rowCount).toBe(s.hits);
    expect(meta.inputs).toHaveLength(5);
    expect(meta.date).toBe(DATE);
  });

  it('gives byte-identical tables with 2 workers and in one thread (seeds)', async () => {
    await analyzeFolder(SEEDS, { out: join(tmp, 's1'), workers: 1, resamples: 50, date: DATE });
    await analyzeFolder(SEEDS, { out: join(tmp, 's2'), workers: 2, resamples: 50, date: DATE, batchPages: 2 });
    expect(readOutputs(join(tmp, 's2'), true)).toEqual(readOutputs(join(tmp, 's1'), true));
  });

  it('writes the same CSV bytes as the in-memory analyzeCorpus + writeTables (seeds)', async () => {
    await analyzeFolder(SEEDS, { out: join(tmp, 'stream'), workers: 2, resamples: 50 });
    const result = await analyzeCorpus(await loadCorpus(SEEDS), { resamples: 50, keepArticles: false });
    await writeTables(result, join(tmp, 'memory'));
    expect(readOutputs(join(tmp, 'stream'))).toEqual(readOutputs(join(tmp, 'memory')));
  });

  it('leaves a listing page out of the aggregate tables but keeps its rows, and says so in the summary and sidecars', async () => {
    const dir = join(tmp, 'with-listing');
    mkdirSync(dir);
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, f));
    copyFileSync(resolve(__dirname, '../fixtures/page-kinds/listing-orient.txt'), join(dir, 'zz-listing.txt'));
    const s = await analyzeFolder(dir, { out: join(tmp, 'wl'), workers: 2, resamples: 50, date: DATE });
    await analyzeFolder(SEEDS, { out: join(tmp, 'wl-seeds'), workers: 2, resamples: 50, date: DATE });
    expect(s.pageKinds).toEqual({ article: 5, listing: 1, no_article: 0 });
    for (const t of ['outlet_profile', 'naming', 'naming_tests', 'keyness', 'hashtags']) {
      expect(readFileSync(join(tmp, 'wl', `${t}.csv`), 'utf8'), t).toBe(readFileSync(join(tmp, 'wl-seeds', `${t}.csv`), 'utf8'));
      expect(JSON.parse(readFileSync(join(tmp, 'wl', `${t}.meta.json`), 'utf8')).pageKinds, t).toEqual(s.pageKinds);
    }
    const articles = readFileSync(join(tmp, 'wl', 'articles.csv'), 'utf8').split('\n');
    const listing = articles.find((l) => l.includes('zz-listing.txt'))!;
    expect(listing).toContain(',listing,3 teaser headlines and no run of body paragraphs,');
    const id = listing.split(',')[0];
    expect(readFileSync(join(tmp, 'wl', 'hits.csv'), 'utf8').split('\n').filter((l) => l.startsWith(`${id},`)).length).toBeGreaterThan(0);
    // Parquet: the check of hits.parquet against the aggregates counts article pages only, as they do.
    const pq = await analyzeFolder(dir, { out: join(tmp, 'wl-pq'), workers: 2, resamples: 50, date: DATE, format: 'parquet' });
    expect(pq.pageKinds).toEqual(s.pageKinds);
    expect(readFileSync(join(tmp, 'wl-pq', 'outlet_profile.csv'), 'utf8')).toBe(readFileSync(join(tmp, 'wl-seeds', 'outlet_profile.csv'), 'utf8'));
  });

  it('rejects duplicate files read on the workers as the in-memory path does, keeping the first in path order', async () => {
    const dir = join(tmp, 'dups');
    mkdirSync(join(dir, 'b'), { recursive: true });
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, f));
    copyFileSync(join(SEEDS, '002_dffa4802db24a670.txt'), join(dir, 'b', 'copy-of-002.txt'));
    copyFileSync(join(SEEDS, '000_be8fd5d588858933.txt'), join(dir, 'a-copy-of-000.txt')); // after 000_… in path order
    writeFileSync(join(dir, 'empty.txt'), '');
    const s = await analyzeFolder(dir, { out: join(tmp, 'dups-2'), workers: 2, resamples: 50, batchPages: 1, meta: false });
    expect([s.rejects, s.rejectReasons]).toEqual([3, { duplicate: 2, empty: 1 }]);
    expect(s.aggregates).not.toHaveProperty('rejects'); // a row table: on disk only
    await analyzeFolder(dir, { out: join(tmp, 'dups-1'), workers: 1, resamples: 50, meta: false });
    const result = await analyzeCorpus(await loadCorpus(dir, { meta: false }), { resamples: 50, keepArticles: false });
    await writeTables(result, join(tmp, 'dups-memory'));
    const two = readOutputs(join(tmp, 'dups-2'));
    expect(two).toEqual(readOutputs(join(tmp, 'dups-memory')));
    expect(readOutputs(join(tmp, 'dups-1'))).toEqual(two);
    expect(two['rejects.csv']).toMatch(/a-copy-of-000\.txt,duplicate,.*as 000_be8fd5d588858933\.txt, which is kept/);
    expect(two['rejects.csv']).toMatch(/b\/copy-of-002\.txt,duplicate,.*as 002_dffa4802db24a670\.txt, which is kept/);
    expect(two['rejects.csv']).toMatch(/empty\.txt,empty,/);
    expect(two['articles.csv'].trim().split('\n')).toHaveLength(6);
  });

  it('gives the same tables when one pool of workers serves two runs in turn', async () => {
    const lexicon = loadLexicon();
    const pool = startPagePool(2, lexicon, { camps: campsOfOutlets(), metadata: corpusMetadata(SEEDS) });
    try {
      await analyzeFolder(SEEDS, { out: join(tmp, 'pool-1'), pool, lexicon, resamples: 50, date: DATE });
      await analyzeFolder(SEEDS, { out: join(tmp, 'pool-2'), pool, lexicon, resamples: 50, date: DATE, batchPages: 1 });
    } finally {
      await pool.close();
    }
    await analyzeFolder(SEEDS, { out: join(tmp, 'pool-fresh'), workers: 2, lexicon, resamples: 50, date: DATE });
    const fresh = readOutputs(join(tmp, 'pool-fresh'));
    expect(fresh['keyness.csv'].split('\n').length).toBeGreaterThan(10);
    expect(readOutputs(join(tmp, 'pool-1'))).toEqual(fresh);
    expect(readOutputs(join(tmp, 'pool-2'))).toEqual(fresh);
  });

  it('writes Excel CSVs (with a byte-order mark) like writeTables', async () => {
    await analyzeFolder(SEEDS, { out: join(tmp, 'excel-stream'), workers: 2, resamples: 50, excel: true });
    const result = await analyzeCorpus(await loadCorpus(SEEDS), { resamples: 50, keepArticles: false });
    await writeTables(result, join(tmp, 'excel-memory'), { excel: true });
    const streamed = readOutputs(join(tmp, 'excel-stream'));
    expect(Object.values(streamed).every((t) => t.startsWith('\uFEFF'))).toBe(true);
    expect(streamed).toEqual(readOutputs(join(tmp, 'excel-memory')));
  });

  it('stops when its signal is aborted: rejects, removes its temporary folder and leaves out as it was (1 and 2 workers)', async () => {
    const out = join(tmp, 'stopped');
    await analyzeFolder(SEEDS, { out, workers: 1, resamples: 10, date: DATE });
    const before = readOutputs(out, true);
    for (const workers of [1, 2]) {
      const controller = new AbortController();
      let batches = 0;
      const run = analyzeFolder(gen.textDir, {
        out, workers, resamples: 10, batchPages: 8, signal: controller.signal,
        onProgress: () => { if (++batches === 2) controller.abort(); },
      });
      await expect(run).rejects.toMatchObject({ name: 'AbortError' });
      expect(batches, `${workers} workers`).toBe(2); // no batch after the abort
      expect(readOutputs(out, true)).toEqual(before);
      expect(readdirSync(out).filter((f) => f.startsWith('.khitab-tmp-'))).toEqual([]);
    }
    // Aborted before it starts: nothing is created.
    await expect(analyzeFolder(SEEDS, { out: join(tmp, 'never'), signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });

  it('removes the temporary folder a killed run left in out, and reports it', async () => {
    const out = join(tmp, 'after-kill');
    // Linux process ids stop at 2^22 (pid_max's ceiling), so no process has this one.
    const left = join(out, `.khitab-tmp-${2 ** 22 + 1}`);
    mkdirSync(left, { recursive: true });
    writeFileSync(join(left, 'hits.spill'), 'rows of a run that was killed\n');
    const s = await analyzeFolder(SEEDS, { out, workers: 1, resamples: 10 });
    expect(s.removedTempFolders).toEqual([left]);
    expect(existsSync(left)).toBe(false);
    expect((await analyzeFolder(SEEDS, { out, workers: 1, resamples: 10 })).removedTempFolders).toEqual([]);
  });

  it('leaves an output folder inside the corpus out of it, so a second run does not read the first run\'s tables', async () => {
    const corpus = join(tmp, 'nested-corpus');
    mkdirSync(corpus);
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(corpus, f));
    const outside = await analyzeFolder(corpus, { out: join(tmp, 'nested-outside'), workers: 1, resamples: 10 });
    expect(outside.outputInCorpus).toBeNull();
    const results = join(corpus, 'runs', 'results');
    for (let run = 0; run < 2; run++) {
      const s = await analyzeFolder(corpus, { out: results, workers: 1, resamples: 10 });
      expect(s.outputInCorpus).toBe('runs/results');
      expect([s.pages, s.rejects, s.hits]).toEqual([5, 0, outside.hits]);
      expect(readOutputs(results)).toEqual(readOutputs(join(tmp, 'nested-outside')));
    }
    await expect(analyzeFolder(corpus, { out: corpus })).rejects.toThrow(/output folder is the corpus folder/);
  });

  it('rejects files over maxFileBytes as too_large, and analyzes the rest as without them', async () => {
    const sizes = readdirSync(SEEDS).map((f) => ({ f, n: readFileSync(join(SEEDS, f)).length })).sort((a, b) => a.n - b.n);
    const limit = sizes[2].n; // the two largest seeds are over it
    const over = sizes.filter((x) => x.n > limit).map((x) => x.f).sort();
    expect(over.length).toBeGreaterThanOrEqual(1);
    const s = await analyzeFolder(SEEDS, { out: join(tmp, 'max-file'), workers: 2, resamples: 10, maxFileBytes: limit });
    expect([s.pages, s.rejects]).toEqual([5 - over.length, over.length]);
    const rejects = readFileSync(join(tmp, 'max-file', 'rejects.csv'), 'utf8').trim().split('\n').slice(1);
    expect(rejects.map((r) => r.split(',').slice(0, 2).join(','))).toEqual(over.map((f) => `${f},too_large`));
    // The pages kept give the tables of a corpus without the large files.
    const kept = join(tmp, 'max-file-kept');
    mkdirSync(kept);
    for (const { f } of sizes) if (!over.includes(f)) copyFileSync(join(SEEDS, f), join(kept, f));
    await analyzeFolder(kept, { out: join(tmp, 'max-file-ref'), workers: 2, resamples: 10, meta: resolve(SEEDS, '../metadata.csv') });
    const a = readOutputs(join(tmp, 'max-file'));
    const b = readOutputs(join(tmp, 'max-file-ref'));
    for (const t of ['articles.csv', 'comments.csv', 'hits.csv', 'keyness.csv', 'naming.csv']) expect(a[t], t).toBe(b[t]);
  });

  it.runIf(process.platform === 'linux')('rejects a named pipe and a link to /dev/zero unread as unreadable, without waiting (1 and 2 workers, streamCorpus, loadCorpus)', async () => {
    const dir = join(tmp, 'special');
    mkdirSync(dir);
    copyFileSync(join(SEEDS, '000_be8fd5d588858933.txt'), join(dir, 'page.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]); // opening it for reading would wait for a writer
    symlinkSync('/dev/zero', join(dir, 'zero.txt')); // reading it would never end
    const expected = 'file,reason,detail\npipe.txt,unreadable,not a regular file: a named pipe (FIFO)\nzero.txt,unreadable,not a regular file: a character device\n';
    // /dev/zero is outside the corpus folder: followed here to reach the reader's check (refused by default).
    for (const workers of [1, 2]) {
      const s = await analyzeFolder(dir, { out: join(tmp, `special-${workers}`), workers, resamples: 10, meta: false, followOutside: true });
      expect([s.pages, s.rejectReasons]).toEqual([1, { unreadable: 2 }]);
      expect(readFileSync(join(tmp, `special-${workers}`, 'rejects.csv'), 'utf8')).toBe(expected);
    }
    const items = [];
    for await (const item of streamCorpus(dir, { meta: false, followOutside: true })) items.push(item.kind === 'reject' ? `${item.reject.file} ${item.reject.detail}` : item.page.file);
    expect(items).toEqual(['page.txt', 'pipe.txt not a regular file: a named pipe (FIFO)', 'zero.txt not a regular file: a character device']);
    const corpus = await loadCorpus(dir, { meta: false, followOutside: true });
    expect(corpus.rejects.map((r) => `${r.file} ${r.reason}`)).toEqual(['pipe.txt unreadable', 'zero.txt unreadable']);
  });

  it('splits a corpus into disjoint shards whose articles add up to the whole', async () => {
    const ids: string[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const s = await analyzeFolder(gen.textDir, { out: join(tmp, `shard-${shard[0]}`), workers: 1, resamples: 10, shard });
      const rows = readFileSync(join(tmp, `shard-${shard[0]}`, 'articles.csv'), 'utf8').trim().split('\n').slice(1);
      expect(rows).toHaveLength(s.pages);
      ids.push(...rows.map((r) => r.split(',')[0]));
    }
    expect(ids).toHaveLength(gen.pages);
    expect(new Set(ids).size).toBe(gen.pages);
  });
});
