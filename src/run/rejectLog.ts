/**
 * The rejects of a streamed run, kept on disk until the rejects table is written. A reject is one
 * row per rejected input (a file, or a JSON-lines record), so the rejects grow with the corpus as
 * the row tables do. They are sorted in runs of at most `runRows` and written to the temporary
 * folder; `sorted` merges the runs. Only the counts by reason stay in memory. (Why not DuckDB's
 * sort: measured in docs/scaling.md, "Plumbing".)
 */
import { closeSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Reject } from '../corpus/types';
import { readLinesSync } from '../corpus/readLinesSync';
import { writeAll } from '../export/rowSpill';

/** Code-unit order, independent of locale. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order of the rejects table: by file, then reason, in code units (ties keep the order the
 * rejects arrived in, when the sort is stable).
 * @example compareRejects({file: 'a', reason: 'empty', detail: ''}, {file: 'a', reason: 'binary', detail: ''}) // 1
 */
export function compareRejects(a: Reject, b: Reject): number {
  return compareCodeUnits(a.file, b.file) || compareCodeUnits(a.reason, b.reason);
}

/** Bytes of run lines gathered before one write. */
const WRITE_BYTES = 1 << 20;

/**
 * Rejects in the order added, handed back sorted as the rejects table wants them.
 * @example
 * const log = new RejectLog('/tmp/run');
 * log.add({file: 'b.txt', reason: 'empty', detail: 'no text'});
 * log.add({file: 'a.txt', reason: 'binary', detail: 'NUL bytes'});
 * [...log.sorted()].map((r) => r.file) // ['a.txt', 'b.txt']
 * log.reasons() // Map {'empty' => 1, 'binary' => 1}
 * log.close();
 */
export class RejectLog {
  /** Rejects added. */
  n = 0;
  private readonly counts = new Map<string, number>();
  /** Rejects added since the last run was written, in the order added. */
  private run: Reject[] = [];
  /** Run files written, in the order of their rejects. */
  private readonly runs: string[] = [];

  /**
   * @param dir folder for the run files (`rejects-<k>.jsonl`), e.g. the run's temporary folder
   * @param runRows rejects sorted and written as one run (memory holds at most this many). Default 50,000.
   */
  constructor(private readonly dir: string, private readonly runRows = 50_000) {
    if (!(runRows >= 1)) throw new RangeError(`RejectLog: runRows must be at least 1, got ${runRows}`);
  }

  /** Adds a reject (its file, reason and detail are kept; nothing else). */
  add(r: Reject): void {
    this.run.push({ file: r.file, reason: r.reason, detail: r.detail });
    this.n++;
    this.counts.set(r.reason, (this.counts.get(r.reason) ?? 0) + 1);
    if (this.run.length >= this.runRows) this.writeRun();
  }

  /**
   * Rejects by reason, in the order each reason was first met.
   * @example log.reasons().get('duplicate') // 581327
   */
  reasons(): ReadonlyMap<string, number> {
    return this.counts;
  }

  /** Sorts the rejects gathered since the last run and writes them as the next run file. */
  private writeRun(): void {
    if (this.run.length === 0) return;
    // Array.prototype.sort is stable: equal rejects keep the order they arrived in.
    this.run.sort(compareRejects);
    const path = join(this.dir, `rejects-${this.runs.length}.jsonl`);
    const fd = openSync(path, 'w');
    try {
      let lines: string[] = [];
      let size = 0;
      for (const r of this.run) {
        const line = `${JSON.stringify([r.file, r.reason, r.detail ?? null])}\n`;
        lines.push(line);
        size += line.length;
        if (size >= WRITE_BYTES) { writeAll(fd, Buffer.from(lines.join(''))); lines = []; size = 0; }
      }
      if (lines.length) writeAll(fd, Buffer.from(lines.join('')));
    } finally {
      closeSync(fd);
    }
    this.runs.push(path);
    this.run = [];
  }

  /**
   * Every reject added, sorted by `compareRejects`, stably (as one stable sort of all of them in
   * the order added). Reads the runs back 64 KB at a time: memory holds one reject per run.
   */
  *sorted(): Generator<Reject> {
    if (this.runs.length === 0) {
      for (const r of [...this.run].sort(compareRejects)) yield r;
      return;
    }
    this.writeRun();
    const readers = this.runs.map((p) => readLinesSync(p, 1 << 16));
    const next = (k: number): Reject | null => {
      const it = readers[k].next();
      if (it.done) return null;
      const [file, reason, detail] = JSON.parse(it.value) as [string, string, string];
      return { file, reason, detail };
    };
    try {
      const heads = readers.map((_, k) => next(k));
      while (true) {
        // The smallest head; on a tie the earlier run, whose rejects arrived first.
        let best = -1;
        for (let k = 0; k < heads.length; k++) {
          const h = heads[k];
          if (h !== null && (best < 0 || compareRejects(h, heads[best]!) < 0)) best = k;
        }
        if (best < 0) return;
        yield heads[best]!;
        heads[best] = next(best);
      }
    } finally {
      // A consumer that stops early leaves readers open: close their files.
      for (const r of readers) r.return(undefined);
    }
  }

  /** Removes the run files. */
  close(): void {
    for (const p of this.runs) rmSync(p, { force: true });
  }
}
