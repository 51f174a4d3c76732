/**
 * A row table that does not stay in memory: each page's CSV lines are appended to a spill file as
 * they arrive, with only (page id, offset, length) kept; `writeSorted` then copies the pages' byte
 * ranges into the final CSV ordered by page id — the order `TableBuilder.finish` gives, since every
 * row table sorts by page id first and the lines within a page are already in table order.
 */
import { openSync, writeSync, readSync, closeSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';

/** Code-unit order (as `TableBuilder`'s `String(a) < String(b)`). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Writes all of `buf` (writeSync may write less than asked). */
function writeAll(fd: number, buf: Uint8Array): void {
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

/** Options of `RowSpill`. */
export interface RowSpillOptions {
  /** Bytes buffered before a write to the spill file. Default 1 MB. */
  bufferBytes?: number;
}

/**
 * Spill file of one row table.
 * @example
 * const s = new RowSpill('/tmp/hits.spill');
 * s.append('b', 'b,1\n'); s.append('a', 'a,1\n');
 * s.writeSorted('/tmp/hits.csv', 'id,n\n'); // file: "id,n\na,1\nb,1\n"
 */
export class RowSpill {
  private readonly fd: number;
  private readonly ids: string[] = [];
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  private size = 0;
  private buffer: Uint8Array[] = [];
  private buffered = 0;
  private readonly limit: number;

  constructor(private readonly path: string, options: RowSpillOptions = {}) {
    this.fd = openSync(path, 'w+');
    this.limit = options.bufferBytes ?? 1 << 20;
  }

  /** Number of pages appended. */
  get pages(): number {
    return this.ids.length;
  }

  /** Appends one page's CSV lines (possibly empty), as text or UTF-8 bytes. */
  append(id: string, csv: string | Uint8Array): void {
    const bytes = typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv;
    const len = bytes.length;
    this.ids.push(id);
    this.offsets.push(this.size);
    this.lengths.push(len);
    this.size += len;
    if (len === 0) return;
    this.buffer.push(bytes);
    this.buffered += len;
    if (this.buffered >= this.limit) this.flush();
  }

  private flush(): void {
    if (!this.buffer.length) return;
    writeAll(this.fd, Buffer.concat(this.buffer, this.buffered));
    this.buffer = [];
    this.buffered = 0;
  }

  /**
   * Writes `prefix` + `header` then every page's lines, pages stably sorted by id, to `dest`;
   * returns the bytes written and their SHA-256. Runs of pages that are adjacent in the spill file
   * are copied in one read (the common case: files sorted by path have ids in the same order).
   * The spill file is removed.
   */
  writeSorted(dest: string, header: string, prefix = ''): { bytes: number; sha256: string } {
    this.flush();
    const order = this.ids.map((_, i) => i).sort((a, b) => compareIds(this.ids[a], this.ids[b]) || a - b);
    const out = openSync(dest, 'w');
    let written = 0;
    const hash = createHash('sha256');
    const emit = (buf: Uint8Array): void => {
      hash.update(buf);
      writeAll(out, buf);
      written += buf.length;
    };
    try {
      emit(Buffer.from(prefix + header, 'utf8'));
      let buf = Buffer.alloc(1 << 20);
      let k = 0;
      while (k < order.length) {
        const start = this.offsets[order[k]];
        let len = this.lengths[order[k]];
        k++;
        while (k < order.length && this.offsets[order[k]] === start + len && len + this.lengths[order[k]] <= 1 << 20) {
          len += this.lengths[order[k]];
          k++;
        }
        if (len === 0) continue;
        if (len > buf.length) buf = Buffer.alloc(len);
        let got = 0;
        while (got < len) {
          const n = readSync(this.fd, buf, got, len - got, start + got);
          if (n === 0) throw new Error(`spill file ${this.path} is shorter than expected`);
          got += n;
        }
        emit(buf.subarray(0, len));
      }
    } finally {
      closeSync(out);
      this.close();
    }
    return { bytes: written, sha256: hash.digest('hex') };
  }

  /** Closes and removes the spill file. */
  close(): void {
    try { closeSync(this.fd); } catch { /* already closed */ }
    rmSync(this.path, { force: true });
  }
}
