import { describe, expect, it } from 'vitest';
import { commentTime, drawDate, formatPageDate } from '../../src/bench/pageDates';
import { rngMulberry32 } from '../../src/stats/rngMulberry32';

describe('drawDate', () => {
  it('draws minutes in 2016–2024', () => {
    expect(drawDate(() => 0).toISOString()).toBe('2016-01-01T00:00:00.000Z');
    const rng = rngMulberry32(4);
    for (let k = 0; k < 1000; k++) {
      const d = drawDate(rng);
      expect(d.getUTCFullYear()).toBeGreaterThanOrEqual(2016);
      expect(d.getUTCFullYear()).toBeLessThanOrEqual(2024);
      expect(d.getUTCSeconds()).toBe(0);
    }
  });
});

describe('formatPageDate', () => {
  // 7 July 2024 was a Sunday (الأحد); July is تموز in the Levant and يوليو in Egypt.
  const d = new Date(Date.UTC(2024, 6, 7, 13, 15));
  it('writes the four forms pages print', () => {
    expect([0, 1, 2, 3].map((s) => formatPageDate(d, s))).toEqual(['07.07.2024 13:15', 'الأحد 7 تموز 2024', '7 يوليو 2024 - 13:15', '2024-07-07']);
  });
});

describe('commentTime', () => {
  it('writes relative hours or a later date with a 12-hour time', () => {
    const published = new Date(Date.UTC(2024, 6, 7, 13, 15));
    const rng = rngMulberry32(5);
    for (let k = 0; k < 200; k++) {
      expect(commentTime(rng, published)).toMatch(/^(?:منذ (?:ساعة|ساعتين|\d+ ساعات|\d+ ساعة)|(?:[789]|10) يوليو 2024 في (?:[1-9]|1[0-2]):\d\d [صم])$/);
    }
  });
});
