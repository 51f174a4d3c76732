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

/** A progress reporter: call `update` often, `step` for each stage after the pages, `done` once. */
export interface Progress {
  update(done: number, total: number, bytes: number, totalBytes?: number): void;
  /** Shows what the run does once its pages are done (the bootstrap, a Parquet conversion), with the time so far. */
  step(message: string): void;
  done(): void;
}

/**
 * Creates a progress reporter.
 * @example
 * const p = createProgress();
 * p.update(10, 100, 5e6, 5e7); // stderr: "  10/100 pages  5.0 MB  12.3 MB/s  ETA 4s"
 * p.step('bootstrap intervals'); // stderr, on the same line: "  bootstrap intervals  (5s)"
 * p.done();
 */
export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const enabled = options.enabled ?? (Boolean(stream.isTTY) && !process.env.CI);
  const interval = options.intervalMs ?? 200;
  const start = process.hrtime.bigint();
  let last = 0;
  let drawn = false;
  /** Length of the line drawn last: a shorter one is padded to wipe it. */
  let width = 0;
  const elapsedMs = (): number => Number(process.hrtime.bigint() - start) / 1e6;
  const draw = (text: string): void => {
    stream.write(`\r${text.padEnd(width)}`);
    width = text.length;
    drawn = true;
  };
  return {
    update(done, total, bytes, totalBytes) {
      if (!enabled) return;
      const now = elapsedMs();
      if (now - last < interval && done < total) return;
      last = now;
      const mbs = bytes / 1e6 / Math.max(now / 1000, 1e-3);
      const remaining = totalBytes ? (totalBytes - bytes) / 1e6 / Math.max(mbs, 1e-9) : ((total - done) * now) / 1000 / Math.max(done, 1);
      draw(`  ${done}/${total} pages  ${(bytes / 1e6).toFixed(1)} MB  ${mbs.toFixed(1)} MB/s  ETA ${Math.ceil(remaining)}s   `);
    },
    step(message) {
      if (!enabled) return;
      draw(`  ${message}  (${Math.round(elapsedMs() / 1000)}s)`);
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}
