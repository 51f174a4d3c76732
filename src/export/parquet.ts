/**
 * Parquet output of the row tables (articles, comments, hits) through DuckDB. Rows are appended to a
 * file-backed DuckDB database as pages arrive, then sorted into table order and copied to Parquet by
 * DuckDB, which spills to disk: a hit table larger than memory still completes. DuckDB SQL over the
 * Parquet files then re-counts the hits for a check of the in-memory aggregates.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBAppender } from '@duckdb/node-api';
import { join } from 'node:path';
import type { ArticleRow, CommentRow, HitRow, NamingRow, OutletProfileRow } from '../tables/types';
import { ROW_TABLE_TYPES, TABLE_COLUMNS, TABLE_FILES, type ColumnKind } from '../tables/columns';

/** DuckDB column types of the row tables. */
type ColumnType = ColumnKind;

/** Column types of the Parquet row tables (columns in `TABLE_COLUMNS` order): `ROW_TABLE_TYPES`. */
export const PARQUET_TYPES = ROW_TABLE_TYPES;

/** Sort keys of each row table (as `TableBuilder.finish`), then arrival order. */
const ORDER: Record<RowTable, string[]> = {
  articles: ['id'],
  comments: ['articleId', 'comment'],
  hits: ['id', 'line', 'col', 'marker'],
};

/**
 * Compares two values of a sort column as DuckDB's `ASC NULLS LAST` orders them: null last,
 * numbers by value, strings by code unit — which is DuckDB's UTF-8 byte order unless a string has a
 * code unit from U+D800 up. Null when the order is not known here (such strings, NaN, other types).
 */
function compareSortValues(a: unknown, b: unknown): number | null {
  if (a === b) return 0;
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : Number.isNaN(a) || Number.isNaN(b) ? null : 0;
  if (typeof a === 'string' && typeof b === 'string') {
    if (/[\ud800-\uffff]/.test(a) || /[\ud800-\uffff]/.test(b)) return null;
    return a < b ? -1 : 1;
  }
  return null;
}

/** The row tables written as Parquet. */
export type RowTable = 'articles' | 'comments' | 'hits';
const ROW_TABLES: readonly RowTable[] = ['articles', 'comments', 'hits'];

/** Quotes an SQL identifier. */
function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Quotes an SQL string literal (for file paths). */
function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

function appendValue(a: DuckDBAppender, type: ColumnType, v: unknown): void {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) { a.appendNull(); return; }
  switch (type) {
    case 'VARCHAR': a.appendVarchar(String(v)); break;
    case 'INTEGER': a.appendInteger(v as number); break;
    case 'DOUBLE': a.appendDouble(v as number); break;
    case 'BOOLEAN': a.appendBoolean(Boolean(v)); break;
  }
}

/** Options of `ParquetRowWriter.open`. */
export interface ParquetWriterOptions {
  /** DuckDB memory limit; beyond it DuckDB spills to a temp folder beside the database. Default '128MB' (at 256 MB the 400 MB benchmark corpus peaked at 1.18 GB of RSS, at 128 MB 760 MB). */
  memoryLimit?: string;
  /** DuckDB threads. Default 1 (the page workers have the cores). */
  threads?: number;
  /**
   * Rows appended to a table between flushes of its appender. Default 20,000. Why: an appender
   * buffers rows in memory that DuckDB's memory limit does not bound (up to ~200,000 per table
   * before it flushes by itself); flushing every 20,000 rows lowered the peak RSS of the 400 MB
   * benchmark corpus from ~730 to ~590 MB and of the 1.6 GB one from ~960–1,015 to ~730 MB, though
   * DuckDB is slower for it (208 s instead of 155 s at 1.6 GB).
   */
  flushRows?: number;
}

/**
 * Streams row-table rows into DuckDB and writes them as sorted Parquet files.
 * @example
 * const w = await ParquetRowWriter.open('/tmp/rows.duckdb');
 * w.add({articles: [row], comments: [], hits: []});
 * await w.finish('outputs'); // ['…/articles.parquet', '…/comments.parquet', '…/hits.parquet']
 */
export class ParquetRowWriter {
  private seq = 0;
  private readonly counts: Record<RowTable, number> = { articles: 0, comments: 0, hits: 0 };
  /** Rows appended to each table since its appender was last flushed. */
  private readonly unflushed: Record<RowTable, number> = { articles: 0, comments: 0, hits: 0 };
  /** Whether each table's rows have arrived in its documented order so far (then `finish` need not sort). */
  private readonly inOrder: Record<RowTable, boolean> = { articles: true, comments: true, hits: true };
  /** The last row appended to each table. */
  private readonly last: Record<RowTable, Record<string, unknown> | null> = { articles: null, comments: null, hits: null };

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    private readonly appenders: Record<RowTable, DuckDBAppender>,
    private readonly flushRows: number,
  ) {}

  /** Opens a DuckDB database file (created) with one table per row table. */
  static async open(dbPath: string, options: ParquetWriterOptions = {}): Promise<ParquetRowWriter> {
    const flushRows = options.flushRows ?? 20000;
    if (!(Number.isInteger(flushRows) && flushRows > 0)) throw new RangeError(`ParquetRowWriter: flushRows must be a positive integer, got ${flushRows}`);
    const instance = await DuckDBInstance.create(dbPath, {
      memory_limit: options.memoryLimit ?? '128MB',
      threads: String(options.threads ?? 1),
      temp_directory: `${dbPath}.tmp`,
      preserve_insertion_order: 'false',
    });
    const conn = await instance.connect();
    const appenders = {} as Record<RowTable, DuckDBAppender>;
    for (const t of ROW_TABLES) {
      const cols = (TABLE_COLUMNS[t] as string[]).map((c) => `${ident(c)} ${(PARQUET_TYPES[t] as Record<string, ColumnType>)[c]}`);
      await conn.run(`CREATE TABLE ${ident(t)} (${cols.join(', ')}, "_seq" BIGINT)`);
      appenders[t] = await conn.createAppender(t);
    }
    return new ParquetRowWriter(instance, conn, appenders, flushRows);
  }

  /** Rows appended so far, per table. */
  get rowCounts(): Readonly<Record<RowTable, number>> {
    return this.counts;
  }

  /** Appends one page's rows (any page order). */
  add(rows: { articles: ArticleRow[]; comments: CommentRow[]; hits: HitRow[] }): void {
    const seq = this.seq++;
    for (const t of ROW_TABLES) {
      const a = this.appenders[t];
      const types = PARQUET_TYPES[t] as Record<string, ColumnType>;
      const cols = TABLE_COLUMNS[t] as string[];
      const order = ORDER[t];
      for (const row of rows[t] as unknown as Record<string, unknown>[]) {
        const prev = this.last[t];
        if (this.inOrder[t] && prev !== null) {
          for (const c of order) {
            const d = compareSortValues(prev[c], row[c]);
            if (d === 0) continue;
            if (d === null || d > 0) this.inOrder[t] = false;
            break;
          }
        }
        this.last[t] = row;
        for (const c of cols) appendValue(a, types[c], row[c]);
        a.appendBigInt(BigInt(seq));
        a.endRow();
        this.counts[t]++;
      }
      this.unflushed[t] += (rows[t] as unknown[]).length;
      if (this.unflushed[t] >= this.flushRows) { a.flushSync(); this.unflushed[t] = 0; }
    }
  }

  /**
   * Whether each table's rows were appended in its documented order (`finish` then writes them
   * without sorting).
   */
  get appendedInOrder(): Readonly<Record<RowTable, boolean>> {
    return this.inOrder;
  }

  /**
   * Writes `<dir>/<table>.parquet` with each table in its documented order and closes the database.
   * A table whose rows arrived in that order (the usual case: pages in corpus order, ids named after
   * the files) is copied in insertion order, without a sort; the others are sorted by DuckDB. Why:
   * sorting 58 M hit rows (a 6.4 GB corpus) within the 128 MB memory limit failed with DuckDB's
   * «could not allocate block», and a scan needs almost no memory.
   */
  async finish(dir: string): Promise<string[]> {
    const files: string[] = [];
    try {
      for (const t of ROW_TABLES) this.appenders[t].closeSync();
      for (const t of ROW_TABLES) {
        const dest = join(dir, `${TABLE_FILES[t]}.parquet`);
        const cols = (TABLE_COLUMNS[t] as string[]).map(ident).join(', ');
        // Rows in order: a scan that keeps insertion order (one thread). Otherwise: sorted.
        const sorted = this.inOrder[t] ? '' : ` ORDER BY ${[...ORDER[t].map((c) => `${ident(c)} ASC NULLS LAST`), '"_seq"'].join(', ')}`;
        await this.conn.run(`SET preserve_insertion_order = ${this.inOrder[t]}`);
        await this.conn.run(`COPY (SELECT ${cols} FROM ${ident(t)}${sorted}) TO ${literal(dest)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 16384)`);
        files.push(dest);
      }
    } finally {
      this.conn.closeSync();
      this.instance.closeSync();
    }
    return files;
  }
}

/**
 * Reads a Parquet file back as row objects (numbers, strings, booleans, nulls), in file order.
 * For tests and notebooks; large files should be queried with SQL instead.
 * @example (await readParquetRows('outputs/articles.parquet'))[0].id // '000_be8fd5d588858933'
 */
export async function readParquetRows(path: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const reader = await conn.runAndReadAll(`SELECT * FROM read_parquet(${literal(path)})`);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** One outlet × segment × category count of hits that count toward rates. */
export interface HitCountRow {
  outlet: string;
  segment: string;
  category: string;
  hits: number;
}

/**
 * Counts hits per outlet × segment × category with DuckDB SQL over a hits Parquet file (or glob of
 * shard files), excluding negated stance hits as `countsTowardRates` does; unknown outlets are
 * `(unknown)`. Works on hit tables larger than memory.
 * @example (await countHitsParquet('outputs/hits.parquet'))[0] // {outlet: 'al_bawsala', segment: 'reporting', category: 'naming_gov_regime', hits: 3}
 */
export async function countHitsParquet(pathOrGlob: string): Promise<HitCountRow[]> {
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: '256MB', threads: '1' });
  const conn = await instance.connect();
  try {
    const reader = await conn.runAndReadAll(`
      SELECT coalesce(outlet, '(unknown)') AS outlet, segment, category, count(*)::INTEGER AS hits
      FROM read_parquet(${literal(pathOrGlob)})
      WHERE NOT (negated AND category IN ('stance_support', 'stance_oppose'))
      GROUP BY ALL ORDER BY outlet, segment, category`);
    return reader.getRowObjectsJS() as unknown as HitCountRow[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/**
 * Checks the `hits` column of outlet_profile against DuckDB's count over hits.parquet; returns the
 * mismatches (empty when they agree).
 * @example await verifyProfileCounts('outputs/hits.parquet', tables.outletProfile) // []
 */
export async function verifyProfileCounts(hitsParquet: string, profile: readonly OutletProfileRow[]): Promise<string[]> {
  const sql = new Map((await countHitsParquet(hitsParquet)).map((r) => [`${r.outlet}|${r.segment}|${r.category}`, r.hits]));
  const problems: string[] = [];
  for (const p of profile) {
    const key = `${p.outlet}|${p.segment}|${p.category}`;
    const n = sql.get(key) ?? 0;
    if (n !== p.hits) problems.push(`${key}: outlet_profile ${p.hits}, hits.parquet ${n}`);
  }
  return problems;
}

/**
 * Checks the `count` column of naming.csv against DuckDB's count of hits per segment × outlet ×
 * variant over hits.parquet (every hit of a naming category counts, negated or not); returns the
 * mismatches (empty when they agree).
 * @example await verifyNamingCounts('outputs/hits.parquet', tables.naming) // []
 */
export async function verifyNamingCounts(hitsParquet: string, naming: readonly NamingRow[]): Promise<string[]> {
  const variants = [...new Set(naming.map((r) => r.variant))];
  if (variants.length === 0) return [];
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: '256MB', threads: '1' });
  const conn = await instance.connect();
  let rows: { segment: string; outlet: string; category: string; n: number }[];
  try {
    const reader = await conn.runAndReadAll(`
      SELECT segment, coalesce(outlet, '(unknown)') AS outlet, category, count(*)::INTEGER AS n
      FROM read_parquet(${literal(hitsParquet)})
      WHERE category IN (${variants.map(literal).join(', ')})
      GROUP BY ALL`);
    rows = reader.getRowObjectsJS() as unknown as typeof rows;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  const sql = new Map(rows.map((r) => [`${r.segment}|${r.outlet}|${r.category}`, r.n]));
  const problems: string[] = [];
  for (const r of naming) {
    const key = `${r.segment}|${r.outlet}|${r.variant}`;
    const n = sql.get(key) ?? 0;
    if (n !== r.count) problems.push(`${r.dimension} ${key}: naming ${r.count}, hits.parquet ${n}`);
  }
  return problems;
}
