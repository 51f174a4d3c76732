import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ratesOnPool } from '../../src/run/ratesOnPool';
import { startPagePool } from '../../src/run/runPages';
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
    const serial = builder().finish().outletProfile;
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
      expect(b.finish(rates).outletProfile).toEqual(serial);
      // Groups taken one at a time (units released as they go), one or three in flight: the same.
      for (const inFlight of [1, 3]) {
        const lazy = builder();
        const taken = await ratesOnPool(pool, lazy.takeRateGroups(true), inFlight);
        expect(taken).toEqual(rates);
        expect(lazy.finish(taken).outletProfile).toEqual(serial);
      }
    } finally {
      await pool.close();
    }
  });

  it('takeRateGroups releases each group\'s units: finish then needs the rates', async () => {
    const lexicon = loadLexicon();
    const corpus = await loadCorpus(resolve(__dirname, '../../data/corpus'));
    const builder = () => {
      const b = new TableBuilder(lexicon, { resamples: 50, seed: 5 });
      for (const p of corpus.pages) b.add(processPage(p, lexicon));
      return b;
    };
    const b = builder();
    const taken = [...b.takeRateGroups(false)];
    // The groups rateGroups gives, in the same order, with the same units and seeds.
    expect(taken).toEqual(builder().rateGroups(false));
    expect(() => b.finish()).toThrow(/units of .+ were released by takeRateGroups; pass the rates/);
  });

  it('starts no group once its signal is aborted', async () => {
    const b = new TableBuilder(loadLexicon(), { resamples: 50, seed: 5 });
    for (const p of (await loadCorpus(resolve(__dirname, '../../data/corpus'))).pages) b.add(processPage(p, loadLexicon()));
    const taken: string[] = [];
    function* groups() {
      for (const g of b.rateGroups(false)) { taken.push(g.key); yield g; }
    }
    // No pool is needed: nothing may be sent to one.
    await expect(ratesOnPool(undefined as never, groups(), 2, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(taken).toEqual([]);
  });

  it('rejects an inFlight that is not a whole number ≥ 1', async () => {
    await expect(ratesOnPool(undefined as never, [], 0)).rejects.toThrow(/inFlight must be a whole number ≥ 1, got 0/);
  });
});
