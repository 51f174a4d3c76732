import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { analyzeCorpus, type AnalysisResult } from '../../src/run/analyzeCorpus';
import { writeTables } from '../../src/export/writeTables';
import { TABLE_COLUMNS, TABLE_FILES } from '../../src/tables/columns';
import { pageKindsOfRows } from '../../src/export/writeTables';

const CORPUS = resolve(__dirname, '../../data/corpus');

describe('writeTables', () => {
  let result: AnalysisResult;
  beforeAll(async () => {
    result = await analyzeCorpus(await loadCorpus(CORPUS), { resamples: 50 });
  });

  it('writes every table with its documented header, its rows and a sidecar', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-tables-'));
    await writeTables(result, dir);
    for (const [key, name] of Object.entries(TABLE_FILES) as [keyof typeof TABLE_FILES, string][]) {
      const text = readFileSync(join(dir, `${name}.csv`), 'utf8');
      const rows = parse(text, { columns: true }) as Record<string, string>[];
      const header = parse(text, { to_line: 1 })[0] as string[];
      expect(header).toEqual(TABLE_COLUMNS[key]);
      expect(rows.length, name).toBe(result.tables[key].length);
      const meta = JSON.parse(readFileSync(join(dir, `${name}.meta.json`), 'utf8'));
      expect(meta.rowCount).toBe(rows.length);
      expect(meta.lexicon.length).toBeGreaterThan(0);
      expect(meta.lexicon[0].sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(meta.inputs.length).toBe(5);
      expect(meta.seed).toBe(result.info.seed);
      expect(meta.pageKinds, name).toEqual({ article: 5, listing: 0, no_article: 0 }); // the five seeds are articles
    }
  });

  it('keeps Arabic comment text intact through CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-tables-'));
    await writeTables(result, dir);
    const rows = parse(readFileSync(join(dir, 'comments.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.text)).toEqual(result.tables.comments.map((c) => c.text));
    expect(rows[1].author).toBe('ابو حمد');
  });

  it('writes byte-identical CSVs when run twice', async () => {
    const a = mkdtempSync(join(tmpdir(), 'khitab-a-'));
    const b = mkdtempSync(join(tmpdir(), 'khitab-b-'));
    await writeTables(result, a);
    const again = await analyzeCorpus(await loadCorpus(CORPUS), { resamples: 50 });
    await writeTables(again, b);
    for (const name of Object.values(TABLE_FILES)) {
      expect(readFileSync(join(b, `${name}.csv`)).equals(readFileSync(join(a, `${name}.csv`))), name).toBe(true);
    }
    expect(existsSync(join(a, `.tmp-${process.pid}`))).toBe(false);
  });

  it('writes schema.json, named in every sidecar, and with xlsx: true the workbook last', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-schema-'));
    const files = await writeTables(result, dir, { xlsx: true });
    expect(files.slice(-2).map((f) => f.slice(dir.length + 1))).toEqual(['schema.json', 'tables.xlsx']);
    const schema = JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8'));
    for (const [key, name] of Object.entries(TABLE_FILES) as [keyof typeof TABLE_FILES, string][]) {
      expect(JSON.parse(readFileSync(join(dir, `${name}.meta.json`), 'utf8')).schema, name).toBe('schema.json');
      expect(schema.tables[name].columns.map((c: { name: string }) => c.name), name).toEqual(TABLE_COLUMNS[key]);
    }
  });

  it('adds a byte-order mark with excel: true', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-xl-'));
    await writeTables(result, dir, { excel: true });
    expect([...readFileSync(join(dir, 'articles.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('pageKindsOfRows', () => {
  it('counts articles.csv rows by kind, every kind present', () => {
    expect(pageKindsOfRows([{ pageKind: 'listing' }, { pageKind: 'article' }, { pageKind: 'listing' }])).toEqual({ article: 1, listing: 2, no_article: 0 });
    expect(pageKindsOfRows([])).toEqual({ article: 0, listing: 0, no_article: 0 });
  });
});
