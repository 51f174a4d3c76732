/**
 * A map from 32-byte digests (SHA-256), each with a one-byte tag, to whole numbers, in flat
 * typed arrays: 37 bytes per slot, at most three quarters of the slots used. Why: the deduper keeps one key
 * per file for the whole run; as a `Map` of 33-character strings that was about 120 bytes per
 * file, in the heap the garbage collector walks.
 */

/** Slots of a new map (a power of two). */
const MIN_CAPACITY = 64;

/**
 * An open-addressing hash map (linear probing) keyed by (tag, digest); tag 0 is reserved for empty
 * slots. Digests are uniform, so their first four bytes are the hash.
 * @example
 * const m = new DigestMap();
 * m.set(1, sha256Bytes, 7);
 * m.get(1, sha256Bytes) // 7
 * m.get(2, sha256Bytes) // undefined (another tag)
 */
export class DigestMap {
  /** Entries stored. */
  size = 0;
  private tags = new Uint8Array(MIN_CAPACITY);
  private digests = new Uint8Array(32 * MIN_CAPACITY);
  private values = new Uint32Array(MIN_CAPACITY);

  /** The value stored under (tag, digest), or undefined. */
  get(tag: number, digest: Uint8Array): number | undefined {
    const i = this.find(tag, digest);
    return this.tags[i] === 0 ? undefined : this.values[i];
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
    if (this.tags[i] === 0) {
      if (4 * (this.size + 1) > 3 * this.tags.length) {
        this.grow();
        i = this.find(tag, digest);
      }
      this.tags[i] = tag;
      this.digests.set(digest, 32 * i);
      this.size++;
    }
    this.values[i] = value;
  }

  /** The slot holding (tag, digest), or the empty slot where it would go. */
  private find(tag: number, digest: Uint8Array): number {
    const mask = this.tags.length - 1;
    const tags = this.tags;
    const d = this.digests;
    let i = (digest[0] | (digest[1] << 8) | (digest[2] << 16) | (digest[3] << 24)) & mask;
    for (;; i = (i + 1) & mask) {
      const t = tags[i];
      if (t === 0) return i;
      if (t !== tag) continue;
      const at = 32 * i;
      let k = 0;
      while (k < 32 && d[at + k] === digest[k]) k++;
      if (k === 32) return i;
    }
  }

  private grow(): void {
    const { tags, digests, values } = this;
    const cap = tags.length * 2;
    this.tags = new Uint8Array(cap);
    this.digests = new Uint8Array(32 * cap);
    this.values = new Uint32Array(cap);
    for (let j = 0; j < tags.length; j++) {
      if (tags[j] === 0) continue;
      const digest = digests.subarray(32 * j, 32 * j + 32);
      const i = this.find(tags[j], digest);
      this.tags[i] = tags[j];
      this.digests.set(digest, 32 * i);
      this.values[i] = values[j];
    }
  }
}
