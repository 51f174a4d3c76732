import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ratesOnPool } from '../../src/parallel/ratesOnPool';
import { startPagePool } from '../../src/parallel/runPages';
import { TableBuilder } from '../../src/tables/buildTables';
import { processPage } from '../../src/tables/processPage';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { loadLexicon } from '../../src/lexicon/loadLexicon';

describe('ratesOnPool', () => {
  it('gives exactly the serial bootstrap intervals, with runs split unevenly over 3 workers', async () => {
    const lexicon = loadLexicon();
    const corpus = await loadCorpus(resolve(__dirname, '../../data/corpus'));
    const builder = () => {
      const b = new TableBuilder(lexicon, { resamples: 301, seed: 5 });
      for (let k = 0; k < 4; k++) for (const p of corpus.pages) b.add(processPage({ ...p, id: `${k}-${p.id}` }, lexicon));
      return b;
    };
    const serial = builder().finish([]).outletProfile;
    const b = builder();
    const pool = startPagePool(3, lexicon);
    try {
      const groups = b.rateGroups();
      expect(groups.length).toBeGreaterThanOrEqual(4);
      const rates = await ratesOnPool(pool, groups);
      expect([...rates.keys()].sort()).toEqual(groups.map((g) => g.key).sort());
      // Units in shared memory (as analyzeFolder sends them) give the same intervals.
      const shared = b.rateGroups(true);
      expect(shared[0].units.units.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(await ratesOnPool(pool, shared)).toEqual(rates);
      expect(b.finish([], rates).outletProfile).toEqual(serial);
    } finally {
      await pool.close();
    }
  });
});
