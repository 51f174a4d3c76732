// Long checks (npm run test:long): the streaming engine against itself (1 and 2 workers) and against
// the in-memory path on a generated corpus of ~300 pages, text and JSON lines. npm test runs the
// same comparisons on the five bundled pages (analyzeStream.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFolder } from '../../src/run/analyzeStream';
import { generateBenchCorpus } from '../../src/bench/generateCorpus';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { analyzeCorpus } from '../../src/run/analyzeCorpus';
import { writeTables } from '../../src/export/writeTables';
import { readOutputs } from './readOutputs';

const DATE = '2024-01-01T00:00:00.000Z';

describe('analyzeFolder', () => {
  let tmp: string;
  let gen: ReturnType<typeof generateBenchCorpus>;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'khitab-par-long-'));
    gen = generateBenchCorpus(join(tmp, 'gen'), 3.5, { seed: 11, corpus: 'seeds' });
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('gives byte-identical tables with 2 workers and in one thread (generated corpus, text and JSON lines)', async () => {
    expect(gen.pages).toBeGreaterThan(200);
    for (const [form, src] of [['text', gen.textDir], ['jsonl', gen.jsonlDir]] as const) {
      const a = await analyzeFolder(src, { out: join(tmp, `${form}-1`), workers: 1, resamples: 20, date: DATE });
      const b = await analyzeFolder(src, { out: join(tmp, `${form}-2`), workers: 2, resamples: 20, date: DATE, batchPages: 7 });
      expect(a.pages).toBe(gen.pages);
      expect(b).toEqual({ ...a, files: a.files.map((f) => f.replace(`${form}-1`, `${form}-2`)) });
      expect(readOutputs(join(tmp, `${form}-2`), true)).toEqual(readOutputs(join(tmp, `${form}-1`), true));
    }
  });

  it('writes the same CSV bytes as the in-memory path on the generated corpus (text and JSON lines)', async () => {
    for (const [form, src] of [['text', gen.textDir], ['jsonl', gen.jsonlDir]] as const) {
      await analyzeFolder(src, { out: join(tmp, `gen-stream-${form}`), workers: 2, resamples: 20 });
      const result = await analyzeCorpus(await loadCorpus(src), { resamples: 20, keepArticles: false });
      await writeTables(result, join(tmp, `gen-memory-${form}`));
      expect(readOutputs(join(tmp, `gen-stream-${form}`))).toEqual(readOutputs(join(tmp, `gen-memory-${form}`)));
    }
  });
});
