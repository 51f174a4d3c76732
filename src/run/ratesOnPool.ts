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
 * Rates and intervals of every group, by group key, for `TableBuilder.finish`. Groups are taken
 * from `groups` as earlier ones finish, at most `inFlight` at a time (default 2), so a lazy source
 * (`TableBuilder.takeRateGroups`) never has every group's sparse form in memory at once. When
 * `signal` is aborted, no further group is started and the call rejects with its reason.
 * @example builder.finish(await ratesOnPool(pool, builder.takeRateGroups(true)))
 */
export async function ratesOnPool(pool: PagePool, groups: Iterable<RateGroup>, inFlight = 2, signal?: AbortSignal): Promise<Map<string, RateCI[]>> {
  if (!(Number.isInteger(inFlight) && inFlight >= 1)) throw new RangeError(`ratesOnPool: inFlight must be a whole number ≥ 1, got ${inFlight}`);
  const out = new Map<string, RateCI[]>();
  const source = groups[Symbol.iterator]();
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed) {
      if (signal?.aborted) {
        failed = true;
        signal.throwIfAborted();
      }
      const next = source.next();
      if (next.done) return;
      const g = next.value;
      const runs = pool.size;
      const requests = [];
      for (let k = 0; k < runs; k++) {
        const from = Math.floor((g.resamples * k) / runs);
        const to = Math.floor((g.resamples * (k + 1)) / runs);
        if (to > from) requests.push(pool.run({ type: 'resample', units: g.units, seed: g.seed, from, count: to - from }));
      }
      try {
        const replies = await Promise.all(requests);
        out.set(g.key, summarizeRateResamples(g.units, replies.map((r) => r.run!)));
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return out;
}
