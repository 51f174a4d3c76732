/**
 * The inputs of a streamed run (every page's file and SHA-256, and every reject's file), kept
 * until the sidecars are written, then rendered once as the `inputs` JSON of the sidecars (every
 * table's sidecar lists them). Given a spill file, the inputs go to disk as long as they arrive
 * sorted by file — pages arrive in the listing's order, so a run holds none of them — and move to
 * memory (hashes as 32 bytes each in one growing buffer, file names once per run of pages from
 * the same file) only if one arrives out of order. The list grows with the corpus, so it is
 * never held whole as objects or as one string (figures: docs/scaling.md, "Plumbing").
 */

import { closeSync, openSync } from 'node:fs';
import { readLinesSync } from '../corpus/readLinesSync';
import { writeAll } from '../export/rowSpill';

/** Characters of spill lines gathered before one write. */
const SPILL_WRITE_CHARS = 1 << 20;

/** Grows a buffer to at least `need` bytes (doubling), keeping its contents. */
function grown<T extends Uint8Array>(a: T, need: number, make: (n: number) => T): T {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

const HEX = /^[0-9a-f]{64}$/;

/**
 * Inputs in the order added; `renderJson` sorts them by file (stable: a file's pages keep their order).
 * With a spill path, inputs added in order of file are kept on disk (see the module comment); call
 * `close` when done.
 * The files of rejected inputs can instead be given to `renderJson`/`writeJson` already sorted (a
 * `RejectLog` keeps them on disk): each becomes `{file, sha256: null}` after the inputs added for
 * the same file, where `add(file, null)` after every page would have put it.
 * @example
 * const log = new InputLog();
 * log.add('b.txt', 'ab'.repeat(32));
 * log.add('a.html', null); // a reject
 * log.renderJson(1) // the same text as JSON.stringify([{file: 'a.html', sha256: null}, {file: 'b.txt', sha256: 'abab…'}], null, 2) nested one level
 */
export class InputLog {
  /** Inputs added. */
  n = 0;
  /** File of each input (consecutive inputs of one file share the string). */
  private files: string[] = [];
  /** SHA-256 of input i in bytes [32i, 32i + 32), when `hasHash[i]`. */
  private hashes = Buffer.alloc(32 * 64);
  private hasHash = new Uint8Array(64);
  /** The spill file while the inputs are on disk (null: in memory), its descriptor and unwritten lines. */
  private spill: string | null;
  private fd: number | null = null;
  private pending: string[] = [];
  private pendingChars = 0;
  /** File of the last input added. */
  private last: string | null = null;

  /**
   * @param spillPath file that keeps the inputs while they arrive sorted by file. Default: none (in memory).
   */
  constructor(spillPath?: string) {
    this.spill = spillPath ?? null;
  }

  /** Whether the inputs are on disk (a spill path was given and every input so far came in order of file). */
  get onDisk(): boolean {
    return this.spill !== null;
  }

  /**
   * Adds an input: its file and its SHA-256 as 64 lowercase hex digits, or null (a reject).
   * @example log.add('0000/p0000000.txt', '4bf12f03…')
   */
  add(file: string, sha256: string | null): void {
    if (sha256 !== null && !HEX.test(sha256)) throw new TypeError(`InputLog: the hash of ${file} is not 64 lowercase hex digits: ${JSON.stringify(sha256)}`);
    if (this.spill !== null && this.last !== null && file < this.last) this.toMemory();
    this.last = file;
    if (this.spill !== null) {
      const line = `${JSON.stringify(file)}\t${sha256 ?? '-'}\n`;
      this.pending.push(line);
      this.pendingChars += line.length;
      this.n++;
      if (this.pendingChars >= SPILL_WRITE_CHARS) this.flush();
      return;
    }
    this.addInMemory(file, sha256);
  }

  /** Appends the pending spill lines to the spill file. */
  private flush(): void {
    if (this.spill === null || this.pending.length === 0) return;
    this.fd ??= openSync(this.spill, 'w');
    writeAll(this.fd, Buffer.from(this.pending.join('')));
    this.pending = [];
    this.pendingChars = 0;
  }

  /** The spilled inputs, in the order added. */
  private *spilled(): Generator<[string, string | null]> {
    this.flush();
    if (this.spill === null || this.fd === null) return; // nothing added
    for (const line of readLinesSync(this.spill)) yield parseSpillLine(line);
  }

  /** An input came out of order: the inputs so far move to memory, and so do all later ones. */
  private toMemory(): void {
    const n = this.n;
    const entries = [...this.spilled()];
    this.close();
    this.spill = null;
    this.n = 0;
    for (const [file, sha] of entries) this.addInMemory(file, sha);
    if (this.n !== n) throw new Error(`InputLog: read ${this.n} inputs back from the spill file, ${n} were added`);
  }

  /** Closes the spill file (the caller removes it, e.g. with its temporary folder). */
  close(): void {
    if (this.fd !== null) { closeSync(this.fd); this.fd = null; }
  }

  private addInMemory(file: string, sha256: string | null): void {
    const i = this.n;
    const prev = this.files[i - 1];
    this.files.push(prev === file ? prev : file);
    this.hasHash = grown(this.hasHash, i + 1, (k) => new Uint8Array(k));
    if (sha256 !== null) {
      this.hashes = grown(this.hashes, 32 * (i + 1), (k) => Buffer.alloc(k));
      this.hashes.write(sha256, 32 * i, 32, 'hex');
      this.hasHash[i] = 1;
    }
    this.n++;
  }

  /** The SHA-256 of input i as hex, or null. */
  private hashOf(i: number): string | null {
    return this.hasHash[i] ? this.hashes.toString('hex', 32 * i, 32 * i + 32) : null;
  }

  /**
   * The inputs sorted by file as `{file, sha256}` objects (for callers that want the list itself).
   * @example log.entries()[0] // {file: 'a.html', sha256: null}
   */
  entries(): { file: string; sha256: string | null }[] {
    return [...this.sorted()].map(([file, sha256]) => ({ file, sha256 }));
  }

  /** The inputs sorted by file (stably), as [file, sha256]. */
  private *sorted(): Generator<[string, string | null]> {
    if (this.spill !== null) { yield* this.spilled(); return; }
    for (const i of this.sortedIndexes()) yield [this.files[i], this.hashOf(i)];
  }

  private sortedIndexes(): number[] {
    const order = Array.from({ length: this.n }, (_, i) => i);
    const f = this.files;
    return order.sort((a, b) => (f[a] < f[b] ? -1 : f[a] > f[b] ? 1 : a - b));
  }

  /**
   * The sorted inputs as `JSON.stringify(entries(), null, 2)` writes them, indented for a value
   * nested `depth` levels deep in a document stringified with two-space indentation.
   * @example JSON.parse(log.renderJson(0)) // log.entries()
   */
  renderJson(depth = 0, rejectFiles: Iterable<string> = []): string {
    return [...this.jsonPieces(depth, rejectFiles)].join('');
  }

  /**
   * Writes `renderJson(depth)` to a file a thousand entries at a time, so the list is never one
   * string in memory (at a million pages it is over 100 MB of text); returns the bytes written.
   * `rejectFiles`: as for `renderJson`.
   * @example log.writeJson('/tmp/inputs.json', 1) // 1234
   */
  writeJson(path: string, depth = 0, rejectFiles: Iterable<string> = []): number {
    const fd = openSync(path, 'w');
    let bytes = 0;
    try {
      for (const piece of this.jsonPieces(depth, rejectFiles)) {
        const b = Buffer.from(piece);
        writeAll(fd, b);
        bytes += b.length;
      }
    } finally {
      closeSync(fd);
    }
    return bytes;
  }

  /**
   * The sorted inputs with the reject files merged in as `[file, null]`, each after the inputs of
   * the same file (strictly smaller files first). The reject files must come sorted (checked).
   */
  private *withRejects(rejectFiles: Iterable<string>): Generator<[string, string | null]> {
    const rejects = rejectFiles[Symbol.iterator]();
    let reject: string | undefined;
    const nextReject = (): void => {
      const prev = reject;
      const it = rejects.next();
      reject = it.done ? undefined : it.value;
      if (reject !== undefined && prev !== undefined && reject < prev) {
        throw new Error(`InputLog: reject files must come sorted by code units: ${JSON.stringify(reject)} after ${JSON.stringify(prev)}`);
      }
    };
    nextReject();
    for (const input of this.sorted()) {
      for (; reject !== undefined && reject < input[0]; nextReject()) yield [reject, null];
      yield input;
    }
    for (; reject !== undefined; nextReject()) yield [reject, null];
  }

  /** `renderJson`'s text in pieces of up to a thousand entries (joined, they are the whole text). */
  private *jsonPieces(depth: number, rejectFiles: Iterable<string>): Generator<string> {
    const pad = '  '.repeat(depth);
    let parts: string[] = [];
    let first = true;
    for (const [file, h] of this.withRejects(rejectFiles)) {
      parts.push(`${pad}  {\n${pad}    "file": ${JSON.stringify(file)},\n${pad}    "sha256": ${h === null ? 'null' : `"${h}"`}\n${pad}  }`);
      if (parts.length < 1000) continue;
      yield `${first ? '[\n' : ',\n'}${parts.join(',\n')}`;
      first = false;
      parts = [];
    }
    if (first && parts.length === 0) { yield '[]'; return; }
    const rest = parts.length === 0 ? '' : `${first ? '[\n' : ',\n'}${parts.join(',\n')}`;
    yield `${rest}\n${pad}]`;
  }
}

/** [file, sha256] of a spill line (`"<file as JSON>"<TAB><sha256 or ->`, without its newline). */
function parseSpillLine(line: string): [string, string | null] {
  const tab = line.lastIndexOf('\t');
  const sha = line.slice(tab + 1);
  return [JSON.parse(line.slice(0, tab)) as string, sha === '-' ? null : sha];
}
