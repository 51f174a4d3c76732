/**
 * The outlet profile's bootstrap on worker threads: every outlet × segment group is split into
 * runs of resamples, one per worker, each drawing from the group's generator jumped ahead to its
 * first resample (`rngMulberry32After`), so the intervals are exactly those of the serial
 * `bootstrapRates` — only the end of the job, which waits for every page, gets shorter.
 */
import type { RateGroup } from '../tables/buildTables';
import { summarizeRateResamples, type RateCI } from '../stats/bootstrapRates';
import type { PagePool } from './runPages';

/**
 * Rates and intervals of every group, by group key, for `TableBuilder.finish`.
 * @example builder.finish(rejects, await ratesOnPool(pool, builder.rateGroups()))
 */
export async function ratesOnPool(pool: PagePool, groups: readonly RateGroup[]): Promise<Map<string, RateCI[]>> {
  const out = new Map<string, RateCI[]>();
  await Promise.all(groups.map(async (g) => {
    const runs = pool.size;
    const requests = [];
    for (let k = 0; k < runs; k++) {
      const from = Math.floor((g.resamples * k) / runs);
      const to = Math.floor((g.resamples * (k + 1)) / runs);
      if (to > from) requests.push(pool.run({ type: 'resample', units: g.units, seed: g.seed, from, count: to - from }));
    }
    const replies = await Promise.all(requests);
    out.set(g.key, summarizeRateResamples(g.units, replies.map((r) => r.run!)));
  }));
  return out;
}
