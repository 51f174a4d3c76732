// Long check (npm run test:long): the whole `khitab bench` end to end at a tiny size (~10 s idle).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const RESULT = /^RESULT raw_mb_s=(\d+\.\d) split_mb_s=(\d+\.\d) markers_mb_s=(\d+\.\d) analyze_mb_s=(\d+\.\d) ratio=(\d+\.\d+) rss_small_mb=(\d+) rss_large_mb=(\d+)$/;

describe('khitab bench', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs at a tiny size and ends with a RESULT line that parses', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/khitab.cjs'), 'bench', '--size-mb', '2', '--small-mb', '1', '--workers', '2', '--dir', dir], {
      encoding: 'utf8', env: { ...process.env, CI: '1' }, timeout: 240_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const m = RESULT.exec(lines[lines.length - 1]);
    expect(m, lines[lines.length - 1]).not.toBeNull();
    const [raw, , , analyze, ratio, rssSmall, rssLarge] = m!.slice(1).map(Number);
    expect(raw).toBeGreaterThan(0);
    expect(ratio).toBeCloseTo(analyze / raw, 1);
    expect(rssSmall).toBeGreaterThan(0);
    expect(rssLarge).toBeGreaterThan(0);
    // 2 sizes × (4 text stages + 1 JSON-lines analyze) rows under the header.
    const rows = lines.filter((l) => / (text|jsonl) /.test(l));
    expect(rows).toHaveLength(10);
    // Every stage used CPU time (the CPU s column follows the seconds column).
    for (const row of rows) expect(Number(/ (\d+\.\d\d) +(\d+\.\d\d) +\d+\.\d +\d+ +\d+$/.exec(row)?.[2])).toBeGreaterThan(0);
    // Without --keep the generated corpora are removed.
    expect(readdirSync(dir)).toEqual([]);
  });
});
