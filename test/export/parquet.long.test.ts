// Long check (npm run test:long): Parquet output against CSV output on a generated corpus
// (npm test runs the same comparison on the bundled pages).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { generateBenchCorpus } from '../../src/bench/generateCorpus';
import { expectParquetLikeCsv } from './parquetLikeCsv';

describe('analyzeFolder --format parquet', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'khitab-pq-long-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('holds the same rows as the CSV output (generated)', async () => {
    await expectParquetLikeCsv(generateBenchCorpus(join(tmp, 'gen'), 1.5, { seed: 3, corpus: 'seeds' }).textDir, join(tmp, 'generated'));
  });
});
