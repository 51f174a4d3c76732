import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Outlet } from '../../src/corpus/outlets';
import { compileCueScanner, loadOutlets, outletOfText } from '../../src/corpus/outlets';
import { detectOutlet } from '../../src/split/detectOutlet';

/**
 * Reference: the documented rule applied cue by cue with `indexOf` — occurrences of one cue do not
 * overlap; the outlet with most occurrences wins, ties go to the earliest occurrence, then to
 * registry order.
 */
function referenceOutletOfText(text: string, outlets: Outlet[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  let bestPos = Infinity;
  for (const o of outlets) {
    let count = 0;
    let first = Infinity;
    for (const c of o.cues) {
      if (!c) continue;
      for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + c.length)) { count++; if (i < first) first = i; }
    }
    if (count > bestCount || (count === bestCount && count > 0 && first < bestPos)) { best = o.id; bestCount = count; bestPos = first; }
  }
  return best;
}

const outlet = (id: string, cues: string[]): Outlet => ({ id, nameAr: id, nameEn: id, domains: [], cues, camp: 'other', alignmentNote: '' });

describe('outletOfText', () => {
  it('counts overlapping cues of different outlets, and one cue\'s occurrences without overlap', () => {
    const reg = [outlet('a', ['aba']), outlet('b', ['ba', 'b'])];
    // «ababa»: aba at 0 (the one at 2 overlaps it) = 1; ba at 1, 3 and b at 1, 3 = 4.
    expect(outletOfText('ababa', reg)).toBe('b');
    expect(outletOfText('aba', [outlet('a', ['aa']), outlet('b', ['aba'])])).toBe('b');
    // «aaaa»: «aa» twice without overlap; «a.a» (regex characters are literal) never.
    expect(outletOfText('aaaa', [outlet('x', ['a.a', '']), outlet('y', ['aa'])])).toBe('y');
    // Tie on counts: earliest first occurrence wins.
    expect(outletOfText('zz yy', [outlet('y', ['yy']), outlet('z', ['zz'])])).toBe('z');
    expect(outletOfText('no cue', [outlet('x', [])])).toBeNull();
  });

  it('names the seeds\' outlets as before', () => {
    const seed = (f: string): string => readFileSync(path.resolve(__dirname, '../../data/corpus', f), 'utf8');
    for (const f of ['000_be8fd5d588858933.txt', '001_be24e1eb1075d265.txt', '002_dffa4802db24a670.txt', '003_64b54956efce23e0.txt', '004_8bf833d50ff6660d.txt']) {
      expect(outletOfText(seed(f)), f).toBe(referenceOutletOfText(seed(f), loadOutlets()));
    }
  });

  it('agrees with the reference when long and short cues overlap and repeat', () => {
    const reg = [outlet('o1', ['أورينت نت أورينت', 'نت أورينت نت']), outlet('o2', ['نت', 'ت أورينت نت أ']), outlet('o3', ['أورينت نت'])];
    const pieces = ['أورينت', ' ', 'نت', 'أ', 'x', 'أورينت نت'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (xs) => {
      const text = xs.join('');
      expect(outletOfText(text, reg)).toBe(referenceOutletOfText(text, reg));
    }), { numRuns: 3000 });
  });

  it('agrees with the cue-by-cue reference on texts built from cue fragments', () => {
    const reg = [outlet('o1', ['أورينت نت', 'نت ن']), outlet('o2', ['عرب 48', '(عرب 48)', 'نت']), outlet('o3', ['ب 4', 'ن'])];
    const pieces = ['أورينت', ' ', 'نت', '(', 'عرب', '48', ')', 'ن', 'ب 4', 'x'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (xs) => {
      const text = xs.join('');
      expect(outletOfText(text, reg)).toBe(referenceOutletOfText(text, reg));
    }), { numRuns: 3000 });
  });

  it('agrees with the reference on the real registry', () => {
    const reg = loadOutlets();
    const cues = reg.flatMap((o) => o.cues).filter((c) => c);
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...cues), fc.constantFrom(' ', '\n', 'و', 'لـ"')), { maxLength: 12 }), (xs) => {
      const text = xs.join('');
      expect(outletOfText(text, reg)).toBe(referenceOutletOfText(text, reg));
    }), { numRuns: 1000 });
  });
});

describe('compileCueScanner', () => {
  it('buckets short cues by first code unit, long ones for a skip search, and compiles once per registry', () => {
    const reg = [outlet('a', ['دمشق-سانا', 'دبي', 'دب']), outlet('b', ['x', 'دمشق-سانا'])];
    const s = compileCueScanner(reg);
    expect(s.byFirstUnit.get('د'.charCodeAt(0))).toEqual([{ cue: 'دبي', outlet: 0 }, { cue: 'دب', outlet: 0 }]);
    expect(s.longCues?.literals).toEqual(['دمشق-سانا']);
    expect(s.longEntries).toEqual([[{ cue: 'دمشق-سانا', outlet: 0 }, { cue: 'دمشق-سانا', outlet: 1 }]]);
    expect(compileCueScanner(reg)).toBe(s);
    expect(compileCueScanner([outlet('z', [])]).anyCue).toBeNull();
    expect(compileCueScanner([outlet('z', [])]).longCues).toBeNull();
  });
});

describe('detectOutlet', () => {
  it('falls back to profile layout cues only on lines that can start with them', () => {
    // Orient's layout (profile detect cues) without any text cue; same answer as keying every line.
    const seed003 = readFileSync(path.resolve(__dirname, '../../data/corpus/003_64b54956efce23e0.txt'), 'utf8');
    const stripped = seed003.replace(/أورينت نت|اورينت نت/g, '');
    expect(detectOutlet({ text: stripped, meta: null })).toMatchObject({ outlet: 'orient_news', source: 'profile' });
    expect(detectOutlet({ text: 'سطر\nآخر', meta: null })).toMatchObject({ outlet: null, source: null });
  });
});
