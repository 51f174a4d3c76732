/**
 * Running the per-page analysis over a stream of corpus jobs (pages, files to read, rejects) on
 * worker threads, with results delivered in input order (so everything downstream is
 * byte-identical whatever the number of workers).
 */
import { availableParallelism } from 'node:os';
import type { Page } from '../corpus/types';
import type { Lexicon } from '../lexicon/types';
import type { SplitChoice } from '../split/splitChoice';
import type { MetadataTable } from '../corpus/metadata';
import type { PageOutput, RowEmit } from '../export/pageOutput';
import { jobContextOf, runJob, type JobResult, type PageWorkerReply, type PageWorkerData, type PageWorkerRequest, type WorkerJob } from './pageWorker';
import { WorkerPool } from './workerPool';

/** Options of `runPages` and `runJobs`. */
export interface RunPagesOptions {
  /** Worker threads. 1 (or 0) runs in the calling thread, without workers; at most `maxWorkers()`. Default `os.availableParallelism()`. */
  workers?: number;
  /** Camp of each outlet id. Default: none known. */
  camps?: ReadonlyMap<string, string>;
  /** KWIC characters on each side of a hit. Default 40. */
  kwicWindow?: number;
  /** Which line labeller splits pages. Default: the profile rules. */
  split?: SplitChoice;
  /** Row form of the outputs. Default 'csv'. */
  emit?: RowEmit;
  /** Emit 'rows': keep each split page in the outputs (`PageRows.split`). Default false. */
  keepArticle?: boolean;
  /** A batch is sent once it holds this many source bytes… Default 256 KB. */
  batchBytes?: number;
  /** …or this many jobs. Default 64. */
  batchPages?: number;
  /** Batches queued per worker (keeps workers busy while the main thread reads). Default 2. */
  queuePerWorker?: number;
  /** Metadata table for the files that workers read (`{kind: 'file'}` jobs). Default none. */
  metadata?: Pick<MetadataTable, 'byFile' | 'byId'> | null;
  /**
   * Worker threads to use instead of starting new ones (see `startPagePool`); they are not closed.
   * A pool serves one run at a time.
   */
  pool?: PagePool;
  /**
   * Stops waiting for the workers when aborted (also while they start, which takes seconds):
   * `runJobs` then rejects with the signal's reason and closes the workers it started. Default: none.
   */
  signal?: AbortSignal;
}

/** Worker threads that answer page-worker requests (`PageWorkerRequest`). */
export type PagePool = WorkerPool<PageWorkerRequest, PageWorkerReply>;

/**
 * The default number of workers: the machine's available parallelism (`os.availableParallelism()`).
 * @example defaultWorkers() // 2 on the development machine
 */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * The most worker threads a run starts: 4 × the cores (`os.availableParallelism()`). More only
 * costs memory (~60–80 MB each) and start-up time, with no speed to gain; `--workers 1000` once
 * held 5 GB before the first page. Asking for more starts this many (the CLI says so).
 * @example maxWorkers() // 8 on the development machine (2 cores)
 */
export function maxWorkers(): number {
  return 4 * availableParallelism();
}

/**
 * The number of worker threads a run with `workers` asked for starts: at least 1, at most
 * `maxWorkers()`, default `defaultWorkers()`.
 * @example workerCount(1000) // 8 on 2 cores
 */
export function workerCount(workers?: number): number {
  return Math.min(maxWorkers(), Math.max(1, Math.floor(workers ?? defaultWorkers())));
}

/**
 * Waits for `promise`, or rejects with the signal's reason as soon as `signal` is aborted.
 * @example await untilAborted(pool.run(request), stop.signal)
 */
export function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
      (e) => { signal.removeEventListener('abort', onAbort); reject(e); },
    );
  });
}

/**
 * Starts `workers` page-worker threads (each loads the lexicon once), for `runJobs` and for other
 * requests the page worker answers. Close it with `pool.close()`.
 * @example const pool = startPagePool(2, lexicon, {camps}); … await pool.close();
 */
export function startPagePool(workers: number, lexicon: Lexicon, options: Omit<RunPagesOptions, 'workers' | 'pool'> = {}): PagePool {
  return new WorkerPool<PageWorkerRequest, PageWorkerReply>(workerCount(workers), pageWorkerData(lexicon, options));
}

/** What each page worker starts with (also the in-thread run's context, through `jobContextOf`). */
function pageWorkerData(lexicon: Lexicon, options: Omit<RunPagesOptions, 'workers' | 'pool'>): PageWorkerData {
  return {
    lexicon, camps: [...(options.camps ?? new Map())], kwicWindow: options.kwicWindow, split: options.split, emit: options.emit ?? 'csv',
    keepArticle: options.keepArticle ?? false, metadata: options.metadata ?? null,
  };
}

/** Number of `runJobs` calls so far (each names its batches, see `PageWorkerRequest`). */
let runs = 0;

/**
 * The results of a batch with the file names of its jobs: a worker's reply carries its own copy of
 * each name, and the consumer keeps one per page until the end (sidecar inputs, deduper), so it
 * keeps the listing's string instead of a second one. Results are in job order.
 */
function withJobFileNames(results: JobResult[], jobs: readonly WorkerJob[]): JobResult[] {
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    const j = jobs[i];
    if (r.kind !== 'file' || j?.kind !== 'file' || r.file !== j.file) continue;
    r.file = j.file;
    for (const o of r.outputs) if (o.file === j.file) o.file = j.file;
  }
  return results;
}

/** Source bytes of a job, for batching. */
function jobBytes(j: WorkerJob): number {
  return j.kind === 'page' ? j.page.bytes : j.kind === 'file' ? j.size : j.kind === 'record' ? j.line.length : 0;
}

/**
 * Runs corpus jobs and yields their results in input order, one batch at a time. With more than
 * one worker the jobs go in batches to worker threads; a bounded number of batches is in flight,
 * so memory does not grow with the corpus.
 * @example
 * for await (const results of runJobs(streamCorpusJobs('data/corpus'), lexicon, {workers: 2}))
 *   for (const r of results) console.log(r.kind); // 'file' × 5
 */
export async function* runJobs(jobs: AsyncIterable<WorkerJob> | Iterable<WorkerJob>, lexicon: Lexicon, options: RunPagesOptions = {}): AsyncGenerator<JobResult[]> {
  const n = options.pool ? options.pool.size : workerCount(options.workers);
  const maxBytes = options.batchBytes ?? 256 * 1024;
  const maxJobs = options.batchPages ?? 64;
  if (n === 1 && !options.pool) {
    const ctx = jobContextOf(pageWorkerData(lexicon, options));
    let batch: JobResult[] = [];
    let bytes = 0;
    for await (const job of jobs) {
      batch.push(runJob(job, ctx));
      bytes += jobBytes(job);
      if (batch.length >= maxJobs || bytes >= maxBytes) { yield batch; batch = []; bytes = 0; }
    }
    if (batch.length) yield batch;
    return;
  }
  const pool = options.pool ?? startPagePool(n, lexicon, options);
  const runId = runs++;
  const maxInFlight = n * (options.queuePerWorker ?? 2);
  // Replies in send order; each promise is also caught at once so a failure that arrives before
  // its turn is not reported as unhandled (it is rethrown when its turn comes).
  const pending: { reply: Promise<PageWorkerReply>; jobs: WorkerJob[] }[] = [];
  const send = (batch: WorkerJob[]): void => {
    const reply = pool.run({ type: 'jobs', run: runId, jobs: batch });
    reply.catch(() => undefined);
    pending.push({ reply, jobs: batch });
  };
  const next = async (): Promise<JobResult[]> => {
    const { reply, jobs: sent } = pending.shift()!;
    return withJobFileNames((await untilAborted(reply, options.signal)).results!, sent);
  };
  try {
    let batch: WorkerJob[] = [];
    let bytes = 0;
    for await (const job of jobs) {
      batch.push(job);
      bytes += jobBytes(job);
      if (batch.length >= maxJobs || bytes >= maxBytes) {
        send(batch);
        batch = [];
        bytes = 0;
        while (pending.length >= maxInFlight) yield await next();
      }
    }
    if (batch.length) send(batch);
    while (pending.length) yield await next();
  } finally {
    if (!options.pool) await pool.close();
  }
}

/**
 * Processes pages and yields their outputs in input order, one batch at a time (`runJobs` over
 * page jobs). With `workers > 1` the pages are sent in batches to worker threads.
 * @example
 * for await (const outs of runPages(pages, lexicon, {workers: 2}))
 *   for (const o of outs) console.log(o.id);
 * // 000_be8fd5d588858933 … 004_8bf833d50ff6660d (same order as the input)
 */
export async function* runPages(pages: AsyncIterable<Page> | Iterable<Page>, lexicon: Lexicon, options: RunPagesOptions = {}): AsyncGenerator<PageOutput[]> {
  async function* jobs(): AsyncGenerator<WorkerJob> {
    for await (const page of pages) yield { kind: 'page', page };
  }
  for await (const results of runJobs(jobs(), lexicon, options)) {
    yield results.map((r) => (r as Extract<JobResult, { kind: 'page' }>).output);
  }
}
