import { describe, expect, it } from 'vitest';
import { markPostCredits } from '../../../src/split/model/postCredits';
import { profileForOutlet } from '../../../src/split/profile';
import type { LabelledLine, Role } from '../../../src/split/types';

const generic = profileForOutlet(null);
const page = (rows: [Role, string][]): LabelledLine[] =>
  rows.map(([role, text], i) => ({ n: i + 1, role, text, eol: '\n', rule: 'model', comment: null }));

describe('markPostCredits', () => {
  it('markPostCredits makes an embedded post\'s credit line a caption whatever the labeller said, and nothing else', () => {
    const lines = page([
      ['body', 'الصبر مفتاح الفرج'],
      ['link', '— Samir Haddad (@samir_haddad_sy) May 10, 2023'],
      ['comment_author', '— فرهاد شامي (@farhad_shami) 7 يناير 2025'],
      ['byline', 'دمشق - سانا'],
      ['caption', 'تظاهرة في إدلب (Getty Images)'],
    ]);
    expect(markPostCredits(lines, generic)).toBe(2);
    expect(lines.map((l) => [l.role, l.rule])).toEqual([
      ['body', 'model'], ['caption', 'model_caption_pattern'], ['caption', 'model_caption_pattern'], ['byline', 'model'], ['caption', 'model'],
    ]);
  });
});
