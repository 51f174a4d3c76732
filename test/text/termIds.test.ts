import { describe, expect, it } from 'vitest';
import { TermIds } from '../../src/text/termIds';

describe('TermIds', () => {
  it('numbers terms in order of first meeting and gives each term back by its number', () => {
    const t = new TermIds();
    expect(['نظام', 'تطبيع', 'نظام', 'دمشق'].map((x) => t.idOf(x))).toEqual([0, 1, 0, 2]);
    expect([0, 1, 2].map((i) => t.termOf(i))).toEqual(['نظام', 'تطبيع', 'دمشق']);
  });

  it('hands out each newly numbered term once (takeNew), in number order', () => {
    const t = new TermIds();
    t.idOf('a'); t.idOf('b');
    expect(t.takeNew()).toEqual(['a', 'b']);
    t.idOf('a'); t.idOf('c');
    expect(t.takeNew()).toEqual(['c']);
    expect(t.takeNew()).toEqual([]);
  });

  it('names each numbering differently', () => {
    expect(new TermIds().dictionary).not.toBe(new TermIds().dictionary);
  });
});
