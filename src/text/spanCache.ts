/**
 * A bounded cache keyed by a span of a text (`text.slice(start, end)`) that is looked up without
 * slicing: the span is hashed and compared in place with `charCodeAt`. Two generations of
 * open-addressing tables, as `BoundedCache` (new entries go to the young table; when it holds
 * `limit` entries it becomes the old one and the previous old one is emptied; a hit in the old
 * table is copied back to the young one). Why: the matcher looks up every token of the corpus;
 * slicing each token into a fresh string, hashing it in a Map and collecting it afterwards cost
 * more than the analysis it saves. At most `2 × limit` entries are held.
 */

/** FNV-1a over the UTF-16 code units of `text[start, end)`, finalized for the low bits. */
function hashSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return h | 0;
}

/** Whether `key` equals `text[start, end)`. */
function sameSpan(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = start, k = 0; i < end; i++, k++) if (key.charCodeAt(k) !== text.charCodeAt(i)) return false;
  return true;
}

/** One generation: linear probing over power-of-two arrays, load factor at most 1/2. */
class SpanTable<V> {
  /** Keys by slot; '' marks an empty slot (no key is empty). */
  keys: string[];
  hashes: Int32Array;
  values: (V | undefined)[];
  size = 0;
  readonly mask: number;

  constructor(limit: number) {
    let cap = 16;
    while (cap < limit * 2) cap *= 2;
    this.mask = cap - 1;
    this.keys = new Array<string>(cap).fill('');
    this.hashes = new Int32Array(cap);
    this.values = new Array<V | undefined>(cap).fill(undefined);
  }

  get(text: string, start: number, end: number, h: number): V | undefined {
    const keys = this.keys;
    const mask = this.mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const k = keys[i];
      if (k === '') return undefined;
      if (this.hashes[i] === h && sameSpan(k, text, start, end)) return this.values[i];
    }
  }

  /** Stores a value under a key (replacing the value of an equal key). */
  insert(key: string, h: number, value: V): void {
    const mask = this.mask;
    let i = h & mask;
    for (let k = this.keys[i]; k !== ''; k = this.keys[i]) {
      if (this.hashes[i] === h && k === key) { this.values[i] = value; return; }
      i = (i + 1) & mask;
    }
    this.keys[i] = key;
    this.hashes[i] = h;
    this.values[i] = value;
    this.size++;
  }

  clear(): void {
    if (this.size === 0) return;
    this.keys.fill('');
    this.values.fill(undefined);
    this.size = 0;
  }
}

/** A bounded cache of values keyed by text spans (see the module comment). */
export class SpanCache<V> {
  private young: SpanTable<V>;
  private old: SpanTable<V>;

  /**
   * @param limit entries per generation (at least 1).
   * @example new SpanCache<number>(1000)
   */
  constructor(readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError(`cache limit must be at least 1, got ${limit}`);
    this.young = new SpanTable<V>(limit);
    this.old = new SpanTable<V>(limit);
  }

  /**
   * The cached value of `text.slice(start, end)`, or undefined; `start < end`.
   * @example const c = new SpanCache<number>(8); c.set('نظام', 1); c.getSpan('النظام السوري', 2, 6) // 1
   */
  getSpan(text: string, start: number, end: number): V | undefined {
    const h = hashSpan(text, start, end);
    const v = this.young.get(text, start, end, h);
    if (v !== undefined) return v;
    const o = this.old.get(text, start, end, h);
    if (o !== undefined) this.put(text.slice(start, end), h, o);
    return o;
  }

  /**
   * The cached value of a key, or undefined.
   * @example const c = new SpanCache<number>(2); c.set('a', 1); c.get('a') // 1
   */
  get(key: string): V | undefined {
    return key === '' ? undefined : this.getSpan(key, 0, key.length);
  }

  /**
   * Stores a value (undefined values and empty keys are not cacheable).
   * @example const c = new SpanCache<number>(1); c.set('a', 1); c.set('b', 2); c.set('c', 3); c.get('a') // undefined
   */
  set(key: string, value: V): void {
    if (key === '' || value === undefined) return;
    this.put(key, hashSpan(key, 0, key.length), value);
  }

  private put(key: string, h: number, value: V): void {
    if (this.young.size >= this.limit) {
      const emptied = this.old;
      emptied.clear();
      this.old = this.young;
      this.young = emptied;
    }
    this.young.insert(key, h, value);
  }

  /**
   * Entries held (young and old generations; a key may be counted in both).
   * @example new SpanCache<number>(4).size // 0
   */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /**
   * Drops every entry.
   * @example c.clear(); c.size // 0
   */
  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}
