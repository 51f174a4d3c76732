/**
 * Counting keyness terms without a Map lookup per occurrence: every token analysis carries the
 * `TermSlot` of its term (one shared object per distinct term, interned by `termSlotOf`), and a
 * `TermTally` counts slots in a plain array, giving each slot a dense index the first time it
 * sees it. `flushInto` then adds the counts to a Map once per distinct term, in first-occurrence
 * order, so the Map is exactly the one `map.set(t, (map.get(t) ?? 0) + 1)` per occurrence builds
 * (same keys, counts and insertion order). `idsInto` gives the same counts by term number
 * (`TermIds`), the number cached on the slot so that a term costs one Map lookup per numbering,
 * not one per page.
 */
import type { TermIds } from './termIds';

/** The shared counting handle of one term. `stamp` and `index` are scratch of the last tally that saw it. */
export interface TermSlot {
  /** The term. */
  readonly term: string;
  /** Stamp of the tally that last indexed this slot. */
  stamp: number;
  /** Index of the slot in that tally. */
  index: number;
  /** Stamp of the numbering (`TermIds.stamp`) that `id` belongs to; 0: none yet. */
  idStamp: number;
  /** The term's number in that numbering (see `TermTally.idsInto`). */
  id: number;
}

/**
 * Distinct terms interned per generation: bounded because a large corpus has an open-ended
 * vocabulary while a few thousand words make most of its tokens. Two generations of plain Maps
 * (new terms go to the young one; when it holds `SLOT_LIMIT` terms it becomes the old one and the
 * previous old one is dropped; a term found in the old one moves back): an approximate
 * least-recently-used bound at the cost of one Map lookup.
 */
const SLOT_LIMIT = 100_000;
let young = new Map<string, TermSlot>();
let old = new Map<string, TermSlot>();

/**
 * The shared slot of a term (the same object for the same term while it stays cached; an evicted
 * term gets a new slot, which `TermTally` handles like any other).
 * @example termSlotOf('تطبيع') === termSlotOf('تطبيع') // true
 */
export function termSlotOf(term: string): TermSlot {
  let s = young.get(term);
  if (s !== undefined) return s;
  s = old.get(term) ?? { term, stamp: 0, index: 0, idStamp: 0, id: 0 };
  if (young.size >= SLOT_LIMIT) {
    old = young;
    young = new Map();
  }
  young.set(term, s);
  return s;
}

/** Scratch of `idsInto`, by term number: the round that last met the number, and its entry then. */
let marks = new Uint32Array(1024);
let at = new Int32Array(1024);
let round = 0;

function growMarks(id: number): void {
  const size = Math.max(id + 1, marks.length * 2);
  const m = new Uint32Array(size);
  m.set(marks);
  marks = m;
  const a = new Int32Array(size);
  a.set(at);
  at = a;
}

/** A fresh round of `marks` (they are cleared when the counter would wrap), sized for `terms` numbers. */
function nextRound(terms: number): number {
  if (marks.length < terms) growMarks(terms - 1);
  if (round === 0xffffffff) { marks.fill(0); round = 0; }
  return ++round;
}

/** Source of tally stamps: unique per tally, so a slot's scratch never passes for another tally's. */
let lastStamp = 0;

/**
 * Counts term slots for one Map (e.g. one segment of one page).
 * @example
 * const t = new TermTally();
 * t.add(termSlotOf('نظام')); t.add(termSlotOf('تطبيع')); t.add(termSlotOf('نظام'));
 * const m = new Map<string, number>(); t.flushInto(m);
 * [...m] // [['نظام', 2], ['تطبيع', 1]]
 */
export class TermTally {
  private readonly stamp = ++lastStamp;
  /** Slots in first-seen order (a slot re-indexed after another tally took it appears again). */
  private readonly seen: TermSlot[] = [];
  private readonly counts: number[] = [];

  /** Counts one occurrence. */
  add(slot: TermSlot): void {
    if (slot.stamp === this.stamp) {
      this.counts[slot.index]++;
      return;
    }
    slot.stamp = this.stamp;
    slot.index = this.seen.length;
    this.seen.push(slot);
    this.counts.push(1);
  }

  /**
   * The tallied terms' numbers in `ids` (`ids.idOf(term)`, cached on each slot, so a term met on an
   * earlier page costs no Map lookup) and their counts, in first-occurrence order: the numbering
   * and counts `flushInto` a fresh Map followed by `ids.idOf` per entry gives.
   * @example t.idsInto(new TermIds()) // { ids: Int32Array [0, 1], counts: Int32Array [2, 1] }
   */
  idsInto(ids: TermIds): { ids: Int32Array; counts: Int32Array } {
    const seen = this.seen;
    const n = seen.length;
    const out = new Int32Array(n);
    const counts = new Int32Array(n);
    const stamp = ids.stamp;
    let m = 0;
    const r = nextRound(ids.size);
    for (let k = 0; k < n; k++) {
      const slot = seen[k];
      if (slot.idStamp !== stamp) {
        slot.id = ids.idOf(slot.term);
        slot.idStamp = stamp;
        if (marks.length <= slot.id) growMarks(slot.id);
      }
      const id = slot.id;
      // A term seen again under another entry (the tally met its slot after another tally took
      // it, or under a new slot after eviction) adds to its first entry, as the Map does.
      if (marks[id] === r) { counts[at[id]] += this.counts[k]; continue; }
      marks[id] = r;
      at[id] = m;
      out[m] = id;
      counts[m++] = this.counts[k];
    }
    return m === n ? { ids: out, counts } : { ids: out.slice(0, m), counts: counts.slice(0, m) };
  }

  /**
   * Adds the counts to `map` (new terms are inserted in first-occurrence order).
   * @example t.flushInto(map); map.get('نظام') // 2
   */
  flushInto(map: Map<string, number>): void {
    const seen = this.seen;
    if (map.size === 0) {
      // Common case: a fresh Map and one slot per term, so no term needs adding up.
      for (let k = 0; k < seen.length; k++) map.set(seen[k].term, this.counts[k]);
      if (map.size === seen.length) return;
      map.clear();
    }
    for (let k = 0; k < seen.length; k++) {
      const t = seen[k].term;
      map.set(t, (map.get(t) ?? 0) + this.counts[k]);
    }
  }
}
