import { describe, expect, it } from 'vitest';
import { formatBenchTable, resultLine, vsPython, type StageMeasure } from '../../src/bench/benchTable';

const m = (size: string, stage: StageMeasure['stage'], mb: number, seconds: number, rss: number, form: StageMeasure['form'] = 'text', hits: number | null = null): StageMeasure =>
  ({ size, form, stage, workers: 1, pages: 10, bytes: mb * 1e6, seconds, cpuSeconds: seconds * 1.5, maxRssMb: rss, hits });

const rows = [
  m('1 MB', 'raw', 1, 0.01, 90), m('1 MB', 'analyze', 1, 0.5, 200),
  m('2 MB', 'raw', 2, 0.02, 95), m('2 MB', 'split', 2, 0.1, 100), m('2 MB', 'markers', 2, 0.2, 110, 'text', 14_000),
  m('2 MB', 'analyze', 2, 0.4, 250, 'text', 15_000), m('2 MB', 'analyze', 2, 0.5, 240, 'jsonl', 15_000),
];

describe('resultLine', () => {
  it('formats hand-made measures, vs_python=na without reference rows', () => {
    // raw 2 MB / 0.02 s = 100 MB/s; split 20; markers 10; analyze 5; ratio 5/100.
    expect(resultLine(rows, '2 MB', '1 MB')).toBe('RESULT raw_mb_s=100.0 split_mb_s=20.0 markers_mb_s=10.0 analyze_mb_s=5.0 ratio=0.050 rss_small_mb=200 rss_large_mb=250 vs_python=na vs_python_jsonl=na');
  });

  it('gives the analyze speed as a multiple of the Python reference, per form, and leaves its RSS out', () => {
    const withPython = [...rows, m('2 MB', 'python', 2, 1.2, 900, 'text', 14_500), m('2 MB', 'python', 2, 2.0, 900, 'jsonl', 14_500)];
    // 1.2 s / 0.4 s = 3; 2.0 s / 0.5 s = 4.
    expect(resultLine(withPython, '2 MB', '1 MB')).toMatch(/ rss_large_mb=250 vs_python=3\.00 vs_python_jsonl=4\.00$/);
  });
});

describe('vsPython', () => {
  it('is the reference seconds over the row seconds for the same size and form, null elsewhere', () => {
    const p = m('2 MB', 'python', 2, 1.2, 900);
    const all = [...rows, p];
    expect(vsPython(all, rows[5])).toBeCloseTo(3, 10);
    expect(vsPython(all, p)).toBe(1);
    expect(vsPython(all, rows[6])).toBeNull(); // no JSON-lines reference row
    expect(vsPython(all, rows[2])).toBeNull(); // the raw scan is not compared
  });
});

describe('formatBenchTable', () => {
  it('has a row per measure with CPU s, hits/KB and × python columns', () => {
    const all = [...rows, m('2 MB', 'python', 2, 1.2, 900, 'text', 14_500)];
    const table = formatBenchTable(all).split('\n');
    expect(table).toHaveLength(2 + all.length);
    expect(table[0]).toMatch(/ seconds +CPU s +MB\/s +pages\/s +hits\/KB +peak RSS MB +× python$/);
    // analyze, text: 0.40 s wall, 0.60 CPU s, 5.0 MB/s, 25 pages/s, 15,000 hits / 2,000 KB = 7.50, 250 MB, 1.2 / 0.4 = 3.00.
    expect(table[7]).toMatch(/ 0\.40 +0\.60 +5\.0 +25 +7\.50 +250 +3\.00$/);
    expect(table[table.length - 1]).toMatch(/^2 MB +text +\(p\) Python reference .* 7\.25 +900 +1\.00$/);
    // The raw scan has neither hits nor a comparison: the row ends at its RSS.
    expect(table[4]).toMatch(/ 95$/);
  });
});
