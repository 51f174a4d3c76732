/**
 * `tables.xlsx` of a run folder: every CSV table the run wrote, read back row by row (typed by the
 * column definitions, the formula guard undone) and written as one sheet each through
 * `writeXlsxWorkbook`. Reading the finished CSVs rather than the rows in flight keeps the workbook
 * equal to the CSVs and the analysis engine unchanged, at any corpus size.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { NULLABLE_COLUMNS, TABLE_FILES, TABLE_SCHEMA } from '../tables/columns';
import { csvCellValue } from '../tables/csvCellValue';
import type { AnalysisTables } from '../tables/types';
import { writeXlsxWorkbook, type WriteXlsxOptions, type XlsxColumn, type XlsxReport, type XlsxSheet } from './writeXlsx';

/** File name of the workbook in a run folder. */
export const XLSX_FILE = 'tables.xlsx';

/**
 * The columns of a table as the workbook types them (`TABLE_SCHEMA`).
 * @example xlsxColumnsOf('rejects') // [{name: 'file', type: 'VARCHAR'}, {name: 'reason', type: 'VARCHAR'}, {name: 'detail', type: 'VARCHAR'}]
 */
export function xlsxColumnsOf(table: keyof AnalysisTables): XlsxColumn[] {
  return Object.entries(TABLE_SCHEMA[table]).map(([name, d]) => ({ name, type: d.type }));
}

/** The rows of a khitab CSV, typed (`csvCellValue`), as they are parsed. */
async function* typedCsvRows(file: string, table: keyof AnalysisTables, columns: readonly XlsxColumn[]): AsyncGenerator<Record<string, unknown>> {
  const parser = createReadStream(file).pipe(parse({ columns: true, bom: true }));
  for await (const rec of parser as AsyncIterable<Record<string, string>>) {
    const row: Record<string, unknown> = {};
    for (const c of columns) row[c.name] = csvCellValue(c.type, rec[c.name] ?? '', NULLABLE_COLUMNS.has(`${table}.${c.name}`));
    yield row;
  }
}

/** What `writeRunXlsx` wrote. */
export interface RunXlsxReport extends XlsxReport {
  /** The workbook's path. */
  path: string;
  /** Tables without a CSV in the folder (Parquet row tables), left out of the workbook. */
  missing: string[];
}

/**
 * Writes `<dir>/tables.xlsx` from the run's CSV tables: one right-to-left sheet per table, named
 * as the CSV (`outlet_profile`), typed cells, no formulas. A table without a CSV (a row table written
 * as Parquet) is left out and named in `missing`.
 * @example
 * const r = await writeRunXlsx('outputs');
 * r.sheets.map((s) => s.name) // ['articles', 'comments', 'hits', 'outlet_profile', …, 'rejects']
 */
export async function writeRunXlsx(dir: string, options: WriteXlsxOptions = {}): Promise<RunXlsxReport> {
  const sheets: XlsxSheet[] = [];
  const missing: string[] = [];
  for (const table of Object.keys(TABLE_FILES) as (keyof AnalysisTables)[]) {
    const file = join(dir, `${TABLE_FILES[table]}.csv`);
    if (!existsSync(file)) { missing.push(TABLE_FILES[table]); continue; }
    const columns = xlsxColumnsOf(table);
    sheets.push({ name: TABLE_FILES[table], columns, rows: typedCsvRows(file, table, columns) });
  }
  const path = join(dir, XLSX_FILE);
  const report = await writeXlsxWorkbook(path, sheets, options);
  return { ...report, path, missing };
}
