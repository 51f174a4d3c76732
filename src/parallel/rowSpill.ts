/**
 * A row table that does not stay in memory: each page's CSV lines are appended to a spill file as
 * they arrive, and (page id, offset, length) to an index file beside it; `writeSorted` then gives the final CSV
 * ordered by page id — the order `TableBuilder.finish` gives, since every row table sorts by page
 * id first and the lines within a page are already in table order.
 *
 * The spill file starts with the table's head (byte-order mark and header line), so when the pages
 * arrived already in id order (the common case: files sorted by path, ids named after the files)
 * the spill file *is* the final table: `writeSorted` renames it, with the SHA-256 computed while
 * appending, and nothing is copied. Otherwise the pages' byte ranges are copied in id order.
 */
import { openSync, writeSync, writevSync, readSync, readFileSync, closeSync, rmSync, renameSync } from 'node:fs';
import { createHash, type Hash } from 'node:crypto';

/** Code-unit order (as `TableBuilder`'s `String(a) < String(b)`). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Writes all of `buf` at the current position of `fd` (a write may take only part of it).
 * @example writeAll(fd, Buffer.from('a,b\n'))
 */
export function writeAll(fd: number, buf: Uint8Array): void {
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

/** The buffers left after the first `n` bytes of `bufs` were written (a short gathered write). */
function remainderAfter(bufs: Uint8Array[], n: number): Uint8Array[] {
  let k = 0;
  while (n >= bufs[k].length) { n -= bufs[k].length; k++; }
  return [bufs[k].subarray(n), ...bufs.slice(k + 1)];
}

/** Options of `RowSpill`. */
export interface RowSpillOptions {
  /** Bytes buffered before a write to the spill file. Default 1 MB. */
  bufferBytes?: number;
  /** What the final table starts with: byte-order mark (if any) and header line. Default ''. */
  head?: string;
  /** Compute the SHA-256 that `writeSorted` returns. Default true (false: it returns ''). */
  hash?: boolean;
}

/**
 * Spill file of one row table.
 * @example
 * const s = new RowSpill('/tmp/hits.spill', {head: 'id,n\n'});
 * s.append('b', 'b,1\n'); s.append('a', 'a,1\n');
 * s.writeSorted('/tmp/hits.csv'); // file: "id,n\na,1\nb,1\n"
 */
export class RowSpill {
  private readonly fd: number;
  /** The page index, on disk: `PageIndex` records, read back only when pages must be sorted. */
  private readonly index: PageIndexWriter;
  /** Pages appended, and the id of the last one. */
  private count = 0;
  private lastId = '';
  /** Bytes in the spill file (head included). */
  private size = 0;
  private readonly headBytes: number;
  private buffer: Uint8Array[] = [];
  private buffered = 0;
  private readonly limit: number;
  /** Whether every page so far arrived in id order (ties in arrival order are in order). */
  private ordered = true;
  /** SHA-256 of the spill file's bytes, kept while `inOrder`. */
  private readonly hash: Hash | null;
  private closed = false;

  constructor(private readonly path: string, options: RowSpillOptions = {}) {
    this.fd = openSync(path, 'w+');
    this.index = new PageIndexWriter(`${path}.index`);
    this.limit = options.bufferBytes ?? 1 << 20;
    this.hash = options.hash === false ? null : createHash('sha256');
    const head = Buffer.from(options.head ?? '', 'utf8');
    this.headBytes = head.length;
    this.push(head);
  }

  /** Whether every page so far arrived in id order (then `writeSorted` is a rename). */
  get inOrder(): boolean {
    return this.ordered;
  }

  /** Number of pages appended. */
  get pages(): number {
    return this.count;
  }

  /** Appends one page's CSV lines (possibly empty), as text or UTF-8 bytes. */
  append(id: string, csv: string | Uint8Array): void {
    const bytes = typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv;
    if (this.ordered && this.count > 0 && compareIds(this.lastId, id) > 0) this.ordered = false;
    this.index.add(id, this.size, bytes.length);
    this.count++;
    this.lastId = id;
    this.push(bytes);
  }

  private push(bytes: Uint8Array): void {
    const len = bytes.length;
    if (len === 0) return;
    this.size += len;
    if (this.ordered) this.hash?.update(bytes);
    this.buffer.push(bytes);
    this.buffered += len;
    if (this.buffered >= this.limit) this.flush();
  }

  private flush(): void {
    if (!this.buffer.length) return;
    // One gathered write of the buffered pages (no copy into one buffer first).
    let bufs = this.buffer;
    let left = this.buffered;
    while (left > 0) {
      const n = writevSync(this.fd, bufs);
      left -= n;
      if (left > 0) bufs = remainderAfter(bufs, n);
    }
    this.buffer = [];
    this.buffered = 0;
  }

  /**
   * Moves the table to `dest`: the head, then every page's lines, pages stably sorted by id;
   * returns the bytes written and their SHA-256. Pages already in order: a rename. Otherwise runs
   * of pages that are adjacent in the spill file are copied in one read. The spill file is removed.
   * With `cutEvery`, also returns `cuts`: byte offsets in `dest` where a page starts, the first
   * page start at least `cutEvery` bytes after the previous cut (or the start of the file), so the
   * file can be read in parts of whole pages.
   */
  writeSorted(dest: string, cutEvery = Infinity): { bytes: number; sha256: string; cuts: number[] } {
    this.flush();
    if (this.ordered) {
      const cuts = cutEvery < this.size ? cutsOf(this.index.lengths(this.count), null, this.headBytes, cutEvery) : [];
      this.close(false);
      renameSync(this.path, dest);
      return { bytes: this.size, sha256: this.hash ? this.hash.digest('hex') : '', cuts };
    }
    const { ids, offsets, lengths } = this.index.readAll();
    const order = ids.map((_, i) => i).sort((a, b) => compareIds(ids[a], ids[b]) || a - b);
    const cuts = cutEvery < this.size ? cutsOf(lengths, order, this.headBytes, cutEvery) : [];
    const out = openSync(dest, 'w');
    let written = 0;
    const hash = this.hash ? createHash('sha256') : null;
    let buf = Buffer.alloc(1 << 20);
    const copy = (start: number, len: number): void => {
      if (len === 0) return;
      if (len > buf.length) buf = Buffer.alloc(len);
      let got = 0;
      while (got < len) {
        const n = readSync(this.fd, buf, got, len - got, start + got);
        if (n === 0) throw new Error(`spill file ${this.path} is shorter than expected`);
        got += n;
      }
      const chunk = buf.subarray(0, len);
      hash?.update(chunk);
      writeAll(out, chunk);
      written += len;
    };
    try {
      copy(0, this.headBytes);
      let k = 0;
      while (k < order.length) {
        const start = offsets[order[k]];
        let len = lengths[order[k]];
        k++;
        while (k < order.length && offsets[order[k]] === start + len && len + lengths[order[k]] <= 1 << 20) {
          len += lengths[order[k]];
          k++;
        }
        copy(start, len);
      }
    } finally {
      closeSync(out);
      this.close();
    }
    return { bytes: written, sha256: hash ? hash.digest('hex') : '', cuts };
  }

  /** Closes the spill file and (by default) removes it. */
  close(remove = true): void {
    if (!this.closed) {
      this.closed = true;
      try { closeSync(this.fd); } catch { /* already closed */ }
      this.index.close();
    }
    if (remove) rmSync(this.path, { force: true });
  }
}

/**
 * Where the parts of a sorted table start (see `writeSorted`): pages of `lengths` taken in `order`
 * (null: as listed) after `head` bytes.
 */
function cutsOf(lengths: ArrayLike<number>, order: readonly number[] | null, head: number, every: number): number[] {
  const cuts: number[] = [];
  let pos = head;
  let last = 0;
  for (let k = 0; k < lengths.length; k++) {
    if (pos - last >= every) { cuts.push(pos); last = pos; }
    pos += lengths[order ? order[k] : k];
  }
  return cuts;
}

/**
 * The page index of a spill file, appended to a file of its own: per page, its byte offset
 * (float64), byte length (uint32), the id's length in bytes (uint32), then the id as UTF-16LE
 * (lossless for any string, lone surrogates included, so the sort sees the ids as given). Why on disk: one
 * entry per page was a large share of what the main thread held on corpora of hundreds of thousands
 * of pages, and it is read only when pages arrived out of id order.
 */
class PageIndexWriter {
  private readonly fd: number;
  private buf = Buffer.alloc(64 << 10);
  private used = 0;

  constructor(private readonly path: string) {
    this.fd = openSync(path, 'w+');
  }

  add(id: string, offset: number, length: number): void {
    const need = 16 + 2 * id.length;
    if (this.used + need > this.buf.length) {
      this.flush();
      if (need > this.buf.length) this.buf = Buffer.alloc(need);
    }
    const idBytes = this.buf.write(id, this.used + 16, 'utf16le');
    this.buf.writeDoubleLE(offset, this.used);
    this.buf.writeUInt32LE(length, this.used + 8);
    this.buf.writeUInt32LE(idBytes, this.used + 12);
    this.used += 16 + idBytes;
  }

  private flush(): void {
    writeAll(this.fd, this.buf.subarray(0, this.used));
    this.used = 0;
  }

  /**
   * Visits every entry in the order added with the index file's bytes and the entry's position in
   * them (offset at `at`, length at `at + 8`, id bytes at `at + 12`, id from `at + 16`); returns the
   * number of entries.
   */
  private scan(visit: (all: Buffer, at: number, k: number) => void): number {
    this.flush();
    const all = readFileSync(this.path);
    let k = 0;
    for (let at = 0; at < all.length; k++) {
      visit(all, at, k);
      at += 16 + all.readUInt32LE(at + 12);
    }
    return k;
  }

  /**
   * The byte length of each of the `count` entries, in the order added, without decoding the ids
   * (4 bytes per page, where `readAll` makes a string and two numbers of each).
   */
  lengths(count: number): Uint32Array {
    const out = new Uint32Array(count);
    const k = this.scan((all, at, j) => {
      if (j >= count) throw new Error(`page index ${this.path} holds more than ${count} entries`);
      out[j] = all.readUInt32LE(at + 8);
    });
    if (k !== count) throw new Error(`page index ${this.path} holds ${k} entries, ${count} were added`);
    return out;
  }

  /** Every entry, in the order added. */
  readAll(): { ids: string[]; offsets: number[]; lengths: number[] } {
    const ids: string[] = [];
    const offsets: number[] = [];
    const lengths: number[] = [];
    this.scan((all, at) => {
      offsets.push(all.readDoubleLE(at));
      lengths.push(all.readUInt32LE(at + 8));
      ids.push(all.toString('utf16le', at + 16, at + 16 + all.readUInt32LE(at + 12)));
    });
    return { ids, offsets, lengths };
  }

  close(): void {
    try { closeSync(this.fd); } catch { /* already closed */ }
    rmSync(this.path, { force: true });
  }
}

/**
 * Copies `length` bytes of `src` from byte `start` to a new file `dest`, 1 MB at a time (e.g. a
 * part of a table `writeSorted` cut into parts).
 * @example copyFileRange('/tmp/hits.csv', '/tmp/hits.part1.csv', cuts[0], cuts[1] - cuts[0])
 */
export function copyFileRange(src: string, dest: string, start: number, length: number): void {
  const to = openSync(dest, 'w');
  try {
    appendFileRange(src, to, start, length);
  } finally {
    closeSync(to);
  }
}

/**
 * Writes `length` bytes of `src` from byte `start` at the current end of the open file `to`,
 * 1 MB at a time.
 * @example appendFileRange('/tmp/inputs.json', fd, 0, statSync('/tmp/inputs.json').size)
 */
export function appendFileRange(src: string, to: number, start: number, length: number): void {
  const from = openSync(src, 'r');
  try {
    const buf = Buffer.alloc(Math.min(length, 1 << 20));
    for (let done = 0; done < length;) {
      const n = readSync(from, buf, 0, Math.min(buf.length, length - done), start + done);
      if (n === 0) throw new Error(`${src} is shorter than expected`);
      writeAll(to, buf.subarray(0, n));
      done += n;
    }
  } finally {
    closeSync(from);
  }
}
