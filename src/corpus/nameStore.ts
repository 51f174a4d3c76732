/**
 * Strings kept for a whole run, compactly: their UTF-8 bytes, one after another, in 1 MB chunks,
 * each behind its length; a string is known by the number `add` returned. The deduper names the
 * first file of each content in its duplicate rejects, so it keeps every kept file's path: here at
 * the path's bytes and two more (figures: docs/scaling.md, "Plumbing").
 */

/** Bytes per chunk (a string is never split between chunks). */
const CHUNK_BYTES = 1 << 20;

/**
 * @example
 * const names = new NameStore();
 * const at = names.add('0000/p0000000.txt');
 * names.get(at) // '0000/p0000000.txt'
 */
export class NameStore {
  /** Strings added. */
  size = 0;
  private chunks: Buffer[] = [];
  /** Bytes used in the last chunk. */
  private used = CHUNK_BYTES;

  /**
   * Keeps a string (at most 65,535 bytes in UTF-8); returns its number for `get` (below 2³²).
   * @example names.add('أخبار/001.txt') // 0
   */
  add(s: string): number {
    const bytes = Buffer.byteLength(s);
    if (bytes > 0xffff) throw new RangeError(`NameStore: a name has at most 65535 bytes in UTF-8, got ${bytes}`);
    if (this.used + 2 + bytes > CHUNK_BYTES) {
      this.chunks.push(Buffer.allocUnsafe(Math.max(CHUNK_BYTES, 2 + bytes)));
      this.used = 0;
    }
    const k = this.chunks.length - 1;
    const at = k * CHUNK_BYTES + this.used;
    if (at >= 2 ** 32) throw new RangeError('NameStore: full (4 GB of names)');
    const chunk = this.chunks[k];
    chunk.writeUInt16LE(bytes, this.used);
    chunk.write(s, this.used + 2, bytes, 'utf8');
    this.used += 2 + bytes;
    this.size++;
    return at;
  }

  /**
   * The string `add` numbered `at`.
   * @example names.get(0) // 'أخبار/001.txt'
   */
  get(at: number): string {
    const chunk = this.chunks[Math.floor(at / CHUNK_BYTES)];
    const pos = at % CHUNK_BYTES;
    if (chunk === undefined || pos + 2 > chunk.length) throw new RangeError(`NameStore: no name at ${at}`);
    return chunk.toString('utf8', pos + 2, pos + 2 + chunk.readUInt16LE(pos));
  }
}
