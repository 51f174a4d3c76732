/**
 * Sharding a corpus across machines or runs: a page belongs to shard `i` of `n` by a stable hash of
 * its file path (relative to the corpus root), so every shard is a deterministic, disjoint subset
 * and the shards together cover the corpus. Merge shard outputs with DuckDB (docs/scaling.md).
 */
import { fnv1a32 } from '../corpus/fnv1a';

/**
 * The 1-based shard of `n` a file belongs to.
 * @example shardOfFile('a', 4) // 1  (3826002220 % 4 = 0)
 */
export function shardOfFile(file: string, n: number): number {
  return (fnv1a32(file) % n) + 1;
}

/**
 * Parses `'i/n'` (1 ≤ i ≤ n) into a file filter.
 * @example shardSelector('1/4')('a') // true
 * @example shardSelector('5/4')      // throws: shard must be i/n with 1 ≤ i ≤ n
 */
export function shardSelector(spec: string): (file: string) => boolean {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const i = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || !(n >= 1) || !(i >= 1 && i <= n)) throw new Error(`shard must be i/n with 1 ≤ i ≤ n, got '${spec}'`);
  return (file) => shardOfFile(file, n) === i;
}
