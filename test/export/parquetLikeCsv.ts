/**
 * Test helper: analyzes a corpus folder to CSV and to Parquet and checks that the Parquet row
 * tables hold the CSV's rows and the aggregate tables are the same files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { analyzeFolder } from '../../src/run/analyzeStream';
import { readParquetRows } from '../../src/export/parquet';
import { formatCsvHeader, formatCsvRow } from '../../src/export/csvCells';
import { TABLE_COLUMNS } from '../../src/tables/columns';

/** The Parquet rows rendered as the CSV the streamed writer produces. */
export async function parquetAsCsv(path: string, columns: readonly string[]): Promise<string> {
  const rows = await readParquetRows(path);
  return formatCsvHeader(columns) + rows.map((r) => formatCsvRow(r, columns)).join('');
}

/** Analyzes `src` into `<prefix>-csv` and `<prefix>-pq` and compares the two. */
export async function expectParquetLikeCsv(src: string, prefix: string): Promise<void> {
  const csv = `${prefix}-csv`;
  const pq = `${prefix}-pq`;
  await analyzeFolder(src, { out: csv, workers: 1, resamples: 20 });
  const s = await analyzeFolder(src, { out: pq, workers: 2, resamples: 20, format: 'parquet' });
  for (const [table, file] of [['articles', 'articles'], ['comments', 'comments'], ['hits', 'hits']] as const) {
    expect(existsSync(join(pq, `${file}.csv`))).toBe(false);
    expect(await parquetAsCsv(join(pq, `${file}.parquet`), TABLE_COLUMNS[table])).toBe(readFileSync(join(csv, `${file}.csv`), 'utf8'));
  }
  // Aggregate tables stay CSV and are identical.
  for (const f of ['outlet_profile', 'naming', 'naming_tests', 'keyness', 'hashtags', 'rejects', 'voices']) {
    expect(readFileSync(join(pq, `${f}.csv`), 'utf8')).toBe(readFileSync(join(csv, `${f}.csv`), 'utf8'));
  }
  const meta = JSON.parse(readFileSync(join(pq, 'hits.meta.json'), 'utf8')) as { file: string; rowCount: number };
  expect(meta).toMatchObject({ file: 'hits.parquet', rowCount: s.hits });
}
