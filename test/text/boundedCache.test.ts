import { describe, it, expect } from 'vitest';
import { BoundedCache } from '../../src/text/boundedCache';

describe('BoundedCache', () => {
  it('returns what was stored', () => {
    const c = new BoundedCache<number>(10);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1);
    expect(c.get('b')).toBe(2);
    expect(c.get('c')).toBeUndefined();
  });

  it('never holds more than 2 × limit entries however many keys pass through', () => {
    const c = new BoundedCache<number>(100);
    for (let i = 0; i < 10_000; i++) {
      c.set('k' + i, i);
      expect(c.size).toBeLessThanOrEqual(200);
    }
    expect(c.get('k9999')).toBe(9999);
    expect(c.get('k0')).toBeUndefined();
  });

  it('keeps an entry that is used while newer keys arrive', () => {
    const c = new BoundedCache<number>(3);
    c.set('hot', 1);
    for (let i = 0; i < 50; i++) {
      c.set('cold' + i, i);
      expect(c.get('hot')).toBe(1);
    }
    expect(c.get('cold0')).toBeUndefined();
  });

  it('rejects a limit below 1', () => {
    expect(() => new BoundedCache<number>(0)).toThrow(/at least 1/);
  });

  it('clear drops everything', () => {
    const c = new BoundedCache<number>(3);
    c.set('a', 1);
    c.clear();
    expect(c.size).toBe(0);
    expect(c.get('a')).toBeUndefined();
  });
});
