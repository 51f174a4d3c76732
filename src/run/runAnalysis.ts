/**
 * The analysis engine, the one path from corpus jobs to tables: pages are analyzed in worker
 * threads (or in the calling thread), files read on the workers are deduplicated in corpus order,
 * each page's output goes to a sink and its small partial counts to the `TableBuilder`; then the
 * bootstrap runs (on the same workers) and the sink gets the aggregate tables. Results are the
 * same for any number of workers. `analyzeStream` runs it with the disk sink, `analyzeCorpus`
 * with the memory sink.
 */
import { splitProvenance } from '../split/splitChoice';
import { type CorpusJob } from '../corpus/streamCorpus';
import { CorpusDeduper } from '../corpus/corpusDeduper';
import { campsOfOutlets } from '../corpus/outlets';
import type { Lexicon } from '../lexicon/types';
import { resolveLexicon } from '../lexicon/resolveLexicon';
import { TableBuilder, type BuildTablesOptions } from '../tables/buildTables';
import { pagePartialOf, type PageOutput } from '../export/pageOutput';
import { runJobs, startPagePool, workerCount, type PagePool, type RunPagesOptions } from './runPages';
import { ratesOnPool } from './ratesOnPool';
import { PageIdLedger } from './pageIds';
import { TermTranslator } from './termTranslator';
import type { AnalysisSink } from './analysisSink';

/** Options of `runAnalysis` (and of `analyzeStream` and `analyzeCorpus`, which add their own). */
export interface AnalyzeEngineOptions extends BuildTablesOptions, Omit<RunPagesOptions, 'emit' | 'keepArticle'> {
  /** A loaded lexicon, or lexicon files to load after the shipped codebook. Default: the shipped codebook. */
  lexicon?: Lexicon | string[];
  /** Called after each batch with pages done and source bytes done. */
  onProgress?: (pages: number, bytes: number) => void;
  /**
   * Called with what the run does once the pages are done, e.g. `bootstrap intervals (1000
   * resamples per outlet × segment)`, `converting hits to Parquet, part 3 of 40`. Default: none.
   */
  onStep?: (message: string) => void;
  /** Called with each warning about a page id an earlier page had (src/run/pageIds.ts), in corpus order. Default: none (the sink's result counts them). */
  onWarning?: (message: string) => void;
  /** Reject files that the workers read (`DeferredFile` items) whose content equals an earlier file's. Default true. */
  dedupe?: boolean;
  /**
   * Stops the run when aborted: checked after each batch of pages, between bootstrap groups and by
   * the sink while it finishes. The run then rejects with the signal's reason (an `AbortError` by
   * default). Default: none.
   */
  signal?: AbortSignal;
}

/**
 * Runs the analysis of corpus jobs into a sink and returns the sink's result.
 * @example
 * const summary = await runAnalysis(streamCorpusJobs('data/corpus'), diskSink('outputs', {}), {workers: 2});
 * summary.pages // 5
 */
export async function runAnalysis<R>(items: AsyncIterable<CorpusJob> | Iterable<CorpusJob>, sink: AnalysisSink<R>, options: AnalyzeEngineOptions = {}): Promise<R> {
  const lexicon = resolveLexicon(options.lexicon);
  const camps = campsOfOutlets();
  const signal = options.signal;
  // The builder keeps only per-article partials and counts; released (set to null) once the
  // aggregate tables are computed, before the sink finishes its row tables.
  let builder: TableBuilder | null = new TableBuilder(lexicon, options);
  const translator = new TermTranslator((term) => builder!.termIndex(term));
  let pages = 0;
  let bytes = 0;
  let comments = 0;
  let hits = 0;
  const runOptions = { ...options, camps, emit: sink.emit, keepArticle: sink.keepArticle ?? false };
  const workers = workerCount(options.workers);
  // One set of worker threads for the pages and then the bootstrap (unless the caller gave one).
  let ownPool: PagePool | null = !options.pool && workers > 1 ? startPagePool(workers, lexicon, runOptions) : null;
  const pool: PagePool | null = options.pool ?? ownPool;
  try {
    const deduper = options.dedupe === false ? null : new CorpusDeduper();
    const ids = new PageIdLedger();
    const take = async (o: PageOutput): Promise<void> => {
      const clash = ids.check(o.id, o.file);
      if (clash) options.onWarning?.(clash);
      await sink.page(o);
      builder!.addPartial(pagePartialOf(o, translator.read(o.terms.dictionary, o.terms.newTerms)));
      pages++;
      bytes += o.bytes;
      comments += o.commentCount;
      hits += o.hitCount;
    };
    for await (const results of runJobs(items, lexicon, { ...runOptions, pool: pool ?? undefined })) {
      if (signal) {
        // Without worker threads nothing else would let a signal handler run before the end.
        await new Promise(setImmediate);
        signal.throwIfAborted();
      }
      for (const r of results) {
        if (r.kind === 'reject') sink.reject(r.reject);
        else if (r.kind === 'page') await take(r.output);
        else if (r.outputs.length === 0) for (const x of r.rejects) sink.reject(x);
        else {
          // Files read by the workers are deduplicated here, in corpus order, as streamCorpus does.
          const dup = deduper?.duplicateOf(r.file, r.dedupeKey!, r.sha256!);
          if (dup) {
            sink.reject(dup);
            // The dropped pages' first-met terms still number the worker's later outputs.
            for (const o of r.outputs) translator.read(o.terms.dictionary, o.terms.newTerms);
            continue;
          }
          for (const x of r.rejects) sink.reject(x);
          // `runJobs` gave the outputs the listing's file name string (one copy kept per file).
          for (const o of r.outputs) await take(o);
        }
      }
      options.onProgress?.(pages, bytes);
    }
    // The bootstrap is the workers' last job: close them before the sink finishes (the Parquet
    // conversion needs the memory their heaps hold). Shared units: the workers read the one copy
    // instead of a clone each; groups are built one by one and their units released.
    const step = options.onStep ?? (() => undefined);
    step(`bootstrap intervals (${options.resamples ?? 1000} resamples per outlet × segment)`);
    const rates = pool ? await ratesOnPool(pool, builder!.takeRateGroups(true), 2, signal) : undefined;
    if (ownPool) { await ownPool.close(); ownPool = null; }
    // The row tables (and rejects) are the sink's; the builder gives the aggregates.
    const tables = builder!.finish(rates);
    const pageKinds = builder!.pageKinds();
    builder = null;
    signal?.throwIfAborted();
    return await sink.finish({ tables, lexicon, pages, pageKinds, bytes, comments, hits, idCollisions: ids.collisions, idWarnings: ids.warnings, split: splitProvenance(options.split), step, signal });
  } finally {
    sink.close();
    if (ownPool) await ownPool.close();
  }
}
