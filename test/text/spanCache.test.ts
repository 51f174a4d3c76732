import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { SpanCache } from '../../src/text/spanCache';
import { BoundedCache } from '../../src/text/boundedCache';

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

  it('getSpan agrees with a BoundedCache keyed by the sliced span (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.nat(12), fc.nat(12), fc.boolean()), { maxLength: 200 }),
      fc.integer({ min: 1, max: 20 }),
      (ops, limit) => {
        const fast = new SpanCache<number>(limit);
        const ref = new BoundedCache<number>(limit);
        let v = 0;
        for (const [text, a, b, store] of ops) {
          const s = Math.min(a, b, text.length);
          const e = Math.min(Math.max(a, b), text.length);
          if (s >= e) continue;
          const key = text.slice(s, e);
          expect(fast.getSpan(text, s, e)).toBe(ref.get(key));
          if (store) { fast.set(key, ++v); ref.set(key, v); }
        }
      },
    ));
  });

  it('grows past its initial capacity and keeps answering after generations are dropped', () => {
    const c = new SpanCache<number>(3000);
    const ref = new BoundedCache<number>(3000);
    for (let i = 0; i < 20_000; i++) {
      const k = 'مفتاح' + i.toString(36);
      c.set(k, i);
      ref.set(k, i);
      if (i % 7 === 0) {
        const probe = 'مفتاح' + Math.floor(i / 3).toString(36);
        expect(c.get(probe)).toBe(ref.get(probe));
      }
    }
    expect(c.size).toBeLessThanOrEqual(6000);
    expect(c.get('مفتاح' + (19_999).toString(36))).toBe(19_999);
  });
});
