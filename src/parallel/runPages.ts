/**
 * Running `processPage` over a stream of pages on worker threads, with results delivered in input
 * order (so everything downstream is byte-identical whatever the number of workers).
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Page } from '../corpus/types';
import type { Lexicon } from '../lexicon/types';
import { pageOutputOf, type PageOutput, type RowEmit } from './pageOutput';
import type { PageBatchMessage, PageBatchReply, PageWorkerData } from './pageWorker';

/** Options of `runPages`. */
export interface RunPagesOptions {
  /** Worker threads. 1 (or 0) runs in the calling thread, without workers. Default `os.availableParallelism()`. */
  workers?: number;
  /** Camp of each outlet id. Default: none known. */
  camps?: ReadonlyMap<string, string>;
  /** KWIC characters on each side of a hit. Default 40. */
  kwicWindow?: number;
  /** Row form of the outputs. Default 'csv'. */
  emit?: RowEmit;
  /** A batch is sent once it holds this many source bytes… Default 256 KB. */
  batchBytes?: number;
  /** …or this many pages. Default 64. */
  batchPages?: number;
  /** Batches queued per worker (keeps workers busy while the main thread reads). Default 2. */
  queuePerWorker?: number;
}

/**
 * The default number of workers: the machine's available parallelism (`os.availableParallelism()`).
 * @example defaultWorkers() // 2 on the development machine
 */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Processes pages and yields their outputs in input order, one batch at a time. With `workers > 1`
 * the pages are sent in batches to worker threads (each loads the lexicon once); a bounded number
 * of batches is in flight, so memory does not grow with the corpus.
 * @example
 * for await (const outs of runPages(pagesOf(streamCorpus('data/corpus')), lexicon, {workers: 2}))
 *   for (const o of outs) console.log(o.id);
 * // 000_be8fd5d588858933 … 004_8bf833d50ff6660d (same order as the input)
 */
export async function* runPages(pages: AsyncIterable<Page> | Iterable<Page>, lexicon: Lexicon, options: RunPagesOptions = {}): AsyncGenerator<PageOutput[]> {
  const n = Math.max(1, Math.floor(options.workers ?? defaultWorkers()));
  const emit = options.emit ?? 'csv';
  const maxBytes = options.batchBytes ?? 256 * 1024;
  const maxPages = options.batchPages ?? 64;
  if (n === 1) {
    let batch: PageOutput[] = [];
    let bytes = 0;
    for await (const page of pages) {
      batch.push(pageOutputOf(page, lexicon, { camps: options.camps, kwicWindow: options.kwicWindow, emit }));
      bytes += page.bytes;
      if (batch.length >= maxPages || bytes >= maxBytes) { yield batch; batch = []; bytes = 0; }
    }
    if (batch.length) yield batch;
    return;
  }
  const data: PageWorkerData = { lexicon, camps: [...(options.camps ?? new Map())], kwicWindow: options.kwicWindow, emit };
  const workers: Worker[] = [];
  const load: number[] = [];
  const done = new Map<number, PageOutput[]>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = (): void => { const w = wake; wake = null; w?.(); };
  for (let i = 0; i < n; i++) {
    const w = new Worker(join(__dirname, 'worker.cjs'), { workerData: data });
    w.on('message', (reply: PageBatchReply) => {
      load[i]--;
      if ('error' in reply) failure ??= new Error(`page worker: ${reply.error}`);
      else done.set(reply.seq, reply.outputs);
      signal();
    });
    w.on('error', (e) => { failure ??= e; signal(); });
    w.on('exit', (code) => { if (code !== 0) failure ??= new Error(`page worker exited with code ${code}`); signal(); });
    workers.push(w);
    load.push(0);
  }
  const maxInFlight = n * (options.queuePerWorker ?? 2);
  let sent = 0;
  let next = 0;
  const waitForReply = (): Promise<void> => new Promise<void>((res) => { wake = res; });
  const send = (batch: Page[]): void => {
    let best = 0;
    for (let i = 1; i < n; i++) if (load[i] < load[best]) best = i;
    load[best]++;
    const msg: PageBatchMessage = { seq: sent++, pages: batch };
    workers[best].postMessage(msg);
  };
  try {
    let batch: Page[] = [];
    let bytes = 0;
    const it = (Symbol.asyncIterator in pages ? (pages as AsyncIterable<Page>)[Symbol.asyncIterator]() : (pages as Iterable<Page>)[Symbol.iterator]()) as AsyncIterator<Page> | Iterator<Page>;
    let exhausted = false;
    while (!exhausted || next < sent) {
      if (failure) throw failure;
      // Hand completed batches downstream in order.
      while (done.has(next)) {
        const outs = done.get(next)!;
        done.delete(next);
        next++;
        yield outs;
      }
      if (!exhausted && sent - next < maxInFlight) {
        const r = await it.next();
        if (r.done) {
          exhausted = true;
          if (batch.length) { send(batch); batch = []; }
        } else {
          batch.push(r.value);
          bytes += r.value.bytes;
          if (batch.length >= maxPages || bytes >= maxBytes) { send(batch); batch = []; bytes = 0; }
        }
        continue;
      }
      if (next < sent && !done.has(next)) await waitForReply();
    }
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
