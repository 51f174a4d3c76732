/**
 * A map from 32-byte digests (SHA-256), each with a one-byte tag, to whole numbers. Entries are
 * stored densely, in insertion order, in chunks of typed arrays (37 bytes an entry, never copied);
 * the hash table holds only each entry's number (4 bytes a slot, at most three quarters used).
 * The deduper keeps one key per file for the whole run, so an entry must stay small and a doubling
 * must not copy the entries (history and figures: docs/scaling.md, "Plumbing").
 */

/** Slots of a new map (a power of two). */
const MIN_SLOTS = 64;
/** Entries per chunk (a power of two): a chunk of digests is 2 MB. */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;

/**
 * An open-addressing hash map (linear probing) keyed by (tag, digest). Digests are uniform, so
 * their first four bytes are the hash.
 * @example
 * const m = new DigestMap();
 * m.set(1, sha256Bytes, 7);
 * m.get(1, sha256Bytes) // 7
 * m.get(2, sha256Bytes) // undefined (another tag)
 */
export class DigestMap {
  /** Entries stored. */
  size = 0;
  /** Per slot, 1 + the number of the entry it holds; 0 for an empty slot. */
  private slots = new Uint32Array(MIN_SLOTS);
  /** Entry k's tag, digest and value are at index k & CHUNK_MASK of chunk k >> CHUNK_BITS. */
  private tags: Uint8Array[] = [];
  private digests: Uint8Array[] = [];
  private values: Uint32Array[] = [];

  /** The value stored under (tag, digest), or undefined. */
  get(tag: number, digest: Uint8Array): number | undefined {
    const s = this.slots[this.find(tag, digest)];
    return s === 0 ? undefined : this.values[(s - 1) >>> CHUNK_BITS][(s - 1) & CHUNK_MASK];
  }

  /**
   * Stores a value (a whole number below 2³²) under (tag, digest), replacing an earlier one.
   * `tag` is 1–255; `digest` is 32 bytes.
   */
  set(tag: number, digest: Uint8Array, value: number): void {
    if (!(Number.isInteger(tag) && tag >= 1 && tag <= 255)) throw new RangeError(`DigestMap: tag must be 1–255, got ${tag}`);
    if (digest.length !== 32) throw new RangeError(`DigestMap: a digest has 32 bytes, got ${digest.length}`);
    if (!(Number.isInteger(value) && value >= 0 && value < 2 ** 32)) throw new RangeError(`DigestMap: value must be a whole number below 2^32, got ${value}`);
    let i = this.find(tag, digest);
    let s = this.slots[i];
    if (s === 0) {
      if (this.size + 1 >= 2 ** 32 - 1) throw new RangeError('DigestMap: full (2^32 - 2 entries)');
      if (4 * (this.size + 1) > 3 * this.slots.length) {
        this.grow();
        i = this.find(tag, digest);
      }
      const k = this.size++;
      const c = k >>> CHUNK_BITS;
      if (c === this.tags.length) {
        this.tags.push(new Uint8Array(CHUNK));
        this.digests.push(new Uint8Array(32 * CHUNK));
        this.values.push(new Uint32Array(CHUNK));
      }
      this.tags[c][k & CHUNK_MASK] = tag;
      this.digests[c].set(digest, 32 * (k & CHUNK_MASK));
      s = k + 1;
      this.slots[i] = s;
    }
    this.values[(s - 1) >>> CHUNK_BITS][(s - 1) & CHUNK_MASK] = value;
  }

  /** The slot holding (tag, digest), or the empty slot where it would go. */
  private find(tag: number, digest: Uint8Array): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    let i = hashOf(digest, 0) & mask;
    for (;; i = (i + 1) & mask) {
      const s = slots[i];
      if (s === 0) return i;
      const k = s - 1;
      const c = k >>> CHUNK_BITS;
      const j = k & CHUNK_MASK;
      if (this.tags[c][j] !== tag) continue;
      const d = this.digests[c];
      const at = 32 * j;
      let b = 0;
      while (b < 32 && d[at + b] === digest[b]) b++;
      if (b === 32) return i;
    }
  }

  /** Doubles the slots and places every entry again (the entries themselves stay where they are). */
  private grow(): void {
    const slots = new Uint32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.size; k++) {
      let i = hashOf(this.digests[k >>> CHUNK_BITS], 32 * (k & CHUNK_MASK)) & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = k + 1;
    }
    this.slots = slots;
  }
}

/** The hash of a digest: its first four bytes (from `at`). */
function hashOf(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}
