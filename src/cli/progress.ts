/**
 * A progress line for long runs: pages, MB/s and ETA on a terminal; silent when stderr is not a
 * TTY or under CI (so logs stay clean).
 */

/** Options of `createProgress`. */
export interface ProgressOptions {
  /** Stream to draw on. Default process.stderr. */
  stream?: NodeJS.WriteStream;
  /** Force on (true) or off (false). Default: on when the stream is a TTY and CI is not set. */
  enabled?: boolean;
  /** Minimum milliseconds between redraws. Default 200. */
  intervalMs?: number;
}

/** A progress reporter: call `update` often, `done` once. */
export interface Progress {
  update(done: number, total: number, bytes: number, totalBytes?: number): void;
  done(): void;
}

/**
 * Creates a progress reporter.
 * @example
 * const p = createProgress();
 * p.update(10, 100, 5e6, 5e7); // stderr: "  10/100 pages  5.0 MB  12.3 MB/s  ETA 4s"
 * p.done();
 */
export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const enabled = options.enabled ?? (Boolean(stream.isTTY) && !process.env.CI);
  const interval = options.intervalMs ?? 200;
  const start = process.hrtime.bigint();
  let last = 0;
  let drawn = false;
  return {
    update(done, total, bytes, totalBytes) {
      if (!enabled) return;
      const now = Number(process.hrtime.bigint() - start) / 1e6;
      if (now - last < interval && done < total) return;
      last = now;
      const mbs = bytes / 1e6 / Math.max(now / 1000, 1e-3);
      const remaining = totalBytes ? (totalBytes - bytes) / 1e6 / Math.max(mbs, 1e-9) : ((total - done) * now) / 1000 / Math.max(done, 1);
      stream.write(`\r  ${done}/${total} pages  ${(bytes / 1e6).toFixed(1)} MB  ${mbs.toFixed(1)} MB/s  ETA ${Math.ceil(remaining)}s   `);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}
