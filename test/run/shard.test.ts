import { describe, expect, it } from 'vitest';
import { shardOfFile, shardSelector } from '../../src/run/shard';

describe('shardSelector', () => {
  const files = Array.from({ length: 200 }, (_, i) => `dir${i % 7}/page_${i}.txt`);

  it('splits files into disjoint shards that cover the corpus', () => {
    const n = 4;
    const shards = Array.from({ length: n }, (_, i) => files.filter(shardSelector(`${i + 1}/${n}`)));
    expect(shards.reduce((a, s) => a + s.length, 0)).toBe(files.length);
    expect(new Set(shards.flat()).size).toBe(files.length);
    for (const s of shards) expect(s.length).toBeGreaterThan(20); // no empty or degenerate shard
  });

  it('is the shardOfFile of the hash', () => {
    // 'a' hashes to 3826002220, which is 0 mod 4: shard 1.
    expect(shardOfFile('a', 4)).toBe(1);
    expect(shardSelector('1/4')('a')).toBe(true);
    expect(shardSelector('2/4')('a')).toBe(false);
    expect(shardSelector('1/1')('anything')).toBe(true);
  });

  it.each(['0/4', '5/4', '1/0', 'x', '1-2', '/2'])('rejects %j', (spec) => {
    expect(() => shardSelector(spec)).toThrow(/shard must be i\/n/);
  });
});
