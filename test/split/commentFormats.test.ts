import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { splitArticle } from '../../src/split/splitArticle';

const DIR = path.resolve(__dirname, '../fixtures/comments');
interface Case {
  file: string; note: string; crawled?: string; title: string; declaredCommentCount: number | null; warnings: number;
  comments: { author: string | null; meta: string | null; ageMonths: number | null; approxDate: string | null; text: string }[];
  roles: Record<string, string>;
}
const cases = parse(readFileSync(path.join(DIR, 'expected.yaml'), 'utf8')) as Case[];

describe('splitArticle', () => {
  it.each(cases.map((c) => [c.file, c] as const))('parses the comment fixture %s', (file, c) => {
    const text = readFileSync(path.join(DIR, file), 'utf8');
    const a = splitArticle(text, { crawled: c.crawled ?? null });
    expect(a.title, c.note).toBe(c.title);
    expect(a.declaredCommentCount, c.note).toBe(c.declaredCommentCount);
    expect(a.comments.map(({ author, meta, ageMonths, approxDate, text: t }) => ({ author, meta, ageMonths, approxDate, text: t })), c.note).toEqual(c.comments);
    const roleErrors = Object.entries(c.roles).filter(([n, r]) => a.lines[Number(n) - 1].role !== r)
      .map(([n, r]) => `line ${n}: expected ${r}, got ${a.lines[Number(n) - 1].role}`);
    expect(roleErrors, c.note).toEqual([]);
    expect(a.warnings.length, `${c.note}: ${a.warnings.join('; ')}`).toBe(c.warnings);
    expect(a.lines.map((l) => l.text + l.eol).join('')).toBe(text);
  });

  it('keeps the body intact and loses no line in an unseen comment format', () => {
    const text = readFileSync(path.join(DIR, 'unseen.txt'), 'utf8');
    const a = splitArticle(text);
    expect(a.lines.filter((l) => l.role === 'body').map((l) => l.n)).toEqual([3, 5]);
    const nonBlank = a.lines.filter((l) => l.role !== 'blank');
    expect(nonBlank.map((l) => l.role)).toEqual(['title', 'body', 'body', 'comment_header', 'comment_body', 'comment_body']);
    expect(a.warnings[0]).toMatch(/not recognised/);
  });

  it('warns when the declared count differs from the parsed count', () => {
    const a = splitArticle('عنوان\n\nنص الخبر.\n\nالتعليقات (5)\nأحمد\n·منذ سنة\nنص التعليق');
    expect(a.declaredCommentCount).toBe(5);
    expect(a.comments.length).toBe(1);
    expect(a.warnings).toEqual(['the page declares 5 comment(s) but 1 were parsed']);
  });
});
