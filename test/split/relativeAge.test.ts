import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import fc from 'fast-check';
import { ageTokens, asciiDigits, parseRelativeAge } from '../../src/split/relativeAge';
import { approxDateFromAge } from '../../src/split/approxDate';
import { parseCommentDate } from '../../src/split/commentDate';

const table = <T>(f: string): T[] => parse(readFileSync(path.join(__dirname, f), 'utf8')) as T[];

describe('parseRelativeAge', () => {
  const cases = table<{ input: string; expected: number | null; note: string }>('relative-age.yaml');
  it.each(cases.map((c) => [c.input, c] as const))('parses «%s»', (_i, c) => {
    expect(parseRelativeAge(c.input), c.note).toBe(c.expected);
  });
});

describe('approxDateFromAge', () => {
  const cases = table<{ input: { crawled: string | null; months: number; days: number }; expected: string | null; note: string }>('approx-date.yaml');
  it.each(cases.map((c) => [c.note, c] as const))('%s', (_n, c) => {
    expect(approxDateFromAge(c.input.crawled, { months: c.input.months, days: c.input.days }), c.note).toBe(c.expected);
  });
});

describe('parseCommentDate', () => {
  const cases = table<{ input: string; expected: string | null; note: string }>('comment-date.yaml');
  it.each(cases.map((c) => [c.input, c] as const))('parses «%s»', (_i, c) => {
    expect(parseCommentDate(c.input), c.note).toBe(c.expected);
  });
});

/** Reference: the digit mapping one character at a time. */
function referenceAsciiDigits(s: string): string {
  return [...s].map((ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
    if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
    return ch;
  }).join('');
}

/** Oracle: the rule of `ageTokens` written as regular expressions (digits to ASCII, separators to spaces, collapse, trim, drop « ago», split). */
function referenceAgeTokens(key: string): string[] {
  let k = referenceAsciiDigits(key).replace(/[·•|،,.؛:–\-()]/g, ' ').replace(/ +/g, ' ').trim();
  if (k.endsWith(' ago')) k = k.slice(0, -4);
  return k.split(' ').filter((t) => t !== '');
}

const agePiece = fc.constantFrom('منذ', ' ', '  ', '·', '•', '|', '،', ',', '.', '؛', ':', '–', '-', '(', ')', '٣', '۷', '12', 'سنة', 'ago', 'x', 'وشهرين');

describe('ageTokens', () => {
  it('splits a key as the rule written with regular expressions does', () => {
    expect(ageTokens('·منذ ٣ سنوات')).toEqual(['منذ', '3', 'سنوات']);
    expect(ageTokens('3 years ago')).toEqual(['3', 'years']);
    expect(ageTokens('ago')).toEqual(['ago']);
    fc.assert(fc.property(fc.array(agePiece, { maxLength: 16 }), (xs) => {
      const key = xs.join('');
      expect(ageTokens(key)).toEqual(referenceAgeTokens(key));
    }), { numRuns: 3000 });
  });
});

describe('asciiDigits', () => {
  it('maps Arabic-Indic digits and keeps everything else', () => {
    expect(asciiDigits('منذ ٣ و۷')).toBe('منذ 3 و7');
    fc.assert(fc.property(fc.array(agePiece, { maxLength: 16 }), (xs) => {
      const s = xs.join('');
      expect(asciiDigits(s)).toBe(referenceAsciiDigits(s));
    }), { numRuns: 2000 });
  });
});
