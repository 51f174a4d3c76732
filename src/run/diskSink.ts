/**
 * The disk sink of the analysis engine (`khitab analyze`): rows go to spill files as pages arrive
 * (CSV lines, or staging lines that DuckDB converts to Parquet at the end), rejects and inputs to
 * logs on disk; at the end every table and its sidecar is written into a temporary folder inside
 * `out` and only then moved into `out`, so an interrupted run leaves no half-written table.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Reject } from '../corpus/types';
import type { AnalysisTables } from '../tables/buildTables';
import { ROW_TABLES, TABLE_COLUMNS, TABLE_FILES } from '../tables/columns';
import { lexiconVersion } from '../lexicon/resolveLexicon';
import { verifyNamingCounts, verifyProfileCounts } from '../export/parquet';
import { writeCsvFile } from '../export/writeCsvFile';
import type { SidecarInfo } from '../export/sidecar';
import { writeTableSidecar } from '../export/writeSidecar';
import { SCHEMA_FILE, writeSchemaFile } from '../export/writeSchema';
import { RejectLog } from './rejectLog';
import { InputLog } from './inputLog';
import { removeStaleTempFolders, tempFolderOf } from './tempFolder';
import { csvRowSink, parquetRowSink } from './rowTableSink';
import type { AnalysisSink, EngineRun } from './analysisSink';
import type { DiskSinkOptions, StreamSummary } from './streamSummary';

const ROOT = resolve(__dirname, '../..');

/** The disk sink, with the pages and bytes it took (for an error report mid-run). */
export interface DiskSink extends AnalysisSink<StreamSummary> {
  /** Pages taken so far. */
  readonly pages: number;
  /** Source bytes taken so far. */
  readonly bytes: number;
}

/** The files of rejects (for the sidecars' inputs list). */
function* filesOf(rejects: Iterable<Reject>): Generator<string> {
  for (const r of rejects) yield r.file;
}

/**
 * Opens a disk sink writing into `out`: removes temporary folders of killed runs there and makes
 * its own.
 * @example await runAnalysis(streamCorpusJobs('data/corpus'), await openDiskSink('outputs'), {workers: 2})
 */
export async function openDiskSink(out: string, options: DiskSinkOptions = {}): Promise<DiskSink> {
  const dir = resolve(out);
  const removedTempFolders = removeStaleTempFolders(dir);
  const tmp = tempFolderOf(dir);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const format = options.format ?? 'csv';
  const bom = options.excel ? '\uFEFF' : '';
  // Rejects and inputs go to disk too (they grow with the corpus); inputs arrive in the listing's order.
  const rejects = new RejectLog(tmp);
  const inputs = new InputLog(join(tmp, 'inputs.spill'));
  let rows: Awaited<ReturnType<typeof parquetRowSink>> | null = null;
  try {
    rows = format === 'parquet' ? await parquetRowSink(tmp) : csvRowSink(tmp, bom);
  } catch (e) {
    rejects.close();
    inputs.close();
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const rowSink = rows;
  let pages = 0;
  let bytes = 0;
  return {
    emit: format,
    get pages() { return pages; },
    get bytes() { return bytes; },
    async page(o) {
      await rowSink.add(o);
      inputs.add(o.file, o.sha256);
      pages++;
      bytes += o.bytes;
    },
    reject: (r) => rejects.add(r),
    async finish(run: EngineRun): Promise<StreamSummary> {
      const { tables, lexicon, step, signal } = run;
      if (format === 'csv') step('writing articles, comments and hits');
      const written = await rowSink.finish(tmp, signal, step);
      if (format === 'parquet') {
        step('checking hits.parquet against the aggregate tables');
        const hitsParquet = join(tmp, `${TABLE_FILES.hits}.parquet`);
        // The aggregate tables count article pages only (pageKind), so the check does too.
        const articlesParquet = join(tmp, `${TABLE_FILES.articles}.parquet`);
        const problems = [
          ...await verifyProfileCounts(hitsParquet, tables.outletProfile, lexicon, articlesParquet),
          ...await verifyNamingCounts(hitsParquet, tables.naming, articlesParquet),
        ];
        if (problems.length) throw new Error(`hits.parquet disagrees with the aggregate tables: ${problems.slice(0, 5).join('; ')}`);
      }
      for (const k of Object.keys(TABLE_FILES) as (keyof AnalysisTables)[]) {
        if ((ROW_TABLES as readonly string[]).includes(k)) continue;
        const rowsOf = k === 'rejects' ? rejects.sorted() : tables[k] as readonly object[];
        written.push(writeCsvFile(join(tmp, `${TABLE_FILES[k]}.csv`), TABLE_COLUMNS[k] as string[], rowsOf, { bom: bom !== '' }));
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
        pageKinds: run.pageKinds,
        split: run.split,
        schema: SCHEMA_FILE,
      };
      // The inputs list, one entry per page, is rendered once into a file and copied into each sidecar.
      const inputsPath = join(tmp, 'inputs.json');
      const inputsFile = { path: inputsPath, bytes: inputs.writeJson(inputsPath, 1, filesOf(rejects.sorted())) };
      // The last moment to stop with `out` as it was: what follows is quick and not interrupted.
      signal?.throwIfAborted();
      // A row table written in the other format by an earlier run would now be stale.
      const stale = format === 'parquet' ? 'csv' : 'parquet';
      for (const t of ROW_TABLES) rmSync(join(dir, `${TABLE_FILES[t]}.${stale}`), { force: true });
      const files: string[] = [];
      for (const t of written) {
        const meta = writeTableSidecar(t, info, inputsFile);
        for (const f of [t.path, meta]) {
          const dest = join(dir, f.slice(tmp.length + 1));
          renameSync(f, dest);
          files.push(dest);
        }
      }
      // The data dictionary every sidecar names (schema.json), last.
      renameSync(writeSchemaFile(tmp), join(dir, SCHEMA_FILE));
      files.push(join(dir, SCHEMA_FILE));
      const { articles: _a, comments: _c, hits: _h, rejects: _r, ...aggregates } = tables;
      return {
        pages: run.pages, pageKinds: run.pageKinds, rejects: rejects.n, rejectReasons: Object.fromEntries(rejects.reasons()), bytes: run.bytes,
        comments: run.comments, hits: run.hits, files, lexiconVersion: lexiconVersion(lexicon),
        categories: { categories: lexicon.categories, dimensions: lexicon.dimensions }, aggregates,
        idCollisions: run.idCollisions, idWarnings: run.idWarnings, removedTempFolders, outputInCorpus: null,
      };
    },
    close() {
      rowSink.close();
      rejects.close();
      inputs.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
