import { describe, expect, it } from 'vitest';
import { commentsFromLabels } from '../../src/split/commentsFromLabels';
import type { LabelledLine, Role } from '../../src/split/types';

const page = (rows: [Role, string][]): LabelledLine[] =>
  rows.map(([role, text], i) => ({ n: i + 1, role, text, eol: '\n', rule: 'test', comment: null }));

describe('commentsFromLabels', () => {
  it('commentsFromLabels starts a comment at an author line and attaches the meta line and text', () => {
    const lines = page([['comment_author', 'أبو سامر'], ['comment_meta', 'منذ ساعتين'], ['comment_body', 'كلام بكلام'], ['comment_body', 'وسطر ثان']]);
    const c = commentsFromLabels(lines, '2024-03');
    expect(c.map((x) => [x.author, x.meta, x.text, x.lines])).toEqual([['أبو سامر', 'منذ ساعتين', 'كلام بكلام\nوسطر ثان', [3, 4]]]);
    expect(lines.map((l) => l.comment)).toEqual([0, 0, 0, 0]);
  });

  it('commentsFromLabels closes a comment at a line of another role (a reply link), as the gold boundary rule says', () => {
    const lines = page([['comment_author', 'ريم'], ['comment_body', 'ننتظر الأفعال'], ['boilerplate', 'رد'], ['blank', ''], ['comment_body', 'تعليق بلا اسم']]);
    expect(commentsFromLabels(lines).map((c) => c.text)).toEqual(['ننتظر الأفعال', 'تعليق بلا اسم']);
  });

  it('commentsFromLabels with bareLineStarts makes each authorless line a comment unless it continues the one before', () => {
    const rows: [Role, string][] = [
      ['comment_body', 'الله يحمي البلد'],
      ['comment_body', 'ننتظر الأفعال مش الأقوال'],
      ['comment_body', 'وإذا ضلت متفرقة رح تنباع'], // opens with و + word: continues
      ['comment_body', 'الموضوع طويل،'],
      ['comment_body', 'وما حدا بيعرف'], // after a line ending in «،»: continues
      ['comment_body', '4) هههه'], // numbered: always starts
    ];
    expect(commentsFromLabels(page(rows), null, { bareLineStarts: true }).map((c) => c.lines)).toEqual([[1], [2, 3], [4, 5], [6]]);
    expect(commentsFromLabels(page(rows)).map((c) => c.lines)).toEqual([[1, 2, 3, 4, 5, 6]]);
  });

  it('commentsFromLabels with bareLineStarts keeps a named comment\'s lines together', () => {
    const lines = page([['comment_author', 'ريم'], ['comment_body', 'ننتظر الأفعال'], ['comment_body', 'تعليق ثان بلا اسم']]);
    expect(commentsFromLabels(lines, null, { bareLineStarts: true }).map((c) => c.lines)).toEqual([[2, 3]]);
  });
});
