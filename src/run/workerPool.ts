/**
 * A fixed set of worker threads running `worker.cjs` (the page worker), each request answered by
 * one reply: `run(request)` sends the request to the least-loaded worker and resolves with its
 * reply. Replies are matched to requests by id, so callers may keep many requests in flight.
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';

/** What every reply carries: the request id, and an error message when the request failed. */
export interface PoolReply { id: number; error?: string }

/**
 * Worker threads answering requests.
 * @example
 * const pool = new WorkerPool(2, workerData);
 * const reply = await pool.run({ type: 'jobs', run: 0, jobs });
 * await pool.close();
 */
export class WorkerPool<Req extends object, Rep extends PoolReply> {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly waiting = new Map<number, { worker: number; resolve: (r: Rep) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failure: Error | null = null;

  /**
   * @param size number of worker threads (at least 1)
   * @param workerData what each worker starts with (cloned once per worker)
   * @param onReply called for each reply as it arrives, in each worker's reply order, before the
   *   request's promise resolves (e.g. to apply per-worker state carried by replies)
   */
  constructor(readonly size: number, workerData: unknown, private readonly onReply?: (worker: number, reply: Rep) => void) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(join(__dirname, 'worker.cjs'), { workerData });
      w.on('message', (reply: Rep) => this.settle(i, reply));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => { if (code !== 0) this.fail(new Error(`page worker exited with code ${code}`)); });
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /** Requests sent and not yet answered. */
  get inFlight(): number {
    return this.waiting.size;
  }

  /** Sends a request to the least-loaded worker; resolves with its reply, rejects with its error. */
  run(request: Req, transfer: ArrayBuffer[] = []): Promise<Rep> {
    if (this.failure) return Promise.reject(this.failure);
    let best = 0;
    for (let i = 1; i < this.size; i++) if (this.load[i] < this.load[best]) best = i;
    const id = this.nextId++;
    this.load[best]++;
    return new Promise<Rep>((resolve, reject) => {
      this.waiting.set(id, { worker: best, resolve, reject });
      this.workers[best].postMessage({ ...request, id }, transfer);
    });
  }

  private settle(worker: number, reply: Rep): void {
    const w = this.waiting.get(reply.id);
    if (!w) return;
    this.waiting.delete(reply.id);
    this.load[worker]--;
    if (reply.error !== undefined) { w.reject(new Error(`page worker: ${reply.error}`)); return; }
    try {
      this.onReply?.(worker, reply);
    } catch (e) {
      w.reject(e as Error);
      return;
    }
    w.resolve(reply);
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.values()) w.reject(this.failure);
    this.waiting.clear();
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
