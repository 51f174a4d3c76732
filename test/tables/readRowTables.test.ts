import { describe, it, expect } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { analyzeCorpus } from '../../src/run/analyzeCorpus';
import { writeTables } from '../../src/export/writeTables';
import { readRowTables } from '../../src/tables/readRowTables';

const round6 = (x: unknown) => (typeof x === 'number' && !Number.isInteger(x) ? Number(x.toPrecision(6)) : x);

describe('readRowTables', () => {
  it('reads back the rows writeTables wrote, typed (numbers to the CSV rounding)', async () => {
    const result = await analyzeCorpus(await loadCorpus(resolve(__dirname, '../../data/corpus')), { resamples: 10 });
    const dir = mkdtempSync(join(tmpdir(), 'khitab-read-'));
    await writeTables(result, dir);
    const back = await readRowTables(dir);
    for (const t of ['articles', 'comments', 'hits'] as const) {
      const want = result.tables[t].map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round6(v)])));
      expect(back[t], t).toEqual(want);
    }
  });

  it('refuses to load more rows than maxRows', async () => {
    const result = await analyzeCorpus(await loadCorpus(resolve(__dirname, '../../data/corpus')), { resamples: 10 });
    const dir = mkdtempSync(join(tmpdir(), 'khitab-read-'));
    await writeTables(result, dir);
    await expect(readRowTables(dir, { maxRows: 3 })).rejects.toThrow(/more than 3 rows/);
  });
});
