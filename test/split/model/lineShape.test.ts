import { describe, expect, it } from 'vitest';
import { edgeWords, readLine, shapeAtomNames } from '../../../src/split/model/lineShape';
import { profileForOutlet } from '../../../src/split/profile';

const generic = profileForOutlet(null);

describe('readLine', () => {
  it('readLine(«التعليقات (2)») gives the shape worked out by hand', () => {
    // 13 code units (10 < 13 ≤ 20 → 1), 2 words (→ 1), 9 Arabic letters of 12 (0.75 → 3), no Latin,
    // 1 digit of 12 (0.08 → 1); ends with «)», starts with an Arabic letter.
    const r = readLine('التعليقات (2)', generic);
    expect(r.shape).toMatchObject({ kind: 'comment_header', rule: 'comment_header', buckets: [1, 1, 3, 0, 1], end: ')', start: 'ar' });
    expect([...edgeWords(r), r.key]).toEqual(['التعليقات', '(2)', 'التعليقات (2)']);
  });

  it('readLine keys only short lines and reads the first and last words of long ones', () => {
    const long = `أعلنت ${'الوزارة '.repeat(20)}اليوم`;
    const r = readLine(long, generic);
    expect(r.key).toBeNull();
    expect(edgeWords(r)).toEqual(['اعلنت', 'اليوم']);
    expect(r.shape.buckets[0]).toBe(5); // more than 160 code units
  });
});

describe('shapeAtomNames', () => {
  it('shapeAtomNames puts date, age and time among the context atoms and the other flags among the own atoms', () => {
    const meta = shapeAtomNames(readLine('منذ ساعتين', generic).shape);
    expect(meta.ctx).toContain('age');
    const tweet = shapeAtomNames(readLine('Rami - @rami https://t.co/x', generic).shape);
    expect(tweet.own).toEqual(expect.arrayContaining(['url', 'handle', 'dash']));
    expect(tweet.ctx).not.toContain('url');
  });
});
