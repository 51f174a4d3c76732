import { describe, expect, it } from 'vitest';
import { ID_WARNINGS_KEPT, PageIdLedger } from '../../src/run/pageIds';

describe('PageIdLedger', () => {
  it('check warns about an id an earlier page had, naming both files, and counts each', () => {
    const ids = new PageIdLedger();
    expect(ids.check('page', 'a.html')).toBeNull();
    expect(ids.check('s1/page', 's1/page.txt')).toBeNull();
    expect(ids.check('page', 'a.txt')).toBe("page id 'page' of a.txt is also the id of a.html (rows told apart by their file column)");
    expect(ids.check('page', 'x.jsonl#3')).toBe("page id 'page' of x.jsonl#3 is also the id of a.html (rows told apart by their file column)");
    expect([ids.collisions, ids.warnings.length]).toEqual([2, 2]);
  });

  it('check keeps the first ID_WARNINGS_KEPT warnings and counts them all', () => {
    const ids = new PageIdLedger();
    for (let i = 0; i <= ID_WARNINGS_KEPT + 5; i++) ids.check('same', `f${i}.txt`);
    expect(ids.collisions).toBe(ID_WARNINGS_KEPT + 5);
    expect(ids.warnings.length).toBe(ID_WARNINGS_KEPT);
    expect(ids.warnings[0]).toContain('of f1.txt is also the id of f0.txt');
  });
});
