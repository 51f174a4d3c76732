import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { parseRelativeAge } from '../../src/split/relativeAge';
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
