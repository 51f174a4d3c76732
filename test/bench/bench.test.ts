import { describe, expect, it, vi } from 'vitest';
import { formatBenchTable, resultLine, type StageMeasure } from '../../src/bench/runBench';
import { run as runBenchCommand } from '../../src/cli/bench';

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
  it('rejects a bad option value', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await runBenchCommand(['--size-mb', 'lots'])).toBe(2);
      expect(err).toHaveBeenCalledWith(expect.stringMatching(/^khitab bench: --size-mb takes a number ≥ 0\.01, not 'lots'/));
    } finally {
      err.mockRestore();
    }
  });
});
