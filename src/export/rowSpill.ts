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
 * A table to be read in parts (`writeParts`, for the Parquet conversion) is spilled to files of
 * those parts while its pages arrive in order, so the parts too are only renamed.
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
  /** Compute the SHA-256 that `writeSorted` and `writeParts` return. Default true (false: they return ''). */
  hash?: boolean;
  /**
   * Size of the parts `writeParts` gives: a part ends after the first page that takes it to this
   * many bytes (head included), so every part holds whole pages. While pages arrive in id order
   * the spill itself is kept in files of these parts, which `writeParts` then only renames.
   * Default Infinity (one part).
   */
  partBytes?: number;
}

/** One file of a spill: its path and where its bytes start in the table. */
interface SpillFile {
  path: string;
  start: number;
}

/**
 * Whether a page of `length` bytes starts a new part: it has bytes, something was written
 * before it, and the current part already holds `partBytes`. `RowSpill.append` and `TableSink`
 * cut by this one rule, so a table gets the same parts whether its pages arrived in order or not.
 */
function startsPart(length: number, partSize: number, written: number, partBytes: number): boolean {
  return length > 0 && written > 0 && partSize >= partBytes;
}

/** Where the sorted table's bytes go: one file, or parts cut by `startsPart`. */
class TableSink {
  readonly parts: string[] = [];
  private fd = -1;
  /** Bytes in the current part, and in all parts. */
  partSize = 0;
  bytes = 0;
  private readonly hash: Hash | null;
  private sha256 = '';

  constructor(private readonly destOf: (k: number) => string, readonly partBytes: number, hash: boolean) {
    this.hash = hash ? createHash('sha256') : null;
    this.open();
  }

  private open(): void {
    if (this.fd >= 0) closeSync(this.fd);
    const path = this.destOf(this.parts.length);
    this.fd = openSync(path, 'w');
    this.parts.push(path);
    this.partSize = 0;
  }

  /** Call before a page of `length` bytes: starts the next part when this one is full. */
  beforePage(length: number): void {
    if (startsPart(length, this.partSize, this.bytes, this.partBytes)) this.open();
  }

  write(chunk: Uint8Array): void {
    this.hash?.update(chunk);
    writeAll(this.fd, chunk);
    this.partSize += chunk.length;
    this.bytes += chunk.length;
  }

  /** Closes the current part; returns the SHA-256 of all parts ('' without `hash`). Idempotent. */
  close(): string {
    if (this.fd >= 0) {
      closeSync(this.fd);
      this.fd = -1;
      this.sha256 = this.hash ? this.hash.digest('hex') : '';
    }
    return this.sha256;
  }
}

/**
 * Spill file of one row table.
 * @example
 * const s = new RowSpill('/tmp/hits.spill', {head: 'id,n\n'});
 * s.append('b', 'b,1\n'); s.append('a', 'a,1\n');
 * s.writeSorted('/tmp/hits.csv'); // file: "id,n\na,1\nb,1\n"
 */
export class RowSpill {
  private fd: number;
  /** The spill's files in table order (more than one only with `partBytes`, while pages arrive in order). */
  private readonly files: SpillFile[];
  /** The page index, on disk: `PageIndex` records, read back only when pages must be sorted. */
  private readonly index: PageIndexWriter;
  /** Pages appended, and the id of the last one. */
  private count = 0;
  private lastId = '';
  /** Bytes in the spill (head included). */
  private size = 0;
  private readonly headBytes: number;
  private buffer: Uint8Array[] = [];
  private buffered = 0;
  private readonly limit: number;
  private readonly partBytes: number;
  /** Whether every page so far arrived in id order (ties in arrival order are in order). */
  private ordered = true;
  /** SHA-256 of the spill's bytes, kept while `inOrder`. */
  private readonly hash: Hash | null;
  private closed = false;

  constructor(private readonly path: string, options: RowSpillOptions = {}) {
    this.partBytes = options.partBytes ?? Infinity;
    if (!(this.partBytes > 0)) throw new RangeError(`RowSpill: partBytes must be positive, got ${options.partBytes}`);
    this.fd = openSync(path, 'w+');
    this.files = [{ path, start: 0 }];
    this.index = new PageIndexWriter(`${path}.index`);
    this.limit = options.bufferBytes ?? 1 << 20;
    this.hash = options.hash === false ? null : createHash('sha256');
    const head = Buffer.from(options.head ?? '', 'utf8');
    this.headBytes = head.length;
    this.push(head);
  }

  /** Whether every page so far arrived in id order (then `writeParts` only renames, and `writeSorted` too when the spill is one file). */
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
    // In order so far: keep the spill in the parts `writeParts` will give. Out of order, the parts
    // are cut while sorting: one file from then on.
    const file = this.files[this.files.length - 1];
    if (this.ordered && startsPart(bytes.length, this.size - file.start, this.size, this.partBytes)) this.startFile();
    this.index.add(id, this.size, bytes.length);
    this.count++;
    this.lastId = id;
    this.push(bytes);
  }

  private startFile(): void {
    this.flush();
    closeSync(this.fd);
    const path = `${this.path}.${this.files.length}`;
    this.fd = openSync(path, 'w+');
    this.files.push({ path, start: this.size });
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
   * returns the bytes written and their SHA-256. Pages already in order (in one file): a rename.
   * The spill files are removed.
   */
  writeSorted(dest: string): { bytes: number; sha256: string } {
    this.flush();
    if (this.ordered && this.files.length === 1) {
      this.close(false);
      renameSync(this.path, dest);
      return { bytes: this.size, sha256: this.hash ? this.hash.digest('hex') : '' };
    }
    const { bytes, sha256 } = this.copySorted(new TableSink(() => dest, Infinity, this.hash !== null));
    return { bytes, sha256 };
  }

  /**
   * Moves the table to parts `destOf(0)`, `destOf(1)`, …: the bytes `writeSorted` would write, cut
   * before a page once a part holds `partBytes` (one part without it). Returns the parts' paths,
   * their bytes and SHA-256. Pages already in order: the spill's files are renamed, nothing is
   * copied. The spill files are removed.
   * @example spill.writeParts((k) => `/tmp/hits.part${k}.csv`).parts // ['/tmp/hits.part0.csv', …]
   */
  writeParts(destOf: (k: number) => string): { bytes: number; sha256: string; parts: string[] } {
    this.flush();
    if (this.ordered) {
      this.close(false);
      const parts = this.files.map((f, k) => {
        const dest = destOf(k);
        renameSync(f.path, dest);
        return dest;
      });
      return { bytes: this.size, sha256: this.hash ? this.hash.digest('hex') : '', parts };
    }
    return this.copySorted(new TableSink(destOf, this.partBytes, this.hash !== null));
  }

  /**
   * Copies the head, then the pages stably sorted by id, into `sink`; runs of pages adjacent in
   * one spill file go in one read (up to 1 MB, never across a part boundary of the sink).
   */
  private copySorted(sink: TableSink): { bytes: number; sha256: string; parts: string[] } {
    const { ids, offsets, lengths } = this.index.readAll();
    const order = ids.map((_, i) => i).sort((a, b) => compareIds(ids[a], ids[b]) || a - b);
    const files = this.files.map((f, k) => ({ ...f, end: k + 1 < this.files.length ? this.files[k + 1].start : this.size, fd: -1 }));
    let buf = Buffer.alloc(1 << 20);
    const copy = (f: (typeof files)[number], start: number, len: number): void => {
      if (len === 0) return;
      if (len > buf.length) buf = Buffer.alloc(len);
      readRange(f.fd, buf, start - f.start, len, f.path);
      sink.write(buf.subarray(0, len));
    };
    try {
      for (const f of files) f.fd = openSync(f.path, 'r');
      copy(files[0], 0, this.headBytes);
      for (let k = 0; k < order.length;) {
        const start = offsets[order[k]];
        let len = lengths[order[k]];
        sink.beforePage(len);
        k++;
        // Pages that follow in the same spill file join this read, up to 1 MB, while the part has room.
        const file = files[fileAt(files, start)];
        while (
          k < order.length && offsets[order[k]] === start + len && start + len + lengths[order[k]] <= file.end &&
          len + lengths[order[k]] <= 1 << 20 && sink.partSize + len < sink.partBytes
        ) {
          len += lengths[order[k]];
          k++;
        }
        copy(file, start, len);
      }
      return { bytes: sink.bytes, sha256: sink.close(), parts: sink.parts };
    } finally {
      sink.close();
      for (const f of files) if (f.fd >= 0) closeSync(f.fd);
      this.close();
    }
  }

  /** Closes the spill files and (by default) removes them. */
  close(remove = true): void {
    if (!this.closed) {
      this.closed = true;
      try { closeSync(this.fd); } catch { /* already closed */ }
      this.index.close();
    }
    if (remove) for (const f of this.files) rmSync(f.path, { force: true });
  }
}

/** Index of the file of `files` (starts increasing, the first at 0) that holds byte `offset`. */
function fileAt(files: readonly SpillFile[], offset: number): number {
  let lo = 0;
  let hi = files.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (files[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Reads exactly `len` bytes of the open file `fd` from byte `start` into the start of `buf`. */
function readRange(fd: number, buf: Uint8Array, start: number, len: number, path: string): void {
  for (let got = 0; got < len;) {
    const n = readSync(fd, buf, got, len - got, start + got);
    if (n === 0) throw new Error(`${path} is shorter than expected`);
    got += n;
  }
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

  /** Every entry, in the order added. */
  readAll(): { ids: string[]; offsets: number[]; lengths: number[] } {
    this.flush();
    const all = readFileSync(this.path);
    const ids: string[] = [];
    const offsets: number[] = [];
    const lengths: number[] = [];
    for (let at = 0; at < all.length;) {
      const idBytes = all.readUInt32LE(at + 12);
      offsets.push(all.readDoubleLE(at));
      lengths.push(all.readUInt32LE(at + 8));
      ids.push(all.toString('utf16le', at + 16, at + 16 + idBytes));
      at += 16 + idBytes;
    }
    return { ids, offsets, lengths };
  }

  close(): void {
    try { closeSync(this.fd); } catch { /* already closed */ }
    rmSync(this.path, { force: true });
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
      const n = Math.min(buf.length, length - done);
      readRange(from, buf, start + done, n, src);
      writeAll(to, buf.subarray(0, n));
      done += n;
    }
  } finally {
    closeSync(from);
  }
}
