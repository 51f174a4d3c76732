import { describe, expect, it } from 'vitest';
import { isPostCredit } from '../../../src/split/model/postCredits';
import { profileForOutlet } from '../../../src/split/profile';
import { articleFromModel } from '../../../src/split/model/modelArticle';
import { loadSplitModel } from '../../../src/split/model/splitModel';

const generic = profileForOutlet(null);

describe('isPostCredit', () => {
  it('isPostCredit matches an embedded post\'s credit line and nothing else', () => {
    expect(isPostCredit('— Samir Haddad (@samir_haddad_sy) May 10, 2023', generic)).toBe(true);
    expect(isPostCredit('— فرهاد شامي (@farhad_shami) 7 يناير 2025', generic)).toBe(true);
    expect(isPostCredit('دمشق - سانا', generic)).toBe(false);
    expect(isPostCredit('تظاهرة في إدلب (Getty Images)', generic)).toBe(false); // a caption, but by its credit, not the pattern
    expect(isPostCredit('', generic)).toBe(false);
  });

  it('a credit line is a caption under the model whatever its scores', () => {
    const text = 'عنوان الخبر\n\nقال الوزير إن المحادثات ستستمر.\n\nالصبر مفتاح الفرج\n— Samir Haddad (@samir_haddad_sy) May 10, 2023\n\nوأضاف أن الجولة المقبلة في موسكو.';
    const a = articleFromModel(text, generic, loadSplitModel());
    expect(a.lines[5].role).toBe('caption');
  });
});
