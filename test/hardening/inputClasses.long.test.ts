/**
 * The slow input classes of issue 20: 100,000 nested divs through every reader and the worker
 * pool, and a corpus of 100,000 small files, each with files in = articles + rejects.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFolder } from '../../src/run/analyzeStream';
import { readInput } from '../../src/corpus/readInput';
import { readJsonLinesRecord } from '../../src/corpus/jsonl';

const ROOT = resolve(__dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'khitab-classes-long-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }), 600_000);

describe('deep HTML: 100,000 nested divs', () => {
  const n = 100_000;
  const deep = `<html><body>${'<div>'.repeat(n)}نص${'</div>'.repeat(n)}</body></html>`;

  it('is rejected too_deep by readInput and as a JSON-lines html record, in well under a second', () => {
    writeFileSync(join(tmp, 'deep.html'), deep);
    const t = performance.now();
    expect(readInput(join(tmp, 'deep.html'), 'deep.html').rejects.map((r) => r.reason)).toEqual(['too_deep']);
    const rec = readJsonLinesRecord(JSON.stringify({ id: 'd', html: deep }), 7, 'x.jsonl');
    expect(rec).toMatchObject({ kind: 'reject', reject: { file: 'x.jsonl#7', reason: 'too_deep', detail: expect.stringMatching(/^line 7: HTML nests/) } });
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('does not stop the other pages of analyze, with one worker and with the pool', async () => {
    const corpus = join(tmp, 'deep-corpus');
    mkdirSync(corpus);
    copyFileSync(join(ROOT, 'data/corpus/000_be8fd5d588858933.txt'), join(corpus, 'a.txt'));
    writeFileSync(join(corpus, 'b-deep.html'), deep);
    writeFileSync(join(corpus, 'c.jsonl'), `${JSON.stringify({ id: 'c1', html: deep })}\n${JSON.stringify({ id: 'c2', text: 'نص آخر عن تركيا وسوريا' })}\n`);
    for (const workers of [1, 2]) {
      const out = join(tmp, `deep-out-${workers}`);
      const s = await analyzeFolder(corpus, { out, workers, resamples: 10, meta: false });
      expect([s.pages, s.rejectReasons]).toEqual([2, { too_deep: 2 }]);
      expect(readFileSync(join(out, 'rejects.csv'), 'utf8').split('\n').slice(1, 3).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['b-deep.html,too_deep', 'c.jsonl#1,too_deep']);
    }
  });
});

describe('100,000 small files', () => {
  it('analyzes every one, or rejects it, and files in = articles + rejects (2 workers)', async () => {
    const corpus = join(tmp, 'many');
    const files = 100_000;
    for (let d = 0; d < 100; d++) {
      mkdirSync(join(corpus, `d${d}`), { recursive: true });
      for (let f = 0; f < files / 100; f++) {
        const i = d * 1000 + f;
        // Every 1000th file is empty; the rest are distinct small pages.
        writeFileSync(join(corpus, `d${d}`, `p${f}.txt`), i % 1000 === 999 ? '' : `عنوان ${i}\nقالت الحكومة إن المحادثات مستمرة ${i}.\n`);
      }
    }
    const out = join(tmp, 'many-out');
    const s = await analyzeFolder(corpus, { out, workers: 2, resamples: 10, meta: false });
    expect([s.pages, s.rejectReasons]).toEqual([files - 100, { empty: 100 }]);
    const articles = readFileSync(join(out, 'articles.csv'), 'utf8').trim().split('\n').length - 1;
    const rejects = readFileSync(join(out, 'rejects.csv'), 'utf8').trim().split('\n').length - 1;
    expect(articles + rejects).toBe(files);
  });
});
