import { mkdtempSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBenchCorpus, generatePage } from '../../src/bench/generateCorpus';
import { readSeedParts } from '../../src/bench/seedParts';
import { rngMulberry32 } from '../../src/stats/rngMulberry32';
import { tokenize, WORD_KINDS } from '../../src/text/tokenize';
import { normalizeArabic } from '../../src/text/normalizeArabic';

describe('readSeedParts', () => {
  it('cuts the five bundled pages into parts', () => {
    const p = readSeedParts();
    expect(p.titles).toHaveLength(5);
    // Two Orient pages (001, 003) with two comments each, as read in data/corpus.
    expect(p.commentBlocks).toHaveLength(4);
    expect(p.commentBlocks.every((b) => b.includes('·منذ '))).toBe(true);
    expect(p.sourceLines).toEqual(['البوصلة – رصد', 'المصدر: عرب 48']);
    expect(p.paragraphs.length).toBeGreaterThan(30);
  });
});

describe('generatePage', () => {
  it('is deterministic for a seed and sized 5–20 KB before comments', () => {
    const a = Array.from({ length: 50 }, ((rng) => (_: unknown, i: number) => generatePage(rng, i))(rngMulberry32(7)));
    const b = Array.from({ length: 50 }, ((rng) => (_: unknown, i: number) => generatePage(rng, i))(rngMulberry32(7)));
    expect(a).toEqual(b);
    expect(a[0].id).toBe('p0000000');
    for (const p of a) {
      const body = p.text.split('\nالتعليقات (')[0];
      expect(Buffer.byteLength(body)).toBeGreaterThanOrEqual(5000);
      expect(Buffer.byteLength(body)).toBeLessThan(20000 + 2000); // the last paragraph may overshoot
    }
    expect(a.some((p) => p.text.includes('\nالتعليقات ('))).toBe(true);
    expect(a.some((p) => !p.text.includes('\nالتعليقات ('))).toBe(true);
  });
});

describe('generateBenchCorpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-gen-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const hashTree = (root: string): string => {
    const h = createHash('sha256');
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
        if (e.name === 'corpus.json') continue;
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else h.update(e.name).update(readFileSync(p));
      }
    };
    walk(root);
    return h.digest('hex');
  };

  it('writes the same bytes for the same seed, different bytes for another seed', () => {
    const a = generateBenchCorpus(join(dir, 'a'), 0.3, { seed: 5 });
    const b = generateBenchCorpus(join(dir, 'b'), 0.3, { seed: 5 });
    const c = generateBenchCorpus(join(dir, 'c'), 0.3, { seed: 6 });
    expect(a.sha256).toBe(b.sha256);
    expect(hashTree(join(dir, 'a'))).toBe(hashTree(join(dir, 'b')));
    expect(c.sha256).not.toBe(a.sha256);
    expect(a.bytes).toBeGreaterThanOrEqual(0.3e6);
  });

  it('writes one text file and one JSON-lines record per page, with outlet, date and URL', () => {
    const g = generateBenchCorpus(join(dir, 'a'), 0.3, { seed: 5 });
    expect(g.corpus).toBe('realistic');
    const texts = (readdirSync(g.textDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt'));
    const lines = readdirSync(g.jsonlDir).flatMap((f) => readFileSync(join(g.jsonlDir, f), 'utf8').split('\n').filter(Boolean));
    expect(texts).toHaveLength(g.pages);
    expect(lines).toHaveLength(g.pages);
    const recs = lines.map((l) => JSON.parse(l) as { id: string; text: string; outlet?: string; published: string; url?: string });
    expect(readFileSync(join(g.textDir, '0000', `${recs[0].id}.txt`), 'utf8')).toBe(recs[0].text);
    expect(recs.every((r) => /^20(1[6-9]|2[0-4])-\d\d-\d\dT/.test(r.published))).toBe(true);
    expect(recs.filter((r) => r.outlet).length / recs.length).toBeGreaterThan(0.7);
    expect(recs.some((r) => r.url?.startsWith('https://'))).toBe(true);
  });

  it('counts the words and distinct normalized words of what it wrote', () => {
    const g = generateBenchCorpus(join(dir, 'a'), 0.3, { seed: 5 });
    const words = (readdirSync(g.textDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort()
      .flatMap((f) => tokenize(readFileSync(join(g.textDir, f), 'utf8')).filter((t) => WORD_KINDS.has(t.kind)));
    expect(g.tokens).toBe(words.length);
    expect(g.distinctTokens).toBe(new Set(words.map((t) => normalizeArabic(t.text).text)).size);
    // The open vocabulary: far more distinct words than the seeds corpus of the same size.
    const s = generateBenchCorpus(join(dir, 's'), 0.3, { seed: 5, corpus: 'seeds' });
    expect(s.corpus).toBe('seeds');
    expect(g.distinctTokens).toBeGreaterThan(3 * s.distinctTokens);
  });

  it('reuses a corpus only when every parameter matches', () => {
    const a = generateBenchCorpus(join(dir, 'r'), 0.1, { seed: 5, corpus: 'seeds' });
    expect(generateBenchCorpus(join(dir, 'r'), 0.1, { seed: 5, corpus: 'seeds' }).seconds).toBe(a.seconds);
    const b = generateBenchCorpus(join(dir, 'r'), 0.1, { seed: 5 });
    expect(b.corpus).toBe('realistic');
    expect(b.sha256).not.toBe(a.sha256);
  });
});
