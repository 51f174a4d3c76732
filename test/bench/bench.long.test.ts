// Long check (npm run test:long): the whole `khitab bench` end to end at a tiny size (~15 s idle),
// with the Python reference when a python3 that imports pandas is present.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPython } from '../../src/bench/pythonReference';

const ROOT = resolve(__dirname, '../..');
const RESULT = /^RESULT raw_mb_s=(\d+\.\d) split_mb_s=(\d+\.\d) markers_mb_s=(\d+\.\d) analyze_mb_s=(\d+\.\d) ratio=(\d+\.\d+) rss_small_mb=(\d+) rss_large_mb=(\d+) vs_python=(\d+\.\d\d|na) vs_python_jsonl=(\d+\.\d\d|na)$/;

/** The cells of a table row, cut at the spans of the dashes line under the header. */
function cells(dashes: string, row: string): string[] {
  return [...dashes.matchAll(/-+/g)].map((m) => row.slice(m.index ?? 0, (m.index ?? 0) + m[0].length).trim());
}

describe('khitab bench', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const python = findPython();

  it('runs at a tiny size and ends with a RESULT line that parses, with the Python reference beside khitab', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/khitab.cjs'), 'bench', '--size-mb', '2', '--small-mb', '1', '--workers', '2', '--dir', dir], {
      encoding: 'utf8', env: { ...process.env, CI: '1' }, timeout: 280_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const m = RESULT.exec(lines[lines.length - 1]);
    expect(m, lines[lines.length - 1]).not.toBeNull();
    const [raw, , , analyze, ratio, rssSmall, rssLarge] = m!.slice(1, 8).map(Number);
    expect(raw).toBeGreaterThan(0);
    expect(ratio).toBeCloseTo(analyze / raw, 1);
    expect(rssSmall).toBeGreaterThan(0);
    expect(rssLarge).toBeGreaterThan(0);
    // The corpora are described: realistic by default, with their vocabulary.
    expect(lines.filter((l) => /^corpus \d MB: realistic, \d+ pages, .* \d+ distinct normalized$/.test(l))).toHaveLength(2);
    const header = lines.findIndex((l) => l.startsWith('size '));
    const dashes = lines[header + 1];
    const head = cells(dashes, lines[header]);
    const rows = lines.slice(header + 2, -1).map((l) => cells(dashes, l));
    // 2 sizes × (4 text stages + 1 JSON-lines analyze), and 2 × 2 reference rows with Python.
    expect(rows).toHaveLength(10 + (python ? 4 : 0));
    const col = (name: string): number => head.indexOf(name);
    // Every stage used CPU time; stages that match report a hit density.
    for (const row of rows) expect(Number(row[col('CPU s')]), row.join('|')).toBeGreaterThan(0);
    for (const row of rows.filter((x) => /^\((c|d|p)\)/.test(x[col('stage')]))) expect(Number(row[col('hits/KB')])).toBeGreaterThan(1);
    const analyzeRows = rows.filter((x) => x[col('stage')].startsWith('(d)'));
    if (python) {
      expect(r.stdout).toMatch(/^python reference: .*reference\.py, one core/m);
      expect(rows.filter((x) => x[col('stage')].startsWith('(p) Python reference'))).toHaveLength(4);
      for (const row of analyzeRows) expect(Number(row[col('× python')])).toBeGreaterThan(0);
      expect(m![8]).not.toBe('na');
      expect(m![9]).not.toBe('na');
    } else {
      expect(r.stdout).toMatch(/^python reference: not run/m);
      for (const row of analyzeRows) expect(row[col('× python')]).toBe('');
      expect([m![8], m![9]]).toEqual(['na', 'na']);
    }
    // Without --keep the generated corpora are removed.
    expect(readdirSync(dir)).toEqual([]);
  });
});
