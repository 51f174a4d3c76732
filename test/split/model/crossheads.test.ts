import { describe, expect, it } from 'vitest';
import { markCrossheads } from '../../../src/split/model/crossheads';
import { profileForOutlet } from '../../../src/split/profile';
import type { LabelledLine, Role } from '../../../src/split/types';

const generic = profileForOutlet(null);
const page = (rows: [Role, string][]): LabelledLine[] =>
  rows.map(([role, text], i) => ({ n: i + 1, role, text, eol: '\n', rule: 'model', comment: null }));
const para = 'وقالت الوزارة في بيان إن الاجتماع تناول سبل التعاون بين البلدين.';

describe('markCrossheads', () => {
  it('markCrossheads relabels a short unpunctuated body line set off by blank lines between two body lines', () => {
    const lines = page([['body', para], ['blank', ''], ['body', 'أرفع اجتماع منذ 2011'], ['blank', ''], ['body', para]]);
    expect(markCrossheads(lines, generic)).toBe(1);
    expect([lines[2].role, lines[2].rule]).toEqual(['subheading', 'model_crosshead']);
  });

  it('markCrossheads leaves a punctuated, a long, an unframed or an adjacent line as it is', () => {
    const cases: [Role, string][][] = [
      [['body', para], ['body', 'انتهى.'], ['body', para]], // final punctuation
      [['body', para], ['body', 'كلمة '.repeat(9).trim()], ['body', para]], // nine words
      [['title', 'عنوان'], ['body', 'سطر قصير'], ['body', para]], // no body line above
      [['body', para], ['body', 'سطر قصير'], ['boilerplate', 'المزيد']], // no body line below
      [['body', para], ['blank', ''], ['body', 'سطر قصير'], ['body', para]], // not set off by blank lines (broken print text)
    ];
    for (const rows of cases) {
      const lines = page(rows);
      expect(markCrossheads(lines, generic)).toBe(0);
      expect(lines.map((l) => l.role)).toEqual(rows.map(([r]) => r));
    }
  });
});
