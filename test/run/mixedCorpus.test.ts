import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { analyzeCorpus, type AnalysisResult } from '../../src/run/analyzeCorpus';
import { writeTables } from '../../src/export/writeTables';

const ROOT = resolve(__dirname, '../..');
const SOURCES = ['data/corpus', 'test/fixtures/html', 'test/fixtures/encodings', 'test/fixtures/bad'];

/** A messy corpus: the seeds, saved HTML with four comment systems, every encoding, JSON lines, bad files. */
function mixedCorpus(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-mixed-all-'));
  for (const src of SOURCES) {
    for (const f of readdirSync(join(ROOT, src))) {
      if (f.endsWith('.yaml')) continue; // expectations of the fixtures, not pages
      copyFileSync(join(ROOT, src, f), join(dir, f));
    }
  }
  writeFileSync(join(dir, 'long-line.txt'), `عنوان\n\n${'كلمة '.repeat(400_000)}\n`);
  return { dir, files: readdirSync(dir).sort() };
}

describe('analyzeCorpus on a messy corpus', () => {
  let result: AnalysisResult;
  let files: string[];
  let dir: string;
  beforeAll(async () => {
    ({ dir, files } = mixedCorpus());
    result = await analyzeCorpus(await loadCorpus(dir, { meta: false }), { resamples: 20 });
  });

  it('accounts for every input file: each one is analyzed (as pages) or rejected with a reason', () => {
    const seen = new Set([
      ...result.tables.articles.map((a) => a.file.replace(/#\d+$/, '')),
      ...result.tables.rejects.map((r) => r.file.replace(/#\d+$/, '')),
    ]);
    expect([...seen].sort()).toEqual(files);
    for (const r of result.tables.rejects) expect(r.reason, r.file).toMatch(/^[a-z_]+$/);
    expect(result.tables.rejects.find((r) => r.file === 'empty.txt')?.reason).toBe('empty');
    expect(result.tables.rejects.find((r) => r.file === 'image.png.txt')?.reason).toBe('binary');
    expect(result.tables.rejects.filter((r) => r.file.startsWith('records.jsonl#')).length).toBeGreaterThanOrEqual(4);
  });

  it('reads saved HTML pages with their comments, authors and times', () => {
    for (const page of ['wordpress-jannah', 'disqus', 'facebook', 'generic-comments']) {
      const rows = result.tables.comments.filter((c) => c.articleId === page);
      expect(rows.length, page).toBeGreaterThanOrEqual(2);
      for (const c of rows) {
        expect(c.author, `${page} #${c.comment}`).toBeTruthy();
        expect(c.meta, `${page} #${c.comment}`).toBeTruthy();
        expect(c.text.length).toBeGreaterThan(0);
      }
    }
  });

  it('decodes Windows-1256 and UTF-16 pages', () => {
    const enc = new Map(result.corpus.pages.map((p) => [p.file, p.encoding]));
    expect(enc.get('cp1256-crlf.txt')).toBe('windows-1256');
    expect(enc.get('utf16le-bom.txt')).toBe('utf-16le');
    expect(enc.get('utf16be-bom.txt')).toBe('utf-16be');
    const text = result.corpus.pages.find((p) => p.file === 'cp1256-crlf.txt')!.text;
    expect(text).toMatch(/[\u0621-\u064A]{3}/);
  });

  it('keeps hostile comment text inert in the CSV files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'khitab-mixed-out-'));
    await writeTables(result, out);
    const text = readFileSync(join(out, 'comments.csv'), 'utf8');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    for (const r of rows) expect(r.text, r.text).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.some((r) => r.text.includes('<script>') || r.text.includes('onerror'))).toBe(true);
    expect(readdirSync(out).every((f) => !f.includes('/') && !f.startsWith('.tmp'))).toBe(true);
    expect(dir).toBeTruthy();
  });
});

describe('analyzeFolder (streaming, worker threads) on a messy corpus', () => {
  it('accounts for every file and writes the same tables as the in-memory path', async () => {
    const { analyzeFolder } = await import('../../src/run/analyzeStream');
    const { dir, files } = mixedCorpus();
    const streamed = mkdtempSync(join(tmpdir(), 'khitab-mixed-stream-'));
    const inMemory = mkdtempSync(join(tmpdir(), 'khitab-mixed-mem-'));
    const summary = await analyzeFolder(dir, { out: streamed, workers: 2, meta: false, resamples: 20 });
    await writeTables(await analyzeCorpus(await loadCorpus(dir, { meta: false }), { resamples: 20 }), inMemory);
    const rejects = parse(readFileSync(join(streamed, 'rejects.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const articles = parse(readFileSync(join(streamed, 'articles.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(summary.pages).toBe(articles.length);
    const seen = new Set([...articles, ...rejects].map((r) => r.file.replace(/#\d+$/, '')));
    expect([...seen].sort()).toEqual(files);
    for (const name of ['articles', 'comments', 'hits', 'outlet_profile', 'naming', 'keyness', 'hashtags', 'rejects', 'voices']) {
      expect(readFileSync(join(streamed, `${name}.csv`), 'utf8'), name).toBe(readFileSync(join(inMemory, `${name}.csv`), 'utf8'));
    }
  });
});
