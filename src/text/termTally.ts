/**
 * Counting keyness terms without a Map lookup per occurrence: every token analysis carries the
 * `TermSlot` of its term (one shared object per distinct term, interned by `termSlotOf`), and a
 * `TermTally` counts slots in a plain array, giving each slot a dense index the first time it
 * sees it. `flushInto` then adds the counts to a Map once per distinct term, in first-occurrence
 * order, so the Map is exactly the one `map.set(t, (map.get(t) ?? 0) + 1)` per occurrence builds
 * (same keys, counts and insertion order).
 */

/** The shared counting handle of one term. `stamp` and `index` are scratch of the last tally that saw it. */
export interface TermSlot {
  /** The term. */
  readonly term: string;
  /** Stamp of the tally that last indexed this slot. */
  stamp: number;
  /** Index of the slot in that tally. */
  index: number;
}

/**
 * Distinct terms interned per generation: bounded because a large corpus has an open-ended
 * vocabulary while a few thousand words make most of its tokens. Two generations of plain Maps
 * (new terms go to the young one; when it holds `SLOT_LIMIT` terms it becomes the old one and the
 * previous old one is dropped; a term found in the old one moves back): an approximate
 * least-recently-used bound at the cost of one Map lookup, where lru-cache's bookkeeping cost
 * several times that on every miss of the matcher's token cache.
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
  s = old.get(term) ?? { term, stamp: 0, index: 0 };
  if (young.size >= SLOT_LIMIT) {
    old = young;
    young = new Map();
  }
  young.set(term, s);
  return s;
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
