/**
 * A bounded cache keyed by a span of a text (`text.slice(start, end)`) that is looked up without
 * slicing: the span is hashed and compared in place with `charCodeAt`. Two generations of
 * open-addressing tables (new entries go to the young table; when it holds `limit` entries it
 * becomes the old one and the previous old one is emptied; a hit in the old table is copied back
 * to the young one). Why: the matcher looks up every token of the corpus;
 * slicing each token into a fresh string, hashing it in a Map and collecting it afterwards cost
 * more than the analysis it saves. At most `2 × limit` entries are held.
 *
 * In front of the tables sits a small direct-mapped table indexed by a hash of the span's length
 * and four of its characters (no loop over the span): a recently found key is confirmed with one
 * comparison. It only holds keys that the tables hold (it is emptied when a generation is
 * dropped), so it changes no answer.
 */
import { fnv1aSpan } from '../corpus/fnv1a';

/** FNV-1a of `text[start, end)`, finalized for the low bits (the tables index by `h & mask`). */
function hashSpan(text: string, start: number, end: number): number {
  const h = fnv1aSpan(text, start, end);
  return (h ^ (h >>> 15)) | 0;
}

/** Slots of the front table (a power of two). */
const FRONT_SIZE = 8192;

/** Front slot of `text[start, end)`: a hash of its length and four of its code units (start < end). */
function frontSlot(text: string, start: number, end: number): number {
  const len = end - start;
  let h = Math.imul(len ^ text.charCodeAt(start), 0x9e3779b1);
  h = Math.imul(h ^ text.charCodeAt(start + (len >> 1)), 0x85ebca6b);
  h = Math.imul(h ^ text.charCodeAt(end - 1), 0xc2b2ae35);
  h = Math.imul(h ^ text.charCodeAt(start + (len >> 2)), 0x27d4eb2f);
  return (h ^ (h >>> 16)) & (FRONT_SIZE - 1);
}

/** Whether `key` equals `text[start, end)`. */
function sameSpan(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = start, k = 0; i < end; i++, k++) if (key.charCodeAt(k) !== text.charCodeAt(i)) return false;
  return true;
}

/** Initial slots of a generation (it doubles as it fills, up to twice its limit). */
const MIN_CAPACITY = 1024;

/**
 * One generation: linear probing over power-of-two arrays, load factor at most 1/2. The arrays
 * start small and double as entries arrive, so a small vocabulary stays in the CPU caches.
 */
class SpanTable<V> {
  /** Keys by slot; '' marks an empty slot (no key is empty). */
  keys: string[] = [];
  hashes = new Int32Array(0);
  values: (V | undefined)[] = [];
  size = 0;
  mask = 0;

  constructor() {
    this.allocate(MIN_CAPACITY);
  }

  private allocate(cap: number): void {
    this.mask = cap - 1;
    this.keys = new Array<string>(cap).fill('');
    this.hashes = new Int32Array(cap);
    this.values = new Array<V | undefined>(cap).fill(undefined);
    this.size = 0;
  }

  /** Slot of the key `text[start, end)` with hash `h`, or -1. */
  find(text: string, start: number, end: number, h: number): number {
    const keys = this.keys;
    const mask = this.mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const k = keys[i];
      if (k === '') return -1;
      if (this.hashes[i] === h && sameSpan(k, text, start, end)) return i;
    }
  }

  /** Stores a value under a key (replacing the value of an equal key). */
  insert(key: string, h: number, value: V): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
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

  private grow(): void {
    const { keys, hashes, values } = this;
    this.allocate(keys.length * 2);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== '') this.insert(keys[i], hashes[i], values[i] as V);
  }

  /** Empties the table, keeping its capacity (a table that filled once will fill again). */
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
  private readonly frontKeys = new Array<string>(FRONT_SIZE).fill('');
  private readonly frontValues = new Array<V | undefined>(FRONT_SIZE).fill(undefined);

  /**
   * @param limit entries per generation (at least 1).
   * @example new SpanCache<number>(1000)
   */
  constructor(readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError(`cache limit must be at least 1, got ${limit}`);
    this.young = new SpanTable<V>();
    this.old = new SpanTable<V>();
  }

  /**
   * The cached value of `text.slice(start, end)`, or undefined; `start < end`.
   * @example const c = new SpanCache<number>(8); c.set('نظام', 1); c.getSpan('النظام السوري', 2, 6) // 1
   */
  getSpan(text: string, start: number, end: number): V | undefined {
    // Small enough to be inlined into the caller's loop; the tables are looked up out of line.
    const f = frontSlot(text, start, end);
    const fk = this.frontKeys[f];
    if (fk.length === end - start && sameSpan(fk, text, start, end)) return this.frontValues[f];
    return this.getFromTables(text, start, end, f);
  }

  /** `getSpan` past the front table; a key found in the young table is put in front slot `f`. */
  private getFromTables(text: string, start: number, end: number, f: number): V | undefined {
    const h = hashSpan(text, start, end);
    const young = this.young;
    const i = young.find(text, start, end, h);
    if (i >= 0) {
      this.frontKeys[f] = young.keys[i];
      this.frontValues[f] = young.values[i];
      return young.values[i];
    }
    const old = this.old;
    const j = old.find(text, start, end, h);
    if (j < 0) return undefined;
    const key = old.keys[j];
    const o = old.values[j];
    this.put(key, h, o as V);
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
    const f = frontSlot(key, 0, key.length);
    if (this.frontKeys[f] === key) this.frontValues[f] = value;
    this.put(key, hashSpan(key, 0, key.length), value);
  }

  private put(key: string, h: number, value: V): void {
    if (this.young.size >= this.limit) {
      const emptied = this.old;
      emptied.clear();
      this.old = this.young;
      this.young = emptied;
      this.clearFront();
    }
    this.young.insert(key, h, value);
  }

  private clearFront(): void {
    this.frontKeys.fill('');
    this.frontValues.fill(undefined);
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
    this.clearFront();
  }
}
