import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/run/runAnalysis';
import { memorySink } from '../../src/run/memorySink';
import { analyzeFolder } from '../../src/run/analyzeStream';
import { corpusMetadata, streamCorpusJobs } from '../../src/corpus/streamCorpus';
import { generateBenchCorpus } from '../../src/bench/generateCorpus';
import { TABLE_COLUMNS } from '../../src/tables/columns';

const SEEDS = resolve(__dirname, '../../data/corpus');
const tmp = mkdtempSync(join(tmpdir(), 'khitab-memsink-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Whether a CSV cell read back is the value a row holds, by the documented cell rules: empty for
 * null, true/false, integers as digits, other numbers to 6 significant digits, text with a leading
 * = + - @ tab or CR behind an apostrophe.
 */
function sameCell(cell: string, v: unknown): boolean {
  if (v === null || v === undefined) return cell === '';
  if (typeof v === 'boolean') return cell === (v ? 'TRUE' : 'FALSE');
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return cell === String(v);
    return Math.abs(Number(cell) - v) <= Math.abs(v) * 5e-6;
  }
  return cell === (/^[=+\-@\t\r]/.test(String(v)) ? `'${v}` : String(v));
}

describe('memorySink', () => {
  it.each([['seeds', SEEDS, 2], ['generated', 'gen', 1]] as const)('keeps the rows a disk run writes, in its order (%s)', async (_name, src, workers) => {
    const dir = src === 'gen' ? generateBenchCorpus(join(tmp, 'gen'), 0.6, { seed: 5 }).textDir : src;
    const out = join(tmp, `disk-${_name}`);
    await analyzeFolder(dir, { out, workers, resamples: 10 });
    const { tables, articles } = await runAnalysis(streamCorpusJobs(dir), memorySink({ keepArticle: true }), { workers: 3 - workers, resamples: 10, metadata: corpusMetadata(dir) });
    expect(articles.map((a) => a.id)).toEqual(tables.articles.map((r) => r.id));
    for (const t of ['articles', 'comments', 'hits'] as const) {
      const back = parse(readFileSync(join(out, `${t}.csv`)), { columns: true }) as Record<string, string>[];
      const rows = tables[t] as unknown as Record<string, unknown>[];
      expect(rows.length, t).toBe(back.length);
      expect(rows.length, t).toBeGreaterThan(_name === 'seeds' && t !== 'hits' ? 3 : 10);
      rows.forEach((row, i) => {
        for (const c of TABLE_COLUMNS[t] as string[]) {
          if (!sameCell(back[i][c], row[c])) expect.fail(`${t} row ${i} column ${c}: CSV ${JSON.stringify(back[i][c])}, memory ${JSON.stringify(row[c])}`);
        }
      });
    }
  });
});
