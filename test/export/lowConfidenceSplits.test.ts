import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { analyzeFolder } from '../../src/run/analyzeStream';
import { openRun } from '../../src/export/readRun';
import { lowConfidenceSplits, uncertainLinesOf } from '../../src/export/lowConfidenceSplits';
import type { LabelledLine } from '../../src/split/types';
import { FORUM_THREAD } from '../split/pageKindFixtures';

const SEEDS = resolve(__dirname, '../../data/corpus');
const tmp = mkdtempSync(join(tmpdir(), 'khitab-low-conf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(async () => {
  await analyzeFolder(SEEDS, { out: join(tmp, 'rules'), workers: 1, resamples: 20 });
});

const line = (n: number, role: LabelledLine['role'], text: string, confidence?: number): LabelledLine =>
  ({ n, role, text, eol: '\n', rule: 'model', comment: null, ...(confidence === undefined ? {} : { confidence }) });

describe('uncertainLinesOf', () => {
  it('lists the non-blank lines below the threshold, least sure first, shortened', () => {
    const lines = [line(1, 'title', 'عاجل', 0.55), line(2, 'blank', '', 0.1), line(3, 'body', 'نص طويل جداً', 0.9), line(4, 'comment_body', 'والله ما حدا بيصدقهم', 0.41)];
    expect(uncertainLinesOf({ lines }, 0.6)).toEqual(['line 4 comment_body 0.41: والله ما حدا بيصدقهم', 'line 1 title 0.55: عاجل']);
    expect(uncertainLinesOf({ lines }, 0.6, 1, 5)).toEqual(['line 4 comment_body 0.41: والله…']);
    expect(uncertainLinesOf({ lines: [line(1, 'body', 'نص')] }, 0.6)).toEqual([]);
  });
});

describe('lowConfidenceSplits', () => {
  it('is empty for a run split by the rule labeller, and says why in words', async () => {
    const run = await openRun(join(tmp, 'rules'));
    try {
      const r = await lowConfidenceSplits(run, SEEDS);
      expect([r.total, r.withConfidence, r.rows]).toEqual([0, 0, []]);
      expect(r.message).toMatch(/^No page has a split confidence: this run's pages were split by the rule labeller, which gives no probabilities/);
    } finally {
      run.close();
    }
  });

  it('flags none of the bundled pages, which the trained labeller splits exactly, and says so', async () => {
    const dir = join(tmp, 'model-seeds');
    await analyzeFolder(SEEDS, { out: dir, workers: 1, resamples: 20, split: { labeller: 'model' } });
    const run = await openRun(dir);
    try {
      const r = await lowConfidenceSplits(run, SEEDS);
      expect([r.total, r.withConfidence, r.rows]).toEqual([0, 5, []]);
      expect(r.message).toBe('None of the 5 pages split by the trained labeller is flagged low_confidence_split (least sure lines averaging below 0.5).');
    } finally {
      run.close();
    }
  });

  it('lists the flagged pages of a trained-labeller run, least sure first, with their uncertain lines', async () => {
    // The bundled pages and a forum thread the model splits badly (test/split/pageKindFixtures.ts).
    const corpus = join(tmp, 'corpus');
    mkdirSync(corpus);
    for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) copyFileSync(join(SEEDS, f), join(corpus, f));
    writeFileSync(join(corpus, 'forum.txt'), FORUM_THREAD.join('\n') + '\n');
    const dir = join(tmp, 'model');
    await analyzeFolder(corpus, { out: dir, workers: 1, resamples: 20, split: { labeller: 'model' } });
    // What the run wrote, read independently: every page has a confidence; the flagged ones warn.
    const rows = parse(readFileSync(join(dir, 'articles.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const flagged = rows.filter((r) => r.warnings.includes('low_confidence_split')).sort((a, b) => Number(a.splitConfidence) - Number(b.splitConfidence) || (a.id < b.id ? -1 : 1));
    expect(rows.every((r) => Number(r.splitConfidence) > 0)).toBe(true);
    expect(flagged.map((r) => r.file)).toEqual(['forum.txt']);
    const run = await openRun(dir);
    try {
      const r = await lowConfidenceSplits(run, corpus);
      expect([r.total, r.withConfidence]).toEqual([1, 6]);
      expect(r.message).toBe('1 of 6 pages split by the trained labeller are flagged low_confidence_split (least sure lines averaging below 0.5).');
      expect(r.rows.map((x) => x.id)).toEqual(flagged.map((x) => x.id));
      for (const row of r.rows) {
        expect(row.note).toBe('same file as analyzed');
        const shown = row.uncertainLines.split(' | ');
        expect(shown.length).toBeGreaterThan(0);
        expect(shown.length).toBeLessThanOrEqual(5);
        const probs = shown.map((x) => Number(/^line \d+ [a-z_]+ (0\.\d\d): \S/.exec(x)![1]));
        expect(probs.every((q) => q < 0.5)).toBe(true);
        expect([...probs].sort()).toEqual(probs);
        // The page's split confidence (the mean of its least sure lines) is below the threshold, and no lower than its least sure line.
        expect(row.splitConfidence!).toBeLessThan(0.5);
        expect(row.splitConfidence! + 0.005).toBeGreaterThanOrEqual(probs[0]);
      }
    } finally {
      run.close();
    }
  });
});
