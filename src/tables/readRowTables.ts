/**
 * Reading the row tables (articles, comments, hits) of an earlier run back from its CSV files, typed,
 * e.g. to chart a corpus that was analyzed by the streaming path, or to reopen a run in a notebook.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import type { ArticleRow, CommentRow, HitRow } from './types';
import { NULLABLE_COLUMNS, ROW_TABLE_TYPES, TABLE_FILES, type ColumnKind } from './columns';
import { csvCellValue } from './csvCellValue';

/** The three row tables. */
export interface RowTables {
  articles: ArticleRow[];
  comments: CommentRow[];
  hits: HitRow[];
}

/** Options of `readRowTables`. */
export interface ReadRowTablesOptions {
  /** Read at most this many rows per table; more throws (so a huge run is not loaded by accident). Default 2,000,000. */
  maxRows?: number;
}

async function readTable<T>(table: string, file: string, kinds: Record<string, ColumnKind>, maxRows: number): Promise<T[]> {
  const rows: T[] = [];
  const parser = createReadStream(file).pipe(parse({ columns: true, bom: true }));
  for await (const rec of parser as AsyncIterable<Record<string, string>>) {
    if (rows.length >= maxRows) {
      parser.destroy();
      throw new RangeError(`readRowTables: ${file} has more than ${maxRows} rows (raise maxRows, or query the table with DuckDB)`);
    }
    const row: Record<string, unknown> = {};
    for (const [col, kind] of Object.entries(kinds)) {
      if (!(col in rec)) throw new Error(`readRowTables: ${file} has no column '${col}'`);
      row[col] = csvCellValue(kind, rec[col], NULLABLE_COLUMNS.has(`${table}.${col}`));
    }
    rows.push(row as T);
  }
  return rows;
}

/**
 * Reads `articles.csv`, `comments.csv` and `hits.csv` from a folder written by `khitab analyze` or
 * `writeTables`, with numbers, booleans and nulls restored (numbers carry the CSV's rounding).
 * @example
 * const { articles, hits } = await readRowTables('outputs');
 * articles[0].bodyTokens // 350
 */
export async function readRowTables(dir: string, options: ReadRowTablesOptions = {}): Promise<RowTables> {
  const maxRows = options.maxRows ?? 2_000_000;
  const path = (t: keyof RowTables) => {
    const p = join(dir, `${TABLE_FILES[t]}.csv`);
    if (!existsSync(p)) throw new Error(`readRowTables: no ${TABLE_FILES[t]}.csv in ${dir}`);
    return p;
  };
  return {
    articles: await readTable<ArticleRow>('articles', path('articles'), ROW_TABLE_TYPES.articles, maxRows),
    comments: await readTable<CommentRow>('comments', path('comments'), ROW_TABLE_TYPES.comments, maxRows),
    hits: await readTable<HitRow>('hits', path('hits'), ROW_TABLE_TYPES.hits, maxRows),
  };
}
