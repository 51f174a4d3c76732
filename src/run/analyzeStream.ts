/**
 * The main job for corpora that do not fit in memory: pages stream from disk through worker
 * threads; articles, comments and hits go straight to spill files (CSV lines, or staging lines that
 * DuckDB converts to Parquet at the end); only the small per-article partials of the aggregate
 * tables are kept. Output is byte-identical for any number of workers.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page, Reject } from '../corpus/types';
import type { CategorySet, Lexicon } from '../lexicon/types';
import { streamCorpusJobs, walkCorpusFiles, corpusMetadata, CorpusDeduper, DEFAULT_MAX_FILE_BYTES, type CorpusJob, type StreamCorpusOptions } from '../corpus/streamCorpus';
import { TableBuilder, type AnalysisTables, type BuildTablesOptions } from '../tables/buildTables';
import { TABLE_COLUMNS, TABLE_FILES } from '../tables/columns';
import { resolveLexicon, lexiconVersion } from '../tables/analyzeCorpus';
import { campsOfOutlets } from '../corpus/outlets';
import { runJobs, startPagePool, defaultWorkers, type PagePool, type RunPagesOptions } from './runPages';
import { ratesOnPool } from './ratesOnPool';
import { pagePartialOf, type PageOutput } from '../export/pageOutput';
import { TermTranslator } from './termTranslator';
import { RowSpill, writeAll } from '../export/rowSpill';
import { RejectLog } from './rejectLog';
import { formatCsvHeader, formatCsvRows } from '../export/csvCells';
import { InputLog } from './inputLog';
import { removeStaleTempFolders, tempFolderOf } from './tempFolder';
import { filesOutside, isOutside, outputFolderInCorpus } from './outputInCorpus';
import { writeStreamSidecar, sha256OfFile, type WrittenTable } from './writeStreamSidecar';
import type { SidecarInfo } from '../export/sidecar';
import { createHash } from 'node:crypto';
import { shardSelector } from './shard';
import { diskFullError } from './diskFullError';
import { createProgress } from './progress';
import { ParquetRowWriter, verifyNamingCounts, verifyProfileCounts } from '../export/parquet';

const ROOT = resolve(__dirname, '../..');

/** Output format of the row tables (articles, comments, hits). Aggregates are always CSV. */
export type RowTableFormat = 'csv' | 'parquet';

/** Options of `analyzeStream`. */
export interface AnalyzeStreamOptions extends BuildTablesOptions, Omit<RunPagesOptions, 'emit'> {
  /** A loaded lexicon, or lexicon files to load after the shipped codebook. Default: the shipped codebook. */
  lexicon?: Lexicon | string[];
  /** Row-table format. Default 'csv'. */
  format?: RowTableFormat;
  /** Start every CSV with a UTF-8 byte-order mark (Excel). Default false. */
  excel?: boolean;
  /** Command line recorded in the sidecars. Default null. */
  command?: string;
  /** Normalization options recorded in the sidecars. Default `{default: true}` (as writeTables). */
  normalization?: Record<string, unknown>;
  /** Sidecar date (ISO). Default: now (sidecars are the only outputs that differ between runs). */
  date?: string;
  /** Called after each batch with pages done and source bytes done. */
  onProgress?: (pages: number, bytes: number) => void;
  /**
   * Called with what the run does once the pages are done, e.g. `bootstrap intervals (1000
   * resamples per outlet × segment)`, `converting hits to Parquet, part 3 of 40`. Default: none.
   */
  onStep?: (message: string) => void;
  /** Reject files that the workers read (`DeferredFile` items) whose content equals an earlier file's. Default true. */
  dedupe?: boolean;
  /**
   * Stops the run when aborted: checked after each batch of pages, between bootstrap groups, between
   * Parquet conversions and before the tables are moved into `out`. The run then rejects with the
   * signal's reason (an `AbortError` by default) after removing its temporary folder, and `out`
   * is left as it was. Default: none.
   */
  signal?: AbortSignal;
}

/** What `analyzeStream` wrote. */
export interface StreamSummary {
  /** Pages analyzed. */
  pages: number;
  /** Inputs rejected (files, and JSON-lines records): the rows of `rejects.csv`. */
  rejects: number;
  /** Rejects by reason (`duplicate`, `empty`, `too_large`, …), in the order each reason was first met. */
  rejectReasons: Record<string, number>;
  /** Source bytes analyzed. */
  bytes: number;
  /** Comment and hit rows written. */
  comments: number;
  hits: number;
  /** Files written (absolute paths): each table then its sidecar, in table order. */
  files: string[];
  /** Lexicon version string. */
  lexiconVersion: string;
  /** The categories and naming dimensions of the lexicon used (labels and order for figures). */
  categories: CategorySet;
  /**
   * The aggregate tables (small), e.g. for figures. The row tables — articles, comments, hits and
   * rejects, one row per page, comment, hit or rejected input — are on disk only.
   */
  aggregates: Omit<AnalysisTables, 'articles' | 'comments' | 'hits' | 'rejects'>;
  /** Temporary folders of killed runs found in `out` and removed (`removeStaleTempFolders`). */
  removedTempFolders: string[];
  /**
   * `analyzeFolder`: the output folder, relative to the corpus folder, when it lies inside it — its
   * files were left out of the corpus (`outputFolderInCorpus`); otherwise (and from `analyzeStream`) null.
   */
  outputInCorpus: string | null;
}

/** A sink for the row tables of each page. */
interface RowSink {
  add(o: PageOutput): Promise<void> | void;
  finish(dir: string, bom: string, signal?: AbortSignal, onStep?: (message: string) => void): Promise<WrittenTable[]>;
  /** Closes and removes the sink's temporary files (after `finish`, or when the run failed). */
  close(): void;
}

const ROW_TABLES = ['articles', 'comments', 'hits'] as const;

function csvSink(tmp: string, bom: string): RowSink {
  const spill = (t: (typeof ROW_TABLES)[number]) =>
    new RowSpill(join(tmp, `${t}.spill`), { head: bom + formatCsvHeader(TABLE_COLUMNS[t] as string[]) });
  const spills = { articles: spill('articles'), comments: spill('comments'), hits: spill('hits') };
  const rows = { articles: 0, comments: 0, hits: 0 };
  return {
    add(o) {
      for (const t of ROW_TABLES) spills[t].append(o.id, o.csv[t]);
      rows.articles++;
      rows.comments += o.commentCount;
      rows.hits += o.hitCount;
    },
    async finish(dir) {
      return ROW_TABLES.map((t) => {
        const path = join(dir, `${TABLE_FILES[t]}.csv`);
        const columns = TABLE_COLUMNS[t] as string[];
        const { sha256 } = spills[t].writeSorted(path);
        return { path, name: TABLE_FILES[t], columns, rowCount: rows[t], sha256, bom: bom !== '' };
      });
    },
    close() {
      for (const t of ROW_TABLES) spills[t].close();
    },
  };
}

async function parquetSink(tmp: string): Promise<RowSink> {
  const w = await ParquetRowWriter.open(join(tmp, 'staging'));
  return {
    add: (o) => w.addStaged({ id: o.id, ...o.csv, rows: { articles: 1, comments: o.commentCount, hits: o.hitCount }, maxLine: o.maxLine }),
    async finish(dir, _bom, signal, onStep) {
      const files = await w.finish(dir, { signal, onStep });
      const out: WrittenTable[] = [];
      for (let i = 0; i < ROW_TABLES.length; i++) {
        const t = ROW_TABLES[i];
        out.push({
          path: files[i], name: TABLE_FILES[t], columns: TABLE_COLUMNS[t] as string[], rowCount: w.rowCounts[t],
          sha256: await sha256OfFile(files[i]), bom: false,
        });
      }
      return out;
    },
    close: () => w.close(),
  };
}

/**
 * Writes one table as CSV (as `toCsv` would), formatting a thousand rows at a time, so a long
 * table (the rejects of a large corpus) is never one string.
 */
function writeAggregate(dir: string, name: string, columns: readonly string[], rows: Iterable<object>, bom: string): WrittenTable {
  const path = join(dir, `${name}.csv`);
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  let rowCount = 0;
  try {
    const put = (text: string) => {
      const b = Buffer.from(text);
      hash.update(b);
      writeAll(fd, b);
    };
    put(bom + formatCsvHeader(columns));
    let chunk: object[] = [];
    for (const row of rows) {
      chunk.push(row);
      rowCount++;
      if (chunk.length >= 1000) { put(formatCsvRows(chunk, columns)); chunk = []; }
    }
    if (chunk.length) put(formatCsvRows(chunk, columns));
  } finally {
    closeSync(fd);
  }
  return { path, name, columns: [...columns], rowCount, sha256: hash.digest('hex'), bom: bom !== '' };
}

/** The files of rejects (for the sidecars' inputs list). */
function* filesOf(rejects: Iterable<Reject>): Generator<string> {
  for (const r of rejects) yield r.file;
}

/**
 * Analyzes a stream of corpus items and writes every table into `out` (through a temporary folder,
 * so an interrupted run leaves no half-written table).
 * @example
 * const s = await analyzeStream(streamCorpus('data/corpus'), 'outputs', {workers: 2});
 * s.pages // 5
 * s.files.map((f) => path.basename(f)) // ['articles.csv', 'comments.csv', 'hits.csv', 'outlet_profile.csv', …]
 */
export async function analyzeStream(items: AsyncIterable<CorpusJob>, out: string, options: AnalyzeStreamOptions = {}): Promise<StreamSummary> {
  const lexicon = resolveLexicon(options.lexicon);
  const camps = campsOfOutlets();
  const dir = resolve(out);
  const signal = options.signal;
  signal?.throwIfAborted();
  const removedTempFolders = removeStaleTempFolders(dir);
  const tmp = tempFolderOf(dir);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const format = options.format ?? 'csv';
  const bom = options.excel ? '\uFEFF' : '';
  // Rejects go to disk too (one per rejected file or record: they grow with the corpus).
  const rejects = new RejectLog(tmp);
  // Rows go to disk as pages arrive; the builder keeps only per-article partials and counts.
  // Released (set to null) once the aggregate tables are computed, before the row tables are
  // finished: the Parquet conversion then runs without the per-page bootstrap units.
  let builder: TableBuilder | null = new TableBuilder(lexicon, { ...options, keepRows: false });
  const translator = new TermTranslator((term) => builder!.termIndex(term));
  let pages = 0;
  let bytes = 0;
  let comments = 0;
  let hits = 0;
  // Pages arrive in the listing's order, so their inputs stay on disk until the sidecars.
  const inputs = new InputLog(join(tmp, 'inputs.spill'));
  const emit = format;
  const workers = Math.max(1, Math.floor(options.workers ?? defaultWorkers()));
  // One set of worker threads for the pages and then the bootstrap (unless the caller gave one).
  let ownPool: PagePool | null = !options.pool && workers > 1 ? startPagePool(workers, lexicon, { ...options, camps, emit }) : null;
  const pool: PagePool | null = options.pool ?? ownPool;
  let sink: RowSink | null = null;
  try {
    const rowSink = format === 'parquet' ? await parquetSink(tmp) : csvSink(tmp, bom);
    sink = rowSink;
    const deduper = options.dedupe === false ? null : new CorpusDeduper();
    const take = async (o: PageOutput): Promise<void> => {
      await rowSink.add(o);
      builder!.addPartial(pagePartialOf(o, translator.read(o.terms.dictionary, o.terms.newTerms)));
      pages++;
      bytes += o.bytes;
      comments += o.commentCount;
      hits += o.hitCount;
      inputs.add(o.file, o.sha256);
    };
    for await (const results of runJobs(items, lexicon, { ...options, camps, emit, pool: pool ?? undefined })) {
      if (signal) {
        // Without worker threads nothing else would let a signal handler run before the end.
        await new Promise(setImmediate);
        signal.throwIfAborted();
      }
      for (const r of results) {
        if (r.kind === 'reject') rejects.add(r.reject);
        else if (r.kind === 'page') await take(r.output);
        else if (r.outputs.length === 0) for (const x of r.rejects) rejects.add(x);
        else {
          // Files read by the workers are deduplicated here, in corpus order, as streamCorpus does.
          const dup = deduper?.duplicateOf(r.file, r.dedupeKey!, r.sha256!);
          if (dup) {
            rejects.add(dup);
            // The dropped pages' first-met terms still number the worker's later outputs.
            for (const o of r.outputs) translator.read(o.terms.dictionary, o.terms.newTerms);
            continue;
          }
          for (const x of r.rejects) rejects.add(x);
          // `runJobs` gave the outputs the listing's file name string (one copy kept per file).
          for (const o of r.outputs) await take(o);
        }
      }
      options.onProgress?.(pages, bytes);
    }
    // The bootstrap is the workers' last job: close them before the row tables are finished (the
    // Parquet conversion needs the memory their heaps hold). Shared units: the workers read the
    // one copy instead of a clone each; groups are built one by one and their units released.
    const step = options.onStep ?? (() => undefined);
    step(`bootstrap intervals (${options.resamples ?? 1000} resamples per outlet × segment)`);
    const rates = pool ? await ratesOnPool(pool, builder!.takeRateGroups(true), 2, signal) : undefined;
    if (ownPool) { await ownPool.close(); ownPool = null; }
    // The rejects table is written from the reject log below, not from the builder.
    const tables = builder!.finish([], rates);
    builder = null;
    signal?.throwIfAborted();
    if (format === 'csv') step('writing articles, comments and hits');
    const written = await rowSink.finish(tmp, bom, signal, step);
    if (format === 'parquet') {
      step('checking hits.parquet against the aggregate tables');
      const hitsParquet = join(tmp, `${TABLE_FILES.hits}.parquet`);
      const problems = [
        ...await verifyProfileCounts(hitsParquet, tables.outletProfile, lexicon),
        ...await verifyNamingCounts(hitsParquet, tables.naming),
      ];
      if (problems.length) throw new Error(`hits.parquet disagrees with the aggregate tables: ${problems.slice(0, 5).join('; ')}`);
    }
    for (const k of Object.keys(TABLE_FILES) as (keyof AnalysisTables)[]) {
      if ((ROW_TABLES as readonly string[]).includes(k)) continue;
      const rows = k === 'rejects' ? rejects.sorted() : tables[k] as readonly object[];
      written.push(writeAggregate(tmp, TABLE_FILES[k], TABLE_COLUMNS[k] as string[], rows, bom));
    }
    step('writing the aggregate tables and sidecars');
    const info: SidecarInfo = {
      lexicon: lexicon.files.map((f) => ({ path: relative(ROOT, f.path) || f.path, sha256: f.sha256, version: f.version })),
      normalization: options.normalization ?? { default: true },
      inputs: [], // rendered once below, for every sidecar
      seed: options.seed ?? 20230101,
      resamples: options.resamples ?? 1000,
      command: options.command ?? null,
      date: options.date,
    };
    const files: string[] = [];
    // The inputs list, one entry per page, is rendered once into a file and copied into each sidecar.
    const inputsPath = join(tmp, 'inputs.json');
    const inputsFile = { path: inputsPath, bytes: inputs.writeJson(inputsPath, 1, filesOf(rejects.sorted())) };
    // The last moment to stop with `out` as it was: what follows is quick and not interrupted.
    signal?.throwIfAborted();
    // A row table written in the other format by an earlier run would now be stale.
    const stale = format === 'parquet' ? 'csv' : 'parquet';
    for (const t of ROW_TABLES) rmSync(join(dir, `${TABLE_FILES[t]}.${stale}`), { force: true });
    for (const t of written) {
      const meta = writeStreamSidecar(t, info, inputsFile);
      for (const f of [t.path, meta]) {
        const dest = join(dir, f.slice(tmp.length + 1));
        renameSync(f, dest);
        files.push(dest);
      }
    }
    const { articles: _a, comments: _c, hits: _h, rejects: _r, ...aggregates } = tables;
    return {
      pages, rejects: rejects.n, rejectReasons: Object.fromEntries(rejects.reasons()), bytes, comments, hits, files,
      lexiconVersion: lexiconVersion(lexicon), categories: { categories: lexicon.categories, dimensions: lexicon.dimensions },
      aggregates, removedTempFolders, outputInCorpus: null,
    };
  } catch (e) {
    throw diskFullError(e, dir, pages, bytes);
  } finally {
    sink?.close();
    rejects.close();
    inputs.close();
    if (ownPool) await ownPool.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Options of `analyzeFolder`. */
export interface AnalyzeFolderOptions extends AnalyzeStreamOptions, Omit<StreamCorpusOptions, 'select'> {
  /** Output folder. Default 'outputs'. */
  out?: string;
  /** Analyze only shard `i` of `n` (`'i/n'`, 1-based; pages chosen by a hash of the file path). Default: all. */
  shard?: string;
  /** Draw a progress line (pages, MB, MB/s, ETA) on stderr when it is a terminal (src/cli/progress.ts). Default false. */
  progress?: boolean;
}

/**
 * `khitab analyze --workers N` for large corpora: streams a folder (recursively; JSON lines record
 * by record) through `analyzeStream`. An output folder inside the corpus folder is left out of the
 * corpus (`StreamSummary.outputInCorpus` names it); the corpus folder itself is refused as output.
 * Files and JSON-lines records over `maxFileBytes` (default `DEFAULT_MAX_FILE_BYTES`, 8 MiB) are
 * rejected `too_large` unread, which bounds what a worker holds.
 * @example
 * await analyzeFolder('data/corpus', {out: 'outputs', workers: 2});
 * // → { pages: 5, rejects: 0, files: [...outputs/articles.csv, …] }
 */
export async function analyzeFolder(input: string, options: AnalyzeFolderOptions = {}): Promise<StreamSummary> {
  const root = resolve(input);
  const out = options.out ?? 'outputs';
  const select = options.shard ? shardSelector(options.shard) : undefined;
  // An output folder inside the corpus holds an earlier run's tables: they are not pages.
  const outputInCorpus = outputFolderInCorpus(root, out);
  // Files are read, decoded and hashed on the worker threads (JSON lines stay record-streamed here).
  // Each pass over `listed` walks the folder again, one folder at a time (no list of every file); a
  // folder that cannot be read is left to the stream, which rejects it.
  const listed: Iterable<string> = {
    [Symbol.iterator]: () => filesOutside(options.files ?? walkCorpusFiles(root, { ...options, onUnreadableFolder: () => undefined }), outputInCorpus),
  };
  const metadata = corpusMetadata(root, options, listed);
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // The stream walks the folder itself; the output folder and other shards' files are not selected.
  const inRun = (f: string) => isOutside(f, outputInCorpus) && (!select || select(f));
  const jobs = () => streamCorpusJobs(root, { ...options, select: inRun, metadataTable: metadata, maxFileBytes });
  const streamOptions: AnalyzeStreamOptions = { ...options, metadata };
  if (!options.progress) return { ...await analyzeStream(jobs(), out, streamOptions), outputInCorpus };
  const total = corpusSize(root, { ...options, select: inRun });
  const progress = createProgress();
  const user = options.onProgress;
  const userStep = options.onStep;
  try {
    const summary = await analyzeStream(jobs(), out, {
      ...streamOptions,
      // Pages of JSON-lines files outnumber files: the total is at least the pages done.
      onProgress: (pages, bytes) => { progress.update(pages, Math.max(total.files, pages + 1), bytes, total.bytes); user?.(pages, bytes); },
      onStep: (message) => { progress.step(message); userStep?.(message); },
    });
    return { ...summary, outputInCorpus };
  } finally {
    progress.done();
  }
}

/**
 * Total size in bytes of the files `analyzeFolder` will read (for a progress ETA).
 * @example corpusBytes('data/corpus') // 25148
 */
export function corpusBytes(input: string, options: StreamCorpusOptions = {}): number {
  return corpusSize(input, options).bytes;
}

/**
 * How many files `analyzeFolder` will read, and their total size in bytes (for a progress ETA), in
 * one walk of the folder.
 * @example corpusSize('data/corpus') // {files: 5, bytes: 25148}
 */
export function corpusSize(input: string, options: StreamCorpusOptions = {}): { files: number; bytes: number } {
  const root = resolve(input);
  let files = 0;
  let bytes = 0;
  for (const f of options.files ?? walkCorpusFiles(root, { ...options, onUnreadableFolder: () => undefined })) {
    if (options.select && !options.select(f)) continue;
    files++;
    try { bytes += statSync(join(root, f)).size; } catch { /* reported as a reject */ }
  }
  return { files, bytes };
}
