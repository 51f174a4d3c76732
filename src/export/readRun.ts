/**
 * Opening a run folder (what `khitab analyze --out DIR` wrote) to read its tables back, without
 * analyzing the corpus again: the notebooks' reader. Aggregate tables are small and read whole,
 * typed. The row tables (articles, comments, hits; hits.csv is ~2.5 times the corpus) are never
 * loaded whole: they are views in an in-memory DuckDB, queried with SQL (LIMIT, GROUP BY), from
 * CSV or Parquet alike, so a notebook renders in seconds at any corpus size.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AnalysisTables, ArticleRow, CommentRow, HitRow } from '../tables/types';
import { NULLABLE_COLUMNS, ROW_TABLES, TABLE_COLUMNS, TABLE_FILES, TABLE_TYPES, type ColumnKind, type RowTable } from '../tables/columns';
import type { SidecarDocument } from './sidecar';
import type { SourceInfo } from '../charts/sourceNote';
import { readRunProvenance, type RunProvenance } from './runProvenance';
import { sqlLiteral } from './stagingCsv';
import { FORMULA_CHARS } from '../tables/csvCellValue';
import { checkRunColumns, csvHeaderColumns } from './runTableColumns';

/** A row table of a run, queried through DuckDB. */
export type RunRowTable = RowTable;

/** Row type of each row table. */
export interface RunRowTypes {
  articles: ArticleRow;
  comments: CommentRow;
  hits: HitRow;
}

/** The aggregate tables of a run (all but the row tables), read whole. */
export type RunAggregates = Omit<AnalysisTables, RunRowTable>;

/** Options of `openRun`. */
export interface OpenRunOptions {
  /** DuckDB memory limit (it spills to a temporary folder beyond it). Default '512MB'. */
  memoryLimit?: string;
  /** DuckDB threads. Default 2. */
  threads?: number;
}

/** Options of `Run.rows`. */
export interface RunRowsOptions<K extends RunRowTable, C extends keyof RunRowTypes[K] & string> {
  /** Columns to read. Default: all. */
  columns?: C[];
  /** SQL condition, e.g. `segment = 'reporting'`. Default: none. */
  where?: string;
  /** SQL order, e.g. `commentsParsed DESC, id`. Default: file order. */
  orderBy?: string;
  /** Rows returned at most. Default: all, but more than `maxRows` throws. */
  limit?: number;
  /** Without `limit`, a result longer than this throws (so a huge table is not loaded by accident). Default 200,000. */
  maxRows?: number;
}

/**
 * The folder notebooks read: `KHITAB_RUN`, else `outputs` (from the working directory).
 * @example runFolderOf({ KHITAB_RUN: '/data/run1' }) // '/data/run1'
 */
export function runFolderOf(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.KHITAB_RUN || 'outputs');
}

type AggregateName = keyof RunAggregates;
/** Every other table of `TABLE_FILES`, so a new table is read back without a second list to update. */
const AGGREGATES = (Object.keys(TABLE_FILES) as (keyof typeof TABLE_FILES)[])
  .filter((t): t is AggregateName => !(ROW_TABLES as readonly string[]).includes(t));
const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The SELECT list that reads a CSV table back as the export wrote it: the formula guard (a `'`
 * before `= + - @` tab CR) undone, an empty cell NULL only in nullable text columns, else ''.
 */
function csvSelectList(table: string, columns: readonly string[], kinds: Record<string, ColumnKind>): string {
  return columns.map((c) => {
    if (kinds[c] !== 'VARCHAR') return quoteId(c);
    const v = `unguard(${quoteId(c)})`;
    return `${NULLABLE_COLUMNS.has(`${table}.${c}`) ? v : `coalesce(${v}, '')`} AS ${quoteId(c)}`;
  }).join(', ');
}

/** DuckDB values as plain JavaScript: whole numbers that DuckDB returns as bigint become numbers. */
function plain(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  for (const r of rows) for (const k in r) if (typeof r[k] === 'bigint') r[k] = Number(r[k]);
  return rows;
}

function readSidecar(dir: string, table: string): SidecarDocument | null {
  const p = join(dir, `${table}.meta.json`);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as SidecarDocument) : null;
}

/**
 * An open run folder. Row tables are DuckDB views named `articles`, `comments` and `hits`; call
 * `close()` when done (or let the process end).
 * @example
 * const run = await openRun('outputs');
 * await run.query('SELECT outlet, count(*) AS n FROM hits GROUP BY outlet ORDER BY n DESC LIMIT 3');
 * run.close();
 */
export class Run {
  private aggregateCache: RunAggregates | null = null;
  private inputCache: Map<string, string | null> | null = null;

  private constructor(
    /** Absolute path of the run folder. */
    readonly dir: string,
    /** Format of the row tables. */
    readonly format: 'csv' | 'parquet',
    /** What produced the run (from the sidecars). */
    readonly provenance: RunProvenance,
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    private readonly tempDir: string,
  ) {}

  /** Opens `dir` (see `openRun`). */
  static async open(dir: string = runFolderOf(), options: OpenRunOptions = {}): Promise<Run> {
    const abs = resolve(dir);
    const has = (ext: string) => existsSync(join(abs, `articles.${ext}`));
    const format = has('parquet') ? 'parquet' : has('csv') ? 'csv' : null;
    if (format === null) {
      throw new Error(`openRun: no run in ${abs} (no articles.csv or articles.parquet); write one with \`khitab analyze CORPUS --out ${dir}\``);
    }
    const provenance = readRunProvenance(abs);
    if (provenance === null) throw new Error(`openRun: ${abs} has tables but no sidecars (*.meta.json)`);
    const tempDir = mkdtempSync(join(tmpdir(), 'khitab-run-'));
    const instance = await DuckDBInstance.create(':memory:', {
      memory_limit: options.memoryLimit ?? '512MB', threads: String(options.threads ?? 2), temp_directory: tempDir,
    });
    const conn = await instance.connect();
    // The formula guard undone as restoreFormulaText does (src/tables/csvCellValue.ts).
    await conn.run(`CREATE MACRO unguard(s) AS CASE WHEN s[1] = '''' AND s[2] IN (${[...FORMULA_CHARS].map(sqlLiteral).join(', ')}) THEN s[2:] ELSE s END`);
    const run = new Run(abs, format, provenance, instance, conn, tempDir);
    try {
      for (const t of ROW_TABLES) {
        const path = join(abs, `${TABLE_FILES[t]}.${format}`);
        if (!existsSync(path)) continue;
        const found = format === 'csv' ? csvHeaderColumns(path)
          : (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${sqlLiteral(path)})`)).getRowObjectsJS().map((r) => String(r.column_name));
        checkRunColumns(path, TABLE_COLUMNS[t], found, provenance.date);
        await conn.run(`CREATE VIEW ${t} AS ${format === 'parquet'
          ? `SELECT * FROM read_parquet(${sqlLiteral(path)})`
          : selectCsv(t, path, TABLE_COLUMNS[t], TABLE_TYPES[t])}`);
      }
    } catch (e) {
      run.close();
      throw e;
    }
    return run;
  }

  /**
   * The aggregate tables (every table but the row tables), typed (numbers, booleans and nulls restored), read once.
   * @example (await run.aggregates()).naming[0] // {dimension: 'gov', segment: 'reporting', outlet: 'al_bawsala', variant: 'naming_gov_regime', count: 5, share: 0.83}
   */
  async aggregates(): Promise<RunAggregates> {
    if (this.aggregateCache) return this.aggregateCache;
    const out = {} as Record<AggregateName, unknown[]>;
    for (const name of AGGREGATES) {
      const path = join(this.dir, `${TABLE_FILES[name]}.csv`);
      if (existsSync(path)) checkRunColumns(path, TABLE_COLUMNS[name], csvHeaderColumns(path), this.provenance.date);
      out[name] = existsSync(path) ? await this.query(selectCsv(name, path, TABLE_COLUMNS[name], TABLE_TYPES[name])) : [];
    }
    return (this.aggregateCache = out as unknown as RunAggregates);
  }

  /**
   * Runs SQL over the row-table views (`articles`, `comments`, `hits`); bigint results become numbers.
   * @example await run.query('SELECT category, count(*) AS n FROM hits GROUP BY ALL ORDER BY n DESC LIMIT 1') // [{category: 'stance_oppose', n: 41}]
   */
  async query<T = Record<string, unknown>>(sql: string): Promise<T[]> {
    const reader = await this.conn.runAndReadAll(sql);
    return plain(reader.getRowObjectsJS() as Record<string, unknown>[]) as T[];
  }

  /**
   * Typed rows of a row table, selected in SQL; throws past `maxRows` unless a `limit` is given.
   * @example await run.rows('articles', {columns: ['id', 'commentsParsed'], orderBy: 'commentsParsed DESC', limit: 1}) // [{id: '001_…', commentsParsed: 2}]
   */
  async rows<K extends RunRowTable, C extends keyof RunRowTypes[K] & string = keyof RunRowTypes[K] & string>(
    table: K, options: RunRowsOptions<K, C> = {},
  ): Promise<Pick<RunRowTypes[K], C>[]> {
    const cols = options.columns?.length ? options.columns.map(quoteId).join(', ') : '*';
    const max = options.maxRows ?? 200_000;
    const limit = options.limit ?? max + 1;
    const rows = await this.query<Pick<RunRowTypes[K], C>>(`SELECT ${cols} FROM ${table}`
      + (options.where ? ` WHERE ${options.where}` : '') + (options.orderBy ? ` ORDER BY ${options.orderBy}` : '') + ` LIMIT ${limit}`);
    if (options.limit === undefined && rows.length > max) {
      throw new RangeError(`Run.rows: ${table} has more than ${max} matching rows; pass a limit, a where, or query an aggregate with SQL`);
    }
    return rows;
  }

  /**
   * What the charts' source note needs (`sourceNoteOf`): seed, resamples, lexicon, pages, and the
   * corpus folder (`corpus`, default: the one the run's command names).
   * @example sourceNoteOf(run.sourceInfo()) // 'Source: khitab · corpus «corpus» (5 pages) · lexicon codebook@2024.3 · seed 20230101, 1,000 resamples'
   */
  sourceInfo(corpus: string | null = this.provenance.corpus): SourceInfo {
    const p = this.provenance;
    return {
      seed: p.seed ?? 0, resamples: p.resamples ?? undefined, lexiconVersion: p.lexiconVersion,
      corpusRoot: corpus ?? '(unknown)', pages: this.rowCount('articles') ?? undefined,
    };
  }

  /** Rows of a table from its sidecar (no scan), or null when the table is missing. */
  rowCount(table: string): number | null {
    return this.provenance.tables.find((t) => t.table === table)?.rows ?? null;
  }

  /**
   * SHA-256 of an input file when it was analyzed (sidecar `inputs`), null when unreadable then,
   * undefined when the run did not read it: to check that a corpus file is still the one analyzed.
   * @example run.inputSha256('000_be8fd5d588858933.txt') // '7d8fb5f9…'
   */
  inputSha256(file: string): string | null | undefined {
    if (!this.inputCache) {
      const doc = readSidecar(this.dir, 'articles');
      this.inputCache = new Map((doc?.inputs ?? []).map((i) => [i.file, i.sha256]));
    }
    return this.inputCache.get(file);
  }

  /** Closes DuckDB and removes its temporary folder. */
  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
    rmSync(this.tempDir, { recursive: true, force: true });
  }
}

/**
 * Longest CSV line read (bytes): a page is at most 8 MiB by default (`--max-file-mb`), so is a
 * comment's text. DuckDB's default read buffer is 16 lines, per thread: 256 MB at this line size,
 * which failed within 512 MB; two lines per buffer does not.
 */
const MAX_LINE = 8 << 20;

function selectCsv(table: string, path: string, columns: readonly string[], kinds: Record<string, ColumnKind>): string {
  const types = columns.map((c) => `${sqlLiteral(c)}: ${sqlLiteral(kinds[c])}`).join(', ');
  return `SELECT ${csvSelectList(table, columns, kinds)} FROM read_csv(${sqlLiteral(path)}, header=true, auto_detect=false, `
    + `columns={${types}}, delim=',', quote='"', escape='"', max_line_size=${MAX_LINE}, buffer_size=${2 * MAX_LINE})`;
}

/**
 * Opens a run folder (default `KHITAB_RUN`, else `outputs`): its provenance from the sidecars, its
 * aggregate tables on demand, its row tables as DuckDB views (CSV or Parquet).
 * @example
 * const run = await openRun('outputs');
 * run.provenance.tables.find((t) => t.table === 'hits')?.rows // 241
 * await run.query('SELECT count(*) AS n FROM hits WHERE negated') // [{n: 7}]
 */
export function openRun(dir?: string, options: OpenRunOptions = {}): Promise<Run> {
  return Run.open(dir, options);
}
