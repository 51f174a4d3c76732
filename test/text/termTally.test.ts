import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { TermTally, termSlotOf } from '../../src/text/termTally';
import { TermIds } from '../../src/text/termIds';

/** The reference: one Map update per occurrence. */
function countSimply(terms: string[], map = new Map<string, number>()): Map<string, number> {
  for (const t of terms) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

describe('termSlotOf', () => {
  it('gives one shared slot per term', () => {
    expect(termSlotOf('تطبيع')).toBe(termSlotOf('تطبيع'));
    expect(termSlotOf('تطبيع')).not.toBe(termSlotOf('نظام'));
    expect(termSlotOf('نظام').term).toBe('نظام');
  });
});

describe('TermTally', () => {
  it('flushInto builds the Map of per-occurrence counting, insertion order included', () => {
    const t = new TermTally();
    for (const w of ['نظام', 'تطبيع', 'نظام']) t.add(termSlotOf(w));
    const m = new Map<string, number>();
    t.flushInto(m);
    expect([...m]).toEqual([['نظام', 2], ['تطبيع', 1]]);
  });

  it('agrees with per-occurrence counting when tallies interleave and slots are not shared (property)', () => {
    const words = ['a', 'b', 'c', 'd', 'e'];
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.nat(2), fc.constantFrom(...words), fc.boolean()), { maxLength: 80 }),
      fc.array(fc.constantFrom(...words), { maxLength: 3 }),
      (ops, before) => {
        const tallies = [new TermTally(), new TermTally(), new TermTally()];
        const seen: string[][] = [[], [], []];
        for (const [lane, w, fresh] of ops) {
          // A fresh slot object stands for a term whose interned slot was evicted.
          tallies[lane].add(fresh ? { term: w, stamp: 0, index: 0, idStamp: 0, id: 0 } : termSlotOf(w));
          seen[lane].push(w);
        }
        for (let lane = 0; lane < 3; lane++) {
          const got = countSimply(before);
          tallies[lane].flushInto(got);
          expect([...got]).toEqual([...countSimply(seen[lane], countSimply(before))]);
        }
        // idsInto: the per-occurrence Map of each lane, numbered entry by entry (lanes in order).
        const numbering = new TermIds();
        const expected = new TermIds();
        for (let lane = 0; lane < 3; lane++) {
          const { ids, counts } = tallies[lane].idsInto(numbering);
          const simple = [...countSimply(seen[lane])];
          expect([...ids]).toEqual(simple.map(([t]) => expected.idOf(t)));
          expect([...counts]).toEqual(simple.map(([, n]) => n));
        }
      },
    ));
  });
});
