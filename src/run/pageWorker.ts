/**
 * The work of a page worker thread, and its message loop. A worker loads the lexicon once (from
 * `workerData`) and answers requests: a batch of corpus jobs (pages to analyze, files to read and
 * analyze, rejects passed through) becomes their `JobResult`s. `runJobs` calls the same
 * `runJob` in the calling thread when it runs without workers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Page, Reject } from '../corpus/types';
import type { Lexicon } from '../lexicon/types';
import type { SplitChoice } from '../split/splitChoice';
import type { MetadataTable } from '../corpus/metadata';
import { readCorpusFile, withMetadata, type CorpusJob } from '../corpus/streamCorpus';
import { readJsonLinesRecord } from '../corpus/jsonl';
import { pageOutputOf, type PageOutput, type RowEmit } from '../export/pageOutput';
import type { PoolReply } from './workerPool';
import { TermIds } from '../text/termIds';
import { resampleRateUnits, type RateResamples, type SparseRateUnits } from '../stats/bootstrapRates';
import { rngMulberry32After } from '../stats/rngMulberry32';

/**
 * One unit of work of the parallel analysis, in corpus order: an item of `streamCorpusJobs` (a page
 * to analyze, a file to read and analyze, a JSON-lines record to parse and analyze, or a reject
 * passed through).
 */
export type WorkerJob = CorpusJob;

/** The result of a `WorkerJob`. */
export type JobResult =
  | { kind: 'page'; output: PageOutput }
  /**
   * A file read and analyzed: the outputs of its pages (none when the whole file is rejected),
   * its rejects, and its dedupe key (the consumer drops the outputs of a duplicate file).
   */
  | { kind: 'file'; file: string; outputs: PageOutput[]; rejects: Reject[]; dedupeKey: string | null; sha256: string | null }
  | { kind: 'reject'; reject: Reject };

/** What `runJob` needs besides the job: a worker's `PageWorkerData` made ready to use (`jobContextOf`). */
export interface JobContext {
  lexicon: Lexicon;
  /** Camp of each outlet id. */
  camps: ReadonlyMap<string, string>;
  /** KWIC characters on each side of a hit. Default 40. */
  kwicWindow?: number;
  /** Which line labeller splits pages. Default: the profile rules. */
  split?: SplitChoice;
  emit: RowEmit;
  /** Emit 'rows': keep each split page (`PageRows.split`). */
  keepArticle: boolean;
  /** Metadata table of the corpus (for files read by the worker), or null. */
  metadata: Pick<MetadataTable, 'byFile' | 'byId'> | null;
  /** Numbering of keyness terms of this thread's outputs (one per thread and run). */
  termIds: TermIds;
}

/**
 * A request to a page worker: a batch of jobs, or a run of bootstrap resamples of one group
 * (`count` resamples starting at resample `from` of the group's seeded generator).
 */
export type PageWorkerRequest =
  /**
   * `run` names the `runJobs` call the batch belongs to: a worker numbers keyness terms afresh for
   * each run, since the consumer of a run only knows the terms that run's outputs carried.
   */
  | { type: 'jobs'; run: number; jobs: WorkerJob[] }
  | { type: 'resample'; units: SparseRateUnits; seed: number; from: number; count: number };

/** A page worker's reply: `results` to `{type: 'jobs'}`, `run` to `{type: 'resample'}`. */
export interface PageWorkerReply extends PoolReply { results?: JobResult[]; run?: RateResamples }

/**
 * Runs resamples `from … from + count − 1` of a bootstrap whose generator is `rngMulberry32(seed)`
 * and which draws `units.n` numbers per resample: the same numbers a serial run draws there.
 * @example resampleRun({type: 'resample', units, seed: 7, from: 500, count: 500}).used // 500
 */
export function resampleRun(req: Extract<PageWorkerRequest, { type: 'resample' }>): RateResamples {
  return resampleRateUnits(req.units, rngMulberry32After(req.seed, req.from * req.units.n), req.count);
}

/**
 * Runs one job: analyzes a page, or reads a file and analyzes its pages. Throws with the file name
 * when analysis fails.
 * @example runJob({kind: 'file', file: '000.txt', path: '/abs/data/corpus/000.txt'}, ctx).kind // 'file'
 */
export function runJob(job: WorkerJob, ctx: JobContext): JobResult {
  const options = { camps: ctx.camps, kwicWindow: ctx.kwicWindow, emit: ctx.emit, termIds: ctx.termIds, keepArticle: ctx.keepArticle, split: ctx.split };
  const analyze = (page: Page): PageOutput => {
    try {
      return pageOutputOf(page, ctx.lexicon, options);
    } catch (e) {
      throw new Error(`${page.file}: ${(e as Error).stack ?? String(e)}`);
    }
  };
  switch (job.kind) {
    case 'page': return { kind: 'page', output: analyze(job.page) };
    case 'record': {
      const item = readJsonLinesRecord(job.line, job.lineNo, job.file);
      return item.kind === 'page' ? { kind: 'page', output: analyze(withMetadata(ctx.metadata, item.page)) } : item;
    }
    case 'reject': return job;
    case 'file': {
      const r = readCorpusFile(job.path, job.file, ctx.metadata, null, job.maxBytes);
      return { kind: 'file', file: job.file, outputs: r.pages.map(analyze), rejects: r.rejects, dedupeKey: r.dedupeKey, sha256: r.sha256 };
    }
  }
}

/** The CSV buffers of some results, to be moved (not copied) to the main thread. */
function transferables(results: JobResult[]): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const add = (o: PageOutput): void => {
    for (const b of [o.csv.articles, o.csv.comments, o.csv.hits]) {
      // Each page's CSV bytes own their buffer (see pageOutput's utf8).
      if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.byteLength > 0) out.push(b.buffer as ArrayBuffer);
    }
  };
  for (const r of results) {
    if (r.kind === 'page') add(r.output);
    else if (r.kind === 'file') r.outputs.forEach(add);
  }
  return out;
}

/** What a page worker is started with (plain data, cloned to each worker). */
export interface PageWorkerData {
  lexicon: Lexicon;
  camps: [string, string][];
  kwicWindow?: number;
  /** Which line labeller splits pages (plain data: a model is named by its file). */
  split?: SplitChoice;
  emit: RowEmit;
  /** Emit 'rows': keep each split page. Default false. */
  keepArticle?: boolean;
  metadata: Pick<MetadataTable, 'byFile' | 'byId'> | null;
}

/**
 * The context `runJob` works with, from a worker's start data (with a fresh term numbering).
 * @example runJob(job, jobContextOf(workerData))
 */
export function jobContextOf(data: PageWorkerData): JobContext {
  return {
    lexicon: data.lexicon, camps: new Map(data.camps), kwicWindow: data.kwicWindow, split: data.split, emit: data.emit,
    keepArticle: data.keepArticle ?? false, metadata: data.metadata, termIds: new TermIds(),
  };
}

if (parentPort) {
  const data = workerData as PageWorkerData;
  const ctx = jobContextOf(data);
  let run: number | null = null;
  const port = parentPort;
  port.on('message', (msg: PageWorkerRequest & { id: number }) => {
    if (msg.type === 'resample') {
      const run = resampleRun(msg);
      port.postMessage({ id: msg.id, run } satisfies PageWorkerReply, [run.estimates.buffer as ArrayBuffer]);
      return;
    }
    if (msg.run !== run) { run = msg.run; ctx.termIds = new TermIds(); }
    let results: JobResult[];
    try {
      results = msg.jobs.map((j) => runJob(j, ctx));
    } catch (e) {
      port.postMessage({ id: msg.id, error: (e as Error).message } satisfies PageWorkerReply);
      return;
    }
    port.postMessage({ id: msg.id, results } satisfies PageWorkerReply, transferables(results));
  });
}
