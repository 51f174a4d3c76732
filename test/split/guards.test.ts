import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { mayBeRelativeAge, parseRelativeAgeParts } from '../../src/split/relativeAge';
import { hasFourDigits, parseCommentDate } from '../../src/split/commentDate';
import { firstHeaderWordUnit, headerWords } from '../../src/split/profile';
import { compileLinePatterns, matchLinePatterns, unionLinePatterns } from '../../src/split/linePatterns';
import { lineKey } from '../../src/split/lineKey';

const table = <T>(f: string): T[] => parse(readFileSync(path.join(__dirname, f), 'utf8')) as T[];

describe('mayBeRelativeAge', () => {
  it('holds for every age of the case table and fails on lines without an age word', () => {
    const ages = table<{ input: string; expected: number | null }>('relative-age.yaml').filter((c) => c.expected !== null);
    expect(ages.length).toBeGreaterThan(10);
    for (const c of ages) expect(mayBeRelativeAge(lineKey(c.input)), c.input).toBe(true);
    expect(mayBeRelativeAge(lineKey('محمد العلي'))).toBe(false);
    expect(mayBeRelativeAge(lineKey('منذ 3'))).toBe(false);
    expect(mayBeRelativeAge(lineKey('just now'))).toBe(true);
  });

  it('never rejects a line that parses as an age', () => {
    const words = ['منذ', 'قبل', '3', '١١', 'سنة', 'سنوات', 'شهرين', 'وشهرين', 'أسبوع', 'يوم', 'واحد', 'و', 'ساعتين', 'أمس', 'الآن', 'a', 'year', 'ago', 'now', 'just', '·', 'محمد', 'خمسة'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }), (xs) => {
      const s = xs.join(' ');
      if (parseRelativeAgeParts(s) !== null) expect(mayBeRelativeAge(lineKey(s)), s).toBe(true);
    }), { numRuns: 3000 });
  });
});

describe('hasFourDigits', () => {
  it('counts ASCII, Arabic-Indic and Extended Arabic-Indic digits anywhere in the line', () => {
    expect(hasFourDigits('12 يناير ٢٠٢٣')).toBe(true);
    expect(hasFourDigits('۱۲:3')).toBe(false);
    expect(hasFourDigits('1 2 3 4')).toBe(true);
    expect(hasFourDigits('محمد 12')).toBe(false);
  });

  it('holds for every date of the case table', () => {
    const dates = table<{ input: string; expected: string | null }>('comment-date.yaml').filter((c) => c.expected !== null);
    expect(dates.length).toBeGreaterThan(5);
    for (const c of dates) expect(hasFourDigits(c.input), c.input).toBe(true);
    expect(parseCommentDate('12 يناير')).toBeNull();
  });
});

describe('firstHeaderWordUnit', () => {
  it('is the first code unit of headerWords, or -1 when that is empty', () => {
    expect(firstHeaderWordUnit('(2) تعليقات')).toBe('ت'.charCodeAt(0));
    expect(firstHeaderWordUnit('#12 :')).toBe(-1);
    const pieces = ['(', ')', '3', '٣', '۳', ':', '«', '»', ' ', '\u00a0', '-', '–', 'تعليقات', 'a', 'comments', '·', '\n'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (xs) => {
      const key = xs.join('');
      const hw = headerWords(key);
      expect(firstHeaderWordUnit(key)).toBe(hw === '' ? -1 : hw.charCodeAt(0));
    }), { numRuns: 2000 });
  });
});

describe('matchLinePatterns', () => {
  /** Reference: the first kind, in the documented order, whose literal list (or regex) matches. */
  const reference = (spec: { exact: string[]; prefix: string[]; suffix: string[]; contains: string[] }, key: string): string | null => {
    const k = (xs: string[]): string[] => xs.map(lineKey).filter((x) => x !== '');
    if (k(spec.exact).includes(key)) return 'exact';
    if (k(spec.prefix).some((x) => key.startsWith(x))) return 'prefix';
    if (k(spec.suffix).some((x) => key.endsWith(x))) return 'suffix';
    if (k(spec.contains).some((x) => key.includes(x))) return 'contains';
    return null;
  };

  it('returns the first matching kind, as the list-by-list reference', () => {
    const spec = { exact: ['شارك', 'ب'], prefix: ['شارك على ', 'ش', 'Share '], suffix: ['محفوظة', 'ة'], contains: ['حقوق', ' '] };
    const p = compileLinePatterns(spec);
    const pieces = ['شارك', ' ', 'على', 'ش', 'ب', 'ة', 'محفوظة', 'حقوق', 'share', 'x'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (xs) => {
      const key = lineKey(xs.join(''));
      expect(matchLinePatterns(p, key), key).toBe(reference(spec, key));
    }), { numRuns: 3000 });
  });

  it('lets a regex match the empty key', () => {
    expect(matchLinePatterns(compileLinePatterns({ regex: ['^$'] }), '')).toBe('regex');
    expect(matchLinePatterns(compileLinePatterns({ prefix: ['a'] }), '')).toBeNull();
  });
});

describe('unionLinePatterns', () => {
  it('matches a key exactly when one of its groups does', () => {
    const groups = [compileLinePatterns({ exact: ['شارك'], suffix: ['ة'] }), compileLinePatterns({ prefix: ['ال'], contains: ['حقوق'] }), compileLinePatterns({ regex: ['^[0-9]+$'] })];
    const u = unionLinePatterns(groups);
    const pieces = ['شارك', 'ال', 'ة', 'حقوق', '12', ' ', 'x'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 5 }), (xs) => {
      const key = lineKey(xs.join(''));
      expect(matchLinePatterns(u, key) !== null, key).toBe(groups.some((g) => matchLinePatterns(g, key) !== null));
    }), { numRuns: 2000 });
    expect(matchLinePatterns(u, '123')).toBe('regex');
    expect(matchLinePatterns(u, 'xyz')).toBeNull();
  });
});
