import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { SpanCache } from '../../src/text/spanCache';

describe('SpanCache', () => {
  it('getSpan finds a key stored as a string, inside any text', () => {
    const c = new SpanCache<number>(8);
    c.set('نظام', 1);
    expect(c.getSpan('النظام السوري', 2, 6)).toBe(1);
    expect(c.getSpan('النظام السوري', 0, 6)).toBeUndefined();
    expect(c.get('نظام')).toBe(1);
    expect(c.get('')).toBeUndefined();
  });

  it('set replaces the value of a key already held', () => {
    const c = new SpanCache<number>(8);
    c.set('a', 1);
    c.set('a', 2);
    expect(c.get('a')).toBe(2);
    expect(c.size).toBe(1);
  });

  it('never holds more than 2 × limit entries and keeps entries in use', () => {
    const c = new SpanCache<number>(3);
    c.set('hot', 1);
    for (let i = 0; i < 500; i++) {
      c.set('cold' + i, i);
      expect(c.get('hot')).toBe(1);
      expect(c.size).toBeLessThanOrEqual(6);
    }
    expect(c.get('cold0')).toBeUndefined();
    expect(() => new SpanCache<number>(0)).toThrow(/at least 1/);
    c.clear();
    expect(c.size).toBe(0);
  });

  // Oracle: a plain Map of every value set. A bounded cache may forget a key, but never answers
  // with another key's value or an old value; and while no more keys were stored than the limit,
  // it forgets nothing.
  it('getSpan answers the last value set for the sliced span, or nothing (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.nat(12), fc.nat(12), fc.boolean()), { maxLength: 200 }),
      fc.integer({ min: 1, max: 20 }),
      (ops, limit) => {
        const fast = new SpanCache<number>(limit);
        const all = new Map<string, number>();
        let v = 0;
        for (const [text, a, b, store] of ops) {
          const s = Math.min(a, b, text.length);
          const e = Math.min(Math.max(a, b), text.length);
          if (s >= e) continue;
          const key = text.slice(s, e);
          const got = fast.getSpan(text, s, e);
          if (all.size <= limit) expect(got).toBe(all.get(key));
          else if (got !== undefined) expect(got).toBe(all.get(key));
          if (store) { fast.set(key, ++v); all.set(key, v); }
        }
        expect(fast.size).toBeLessThanOrEqual(2 * limit);
      },
    ));
  });

  it('grows past its initial capacity and keeps answering after generations are dropped', () => {
    const c = new SpanCache<number>(3000);
    const key = (i: number): string => 'مفتاح' + i.toString(36);
    for (let i = 0; i < 20_000; i++) {
      c.set(key(i), i);
      if (i % 7 === 0) {
        const p = Math.floor(i / 3);
        const got = c.get(key(p));
        if (got !== undefined) expect(got).toBe(p);
        // Set within the last 1,000 steps: fewer than 3,000 insertions since (1,000 sets and at
        // most 143 probes moved back), so at most one generation change: still held.
        if (i - p < 1000) expect(got).toBe(p);
      }
      if (i % 11 === 0 && i >= 999) expect(c.get(key(i - 999))).toBe(i - 999);
    }
    expect(c.size).toBeLessThanOrEqual(6000);
    expect(c.get(key(19_999))).toBe(19_999);
  });
});
