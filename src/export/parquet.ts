/**
 * Parquet output of the row tables (articles, comments, hits) through DuckDB. Rows are appended to
 * staging files on disk as pages arrive (`ParquetRowWriter`, `src/export/stagingCsv.ts`), then
 * DuckDB converts each file to Parquet, streaming (a large file in parts, joined at the end): a hit
 * table larger than memory still completes. DuckDB SQL over the Parquet files then re-counts the hits for a check of the in-memory
 * aggregates.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRow, CommentRow, HitRow, NamingRow, OutletProfileRow } from '../tables/types';
import type { CategorySet } from '../lexicon/types';
import { stanceSign } from '../lexicon/categoryOf';
import { ROW_TABLE_TYPES, ROW_TABLES, TABLE_COLUMNS, TABLE_FILES, type RowTable } from '../tables/columns';
import { RowSpill, compareIds } from './rowSpill';
import { compareCommentRows, compareHitRows } from './pageOutput';
import { formatStagingRows, readStagingCsvSql, sqlLiteral } from './stagingCsv';

/** Column types of the Parquet row tables (columns in `TABLE_COLUMNS` order): `ROW_TABLE_TYPES`. */
export const PARQUET_TYPES = ROW_TABLE_TYPES;


/** Within-page order of each table's rows (as `TableBuilder.finish` sorts them). */
const COMPARE: Record<RowTable, ((a: never, b: never) => number) | null> = {
  articles: null,
  comments: compareCommentRows,
  hits: compareHitRows,
};

/** The page id of a table's row. */
const PAGE_ID: Record<RowTable, string> = { articles: 'id', comments: 'articleId', hits: 'id' };

/** Options of `ParquetRowWriter.open`. */
export interface ParquetWriterOptions {
  /** DuckDB memory limit while it converts the staging files. Default '128MB'. */
  memoryLimit?: string;
  /** DuckDB threads. Default 1 (a parallel CSV read was slower here, and must keep the row order). */
  threads?: number;
  /**
   * A staging file larger than this is converted in parts of about this many bytes (whole pages),
   * whose Parquet files are then joined into one. Default 64 MB. Why: what DuckDB holds while it
   * reads a CSV file into Parquet grows with the file, while joining Parquet files does not
   * (figures: docs/scaling.md, "Parquet").
   */
  partBytes?: number;
}

/** One page's rows in staging form (`formatStagingRows`), as UTF-8 bytes, with its row counts. */
export interface StagedPage {
  /** Page id (the sort key of every row table). */
  id: string;
  articles: Uint8Array;
  comments: Uint8Array;
  hits: Uint8Array;
  /** Rows in each byte range. */
  rows: Record<RowTable, number>;
  /** The longest staged line, in UTF-16 code units (`formatStagingRows().maxLine`). */
  maxLine: number;
}

const UTF8 = new TextEncoder();

/**
 * Streams row-table rows to staging files and writes them as Parquet files in table order.
 *
 * Pages are appended as they arrive, to one spill per table (`RowSpill`: staging CSV lines in
 * files of `partBytes`, nothing per page kept in memory). `finish` puts each table's pages in
 * page-id order (the order of the CSV tables: code units, arrival order among equal ids; when they
 * arrived in order the spill's files already are the parts, and nothing is copied) and has DuckDB
 * convert it with a streaming `COPY (SELECT * FROM read_csv(…)) TO …`, insertion order kept —
 * part by part when there is more than one, the parts' Parquet files then joined into one; the
 * rows DuckDB reports must equal the rows appended.
 * Why not DuckDB's appender: rows had to cross from the workers as objects, the appenders buffer
 * rows outside DuckDB's memory limit, and a table larger than memory had to be sorted by DuckDB
 * (see docs/scaling.md); the staging files need none of this.
 * @example
 * const w = await ParquetRowWriter.open('/tmp/staging');
 * w.add({articles: [row], comments: [], hits: []});
 * await w.finish('outputs'); // ['…/articles.parquet', '…/comments.parquet', '…/hits.parquet']
 */
export class ParquetRowWriter {
  private readonly counts: Record<RowTable, number> = { articles: 0, comments: 0, hits: 0 };
  private maxLine = 0;
  private finished = false;

  private constructor(
    private readonly dir: string,
    private readonly spills: Record<RowTable, RowSpill>,
    private readonly options: ParquetWriterOptions,
  ) {}

  /** Creates the staging folder `dir` (removed by `finish` or `close`) with one spill file per table. */
  static async open(dir: string, options: ParquetWriterOptions = {}): Promise<ParquetRowWriter> {
    const threads = options.threads ?? 1;
    if (!(Number.isInteger(threads) && threads > 0)) throw new RangeError(`ParquetRowWriter: threads must be a positive integer, got ${threads}`);
    const partBytes = options.partBytes ?? 64 << 20;
    if (!(partBytes > 0)) throw new RangeError(`ParquetRowWriter: partBytes must be positive, got ${partBytes}`);
    mkdirSync(dir, { recursive: true });
    const spills = {} as Record<RowTable, RowSpill>;
    for (const t of ROW_TABLES) spills[t] = new RowSpill(join(dir, `${t}.spill`), { hash: false, partBytes });
    return new ParquetRowWriter(dir, spills, options);
  }

  /** Rows appended so far, per table. */
  get rowCounts(): Readonly<Record<RowTable, number>> {
    return this.counts;
  }

  /** Whether each table's pages have arrived in page-id order so far (then `finish` copies nothing). */
  get appendedInOrder(): Readonly<Record<RowTable, boolean>> {
    return { articles: this.spills.articles.inOrder, comments: this.spills.comments.inOrder, hits: this.spills.hits.inOrder };
  }

  /**
   * Appends rows as objects (formatted here): each table's rows are put in table order and
   * appended as pages by page id. Pages should come one call each; rows of a page id that
   * arrive in separate calls keep their arrival order.
   */
  add(rows: { articles: ArticleRow[]; comments: CommentRow[]; hits: HitRow[] }): void {
    for (const t of ROW_TABLES) {
      const list = rows[t] as unknown as Record<string, unknown>[];
      if (list.length === 0) continue;
      const compare = COMPARE[t] as ((a: unknown, b: unknown) => number) | null;
      const sorted = compare ? [...list].sort((a, b) => compareIds(String(a[PAGE_ID[t]]), String(b[PAGE_ID[t]])) || compare(a, b)) : list;
      // One append per run of rows of one page id.
      for (let i = 0; i < sorted.length;) {
        const id = sorted[i][PAGE_ID[t]];
        let j = i + 1;
        while (j < sorted.length && sorted[j][PAGE_ID[t]] === id) j++;
        const { text, maxLine } = formatStagingRows(sorted.slice(i, j), TABLE_COLUMNS[t] as string[], PARQUET_TYPES[t]);
        this.spills[t].append(String(id), UTF8.encode(text));
        this.counts[t] += j - i;
        if (maxLine > this.maxLine) this.maxLine = maxLine;
        i = j;
      }
    }
  }

  /** Appends one page's rows already in staging form (from a page worker). */
  addStaged(page: StagedPage): void {
    for (const t of ROW_TABLES) {
      this.spills[t].append(page.id, page[t]);
      this.counts[t] += page.rows[t];
    }
    if (page.maxLine > this.maxLine) this.maxLine = page.maxLine;
  }

  /**
   * Writes `<dir>/<table>.parquet` for each row table, in table order, and removes the staging
   * folder. Throws when DuckDB reads back a different number of rows than were appended; with an
   * aborted `options.signal`, rejects with its reason before the next conversion starts.
   * `options.onStep` hears each conversion as it starts (`converting hits to Parquet, part 3 of 40`).
   */
  async finish(dir: string, options: { signal?: AbortSignal; onStep?: (message: string) => void } = {}): Promise<string[]> {
    if (this.finished) throw new Error('ParquetRowWriter: finish was already called');
    this.finished = true;
    const files: string[] = [];
    let instance: DuckDBInstance | null = null;
    let conn: DuckDBConnection | null = null;
    try {
      instance = await DuckDBInstance.create(':memory:', {
        memory_limit: this.options.memoryLimit ?? '128MB',
        threads: String(this.options.threads ?? 1),
        temp_directory: join(this.dir, 'duckdb.tmp'),
        preserve_insertion_order: 'true',
      });
      conn = await instance.connect();
      const copy = async (select: string, dest: string, what: string): Promise<number> => {
        options.signal?.throwIfAborted();
        try {
          const reader = await conn!.runAndReadAll(`COPY (${select}) TO ${sqlLiteral(dest)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 16384)`);
          return Number(reader.getRows()[0]?.[0]);
        } catch (e) {
          throw new Error(`ParquetRowWriter: DuckDB failed while ${what} (longest staged line ${this.maxLine} code units): ${(e as Error).message}`);
        }
      };
      for (const t of ROW_TABLES) {
        const { bytes, parts: csvParts } = this.spills[t].writeParts((k) => join(this.dir, `${t}.part${k}.csv`));
        const dest = join(dir, `${TABLE_FILES[t]}.parquet`);
        const read = (path: string) => `SELECT * FROM ${readStagingCsvSql(path, TABLE_COLUMNS[t] as string[], PARQUET_TYPES[t], this.maxLine)}`;
        let copied: number;
        if (csvParts.length === 1) {
          options.onStep?.(`converting ${t} to Parquet`);
          copied = await copy(read(csvParts[0]), dest, `converting ${t} (${bytes} bytes)`);
          rmSync(csvParts[0], { force: true });
        } else {
          // Part by part (each a fresh read_csv), then one pass over the parts' Parquet files.
          const parts: string[] = [];
          for (let k = 0; k < csvParts.length; k++) {
            parts.push(join(this.dir, `${t}.part${k}.parquet`));
            options.onStep?.(`converting ${t} to Parquet, part ${k + 1} of ${csvParts.length}`);
            await copy(read(csvParts[k]), parts[k], `converting ${t}, part ${k + 1} of ${csvParts.length} (${statSync(csvParts[k]).size} bytes)`);
            rmSync(csvParts[k], { force: true });
          }
          options.onStep?.(`joining the ${parts.length} Parquet parts of ${t}`);
          copied = await copy(`SELECT * FROM read_parquet([${parts.map(sqlLiteral).join(', ')}])`, dest, `joining the ${parts.length} parts of ${t}`);
          for (const part of parts) rmSync(part, { force: true });
        }
        if (copied !== this.counts[t]) throw new Error(`ParquetRowWriter: ${t}: DuckDB read ${copied} rows from the staging file, ${this.counts[t]} were appended`);
        files.push(dest);
      }
    } finally {
      conn?.closeSync();
      instance?.closeSync();
      this.close();
    }
    return files;
  }

  /** Closes and removes the staging files (`finish` does this too). */
  close(): void {
    for (const t of ROW_TABLES) this.spills[t].close();
    rmSync(this.dir, { recursive: true, force: true });
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
    const reader = await conn.runAndReadAll(`SELECT * FROM read_parquet(${sqlLiteral(path)})`);
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
 * shard files), excluding negated hits of the lexicon's stance categories as `countsTowardRates`
 * does; unknown outlets are `(unknown)`. Works on hit tables larger than memory. With
 * `articlesParquet`, only hits of its `article` pages count, as in the aggregate tables (listings
 * and pages with no article are left out of them).
 * @example (await countHitsParquet('outputs/hits.parquet', lexicon))[0] // {outlet: 'al_bawsala', segment: 'reporting', category: 'naming_gov_regime', hits: 3}
 */
export async function countHitsParquet(pathOrGlob: string, lexicon: CategorySet, articlesParquet?: string): Promise<HitCountRow[]> {
  const stance = lexicon.categories.filter((c) => stanceSign(lexicon, c.id) !== 0).map((c) => sqlLiteral(c.id));
  const where = [...(stance.length ? [`NOT (negated AND category IN (${stance.join(', ')}))`] : []), ...articlePagesOnly(articlesParquet)];
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: '256MB', threads: '1' });
  const conn = await instance.connect();
  try {
    const reader = await conn.runAndReadAll(`
      SELECT coalesce(outlet, '(unknown)') AS outlet, segment, category, count(*)::INTEGER AS hits
      FROM read_parquet(${sqlLiteral(pathOrGlob)})
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      GROUP BY ALL ORDER BY outlet, segment, category`);
    return reader.getRowObjectsJS() as unknown as HitCountRow[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** The SQL condition keeping the hits of an articles Parquet file's `article` pages (none without the file). */
function articlePagesOnly(articlesParquet: string | undefined): string[] {
  return articlesParquet === undefined ? [] : [`id IN (SELECT id FROM read_parquet(${sqlLiteral(articlesParquet)}) WHERE pageKind = 'article')`];
}

/**
 * Checks the `hits` column of outlet_profile against DuckDB's count over hits.parquet (with the
 * lexicon's stance categories, see `countHitsParquet`; with `articlesParquet`, hits of article pages
 * only); returns the mismatches (empty when they agree).
 * @example await verifyProfileCounts('outputs/hits.parquet', tables.outletProfile, lexicon, 'outputs/articles.parquet') // []
 */
export async function verifyProfileCounts(hitsParquet: string, profile: readonly OutletProfileRow[], lexicon: CategorySet, articlesParquet?: string): Promise<string[]> {
  const sql = new Map((await countHitsParquet(hitsParquet, lexicon, articlesParquet)).map((r) => [`${r.outlet}|${r.segment}|${r.category}`, r.hits]));
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
 * mismatches (empty when they agree). With `articlesParquet`, hits of its article pages only.
 * @example await verifyNamingCounts('outputs/hits.parquet', tables.naming, 'outputs/articles.parquet') // []
 */
export async function verifyNamingCounts(hitsParquet: string, naming: readonly NamingRow[], articlesParquet?: string): Promise<string[]> {
  const variants = [...new Set(naming.map((r) => r.variant))];
  if (variants.length === 0) return [];
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: '256MB', threads: '1' });
  const conn = await instance.connect();
  let rows: { segment: string; outlet: string; category: string; n: number }[];
  try {
    const reader = await conn.runAndReadAll(`
      SELECT segment, coalesce(outlet, '(unknown)') AS outlet, category, count(*)::INTEGER AS n
      FROM read_parquet(${sqlLiteral(hitsParquet)})
      WHERE ${[`category IN (${variants.map(sqlLiteral).join(', ')})`, ...articlePagesOnly(articlesParquet)].join(' AND ')}
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
