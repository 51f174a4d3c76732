/**
 * Interning line shapes to small integer ids without making a string per line: a shape's values
 * (`LineFacts`: rule, first and last character class, buckets, flags, word-class buckets) are packed
 * into a few 32-bit integers and looked up in an open-addressing table. The labeller memoizes what
 * it derives from a shape by its id, and reads a long line's shape once per line.
 */
import { fnv1a32 } from '../../corpus/fnv1a';
import { lineShapeOf, type LineFacts, type LineShape } from './lineShape';

/** Shapes given an id; later new shapes get −1 (callers then key by the shape's signature). */
export const MAX_SHAPE_IDS = 1 << 16;

/** Word-class buckets (0–4, 3 bits each) packed per integer. */
const WORDS_PER_INT = 10;

/** A hash of `n` integers of `a` from `o`. */
function hashInts(a: Int32Array, o: number, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ a[o + i], 0x01000193) ^ (h >>> 15);
  return h;
}

/** The shapes seen so far, each with an id (0, 1, …) in the order first seen. */
export class ShapeTable {
  /** Integers per packed shape. */
  private readonly W: number;
  /** Packed shapes, `W` integers per slot. */
  private keys: Int32Array;
  /** Id per slot, −1 for an empty slot. */
  private ids: Int32Array;
  /** Shape per id. */
  private readonly shapes: LineShape[] = [];
  /** FNV-1a of `kind=<kind>` per id. */
  private readonly kinds: number[] = [];
  /** Rule id per kind without a rule name, and per kind and rule name. */
  private readonly plainRules = new Map<string, number>();
  private readonly namedRules = new Map<string, Map<string, number>>();
  /** The next rule id. */
  private nextRule = 0;
  /** The rule id of the `text` kind (−1 before its first line). */
  private textRule = -1;
  /** The packed shape being looked up. */
  private readonly probe: Int32Array;

  /** A table for shapes with `wordBuckets` word-class buckets (classes + 1). */
  constructor(wordBuckets: number) {
    this.W = 4 + Math.ceil(wordBuckets / WORDS_PER_INT);
    this.probe = new Int32Array(this.W);
    this.keys = new Int32Array(1024 * this.W);
    this.ids = new Int32Array(1024).fill(-1);
  }

  /** Number of shapes with an id. */
  get size(): number {
    return this.shapes.length;
  }

  /** The shape of id `id`. */
  shape(id: number): LineShape {
    return this.shapes[id];
  }

  /** The kind hash (`fnv1a32('kind=' + kind)`) of id `id`. */
  kindHash(id: number): number {
    return this.kinds[id];
  }

  /** A small integer per (kind, rule name). */
  private ruleId(f: LineFacts): number {
    const k = f.k;
    if (k.kind === 'text') return this.textRule >= 0 ? this.textRule : (this.textRule = this.nextRule++); // most lines
    if (!('rule' in k)) {
      let id = this.plainRules.get(k.kind);
      if (id === undefined) { id = this.nextRule++; this.plainRules.set(k.kind, id); }
      return id;
    }
    let m = this.namedRules.get(k.kind);
    if (!m) { m = new Map(); this.namedRules.set(k.kind, m); }
    let id = m.get(k.rule);
    if (id === undefined) { id = this.nextRule++; m.set(k.rule, id); }
    return id;
  }

  /**
   * The id of the shape read into `f` (a new id for a new shape), or −1 when `MAX_SHAPE_IDS`
   * shapes already have ids.
   * @example new ShapeTable(8).idOf(readLineFacts('نص', generic, newLineFacts())) // 0
   */
  idOf(f: LineFacts): number {
    const W = this.W;
    const q = this.probe;
    const b = f.buckets;
    q[0] = this.ruleId(f);
    q[1] = f.start;
    q[2] = f.end;
    q[3] = b[0] | (b[1] << 3) | (b[2] << 6) | (b[3] << 9) | (b[4] << 12) | (f.flags << 15);
    const wb = f.words;
    for (let i = 4; i < W; i++) q[i] = 0;
    for (let i = 0; i < wb.length; i++) q[4 + ((i / WORDS_PER_INT) | 0)] |= wb[i] << (3 * (i % WORDS_PER_INT));
    const mask = this.ids.length - 1;
    let s = hashInts(q, 0, W) & mask;
    for (;;) {
      const id = this.ids[s];
      if (id < 0) break;
      let eq = true;
      for (let i = 0, o = s * W; i < W; i++) if (this.keys[o + i] !== q[i]) { eq = false; break; }
      if (eq) return id;
      s = (s + 1) & mask;
    }
    if (this.shapes.length >= MAX_SHAPE_IDS) return -1;
    const id = this.shapes.length;
    const shape = lineShapeOf(f);
    this.shapes.push(shape);
    this.kinds.push(fnv1a32(`kind=${shape.kind}`));
    this.keys.set(q, s * W);
    this.ids[s] = id;
    if (2 * this.shapes.length > this.ids.length) this.grow();
    return id;
  }

  /** Doubles the slots and puts every packed shape back. */
  private grow(): void {
    const W = this.W;
    const oldKeys = this.keys;
    const oldIds = this.ids;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.ids = new Int32Array(oldIds.length * 2).fill(-1);
    const mask = this.ids.length - 1;
    for (let s0 = 0; s0 < oldIds.length; s0++) {
      if (oldIds[s0] < 0) continue;
      let s = hashInts(oldKeys, s0 * W, W) & mask;
      while (this.ids[s] >= 0) s = (s + 1) & mask;
      this.keys.set(oldKeys.subarray(s0 * W, s0 * W + W), s * W);
      this.ids[s] = oldIds[s0];
    }
  }
}
