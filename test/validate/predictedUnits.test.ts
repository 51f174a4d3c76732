import { describe, expect, it } from 'vitest';
import { predictedHitUnits, predictedUnits } from '../../src/validate/predictedUnits';
import type { HitRow } from '../../src/tables/types';

const hit = (line: number, category: string, negated = false): HitRow => ({
  id: 'p1', file: 'p1.txt', outlet: null, line, col: 3, len: 4, role: 'body', segment: 'reporting', comment: null, category,
  marker: `m${line}`, polarity: 0, negated, quoted: false, speaker: null, pre: '', keyword: 'x', post: '', voice: 'authorial',
});
const HITS = [hit(1, 'stance_support'), hit(2, 'stance_oppose'), hit(3, 'stance_oppose', true), hit(4, 'frame_diplomacy')];

describe('predictedHitUnits', () => {
  it('labels each hit by the direction it adds: negated stance hits and other categories add none', () => {
    expect(predictedHitUnits(HITS).map((u) => [u.unit, u.support, u.oppose, u.index])).toEqual([
      ['p1:1:3:m1', 1, 0, 1], ['p1:2:3:m2', 0, 1, -1], ['p1:3:3:m3', 0, 0, null], ['p1:4:3:m4', 0, 0, null],
    ]);
  });
});

describe('predictedUnits', () => {
  const tables = { articles: [], comments: [], hits: HITS };
  it('gives segment units by default, hit units or both on request', () => {
    expect(predictedUnits(tables)).toEqual([]);
    expect(predictedUnits(tables, undefined, { units: 'hits' })).toHaveLength(4);
    expect(predictedUnits(tables, undefined, { units: 'all' }).map((u) => u.unit)).toEqual(['p1:1:3:m1', 'p1:2:3:m2', 'p1:3:3:m3', 'p1:4:3:m4']);
  });
});
