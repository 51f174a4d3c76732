import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatBenchTable, resultLine, type StageMeasure } from '../../src/bench/runBench';

const ROOT = resolve(__dirname, '../..');
const RESULT = /^RESULT raw_mb_s=(\d+\.\d) split_mb_s=(\d+\.\d) markers_mb_s=(\d+\.\d) analyze_mb_s=(\d+\.\d) ratio=(\d+\.\d+) rss_small_mb=(\d+) rss_large_mb=(\d+)$/;

describe('resultLine', () => {
  it('formats hand-made measures', () => {
    const m = (size: string, stage: StageMeasure['stage'], mb: number, seconds: number, rss: number): StageMeasure =>
      ({ size, form: 'text', stage, workers: 1, pages: 10, bytes: mb * 1e6, seconds, cpuSeconds: seconds * 1.5, maxRssMb: rss });
    const rows = [
      m('1 MB', 'raw', 1, 0.01, 90), m('1 MB', 'analyze', 1, 0.5, 200),
      m('2 MB', 'raw', 2, 0.02, 95), m('2 MB', 'split', 2, 0.1, 100), m('2 MB', 'markers', 2, 0.2, 110), m('2 MB', 'analyze', 2, 0.4, 250),
    ];
    // raw 2 MB / 0.02 s = 100 MB/s; split 20; markers 10; analyze 5; ratio 5/100.
    expect(resultLine(rows, '2 MB', '1 MB')).toBe('RESULT raw_mb_s=100.0 split_mb_s=20.0 markers_mb_s=10.0 analyze_mb_s=5.0 ratio=0.050 rss_small_mb=200 rss_large_mb=250');
    const table = formatBenchTable(rows).split('\n');
    expect(table).toHaveLength(2 + rows.length);
    // Columns: … seconds, CPU s, MB/s …; the last row: 0.40 s wall, 0.60 CPU s, 5.0 MB/s.
    expect(table[0]).toMatch(/ seconds +CPU s +MB\/s /);
    expect(table[table.length - 1]).toMatch(/ 0\.40 +0\.60 +5\.0 /);
  });
});

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

  it('rejects a bad option value', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/khitab.cjs'), 'bench', '--size-mb', 'lots'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--size-mb takes a number/);
  });
});
