/**
 * A bounded string-keyed cache with two generations (an approximate LRU): new entries go to the
 * young generation; when it is full it becomes the old one and the previous old one is dropped.
 * A hit in the old generation is moved back to the young one, so entries in use survive.
 * Why: per-token analyses are worth caching (a corpus repeats a few thousand words millions of
 * times), but a corpus of hundreds of megabytes has an open-ended vocabulary, so the cache must
 * not grow with it. At most `2 × limit` entries are held.
 */
export class BoundedCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  /**
   * @param limit entries per generation (at least 1).
   * @example new BoundedCache<number>(1000)
   */
  constructor(readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError(`cache limit must be at least 1, got ${limit}`);
  }

  /**
   * The cached value of a key, or undefined.
   * @example const c = new BoundedCache<number>(2); c.set('a', 1); c.get('a') // 1
   */
  get(key: string): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o);
    return o;
  }

  /**
   * Stores a value (undefined values are not cacheable).
   * @example const c = new BoundedCache<number>(1); c.set('a', 1); c.set('b', 2); c.set('c', 3); c.get('a') // undefined
   */
  set(key: string, value: V): void {
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /**
   * Entries held (young and old generations; a key may be counted in both).
   * @example new BoundedCache<number>(4).size // 0
   */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /**
   * Drops every entry.
   * @example c.clear(); c.size // 0
   */
  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}
