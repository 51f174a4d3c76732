import { describe, expect, it } from 'vitest';
import { isReadAlsoLink } from '../../../src/split/model/readAlsoLinks';
import { profileForOutlet } from '../../../src/split/profile';
import { articleFromModel } from '../../../src/split/model/modelArticle';
import { loadSplitModel } from '../../../src/split/model/splitModel';

const generic = profileForOutlet(null);

describe('isReadAlsoLink', () => {
  it('isReadAlsoLink matches a cue, a colon and a headline or URL, in Arabic and English', () => {
    for (const t of [
      'اقرأ أيضاً: أنقرة ودمشق تستأنفان المحادثات الأمنية',
      'إقرأ أيضا: الأسد يشترط الانسحاب',
      '>> شاهد أيضاً: فيديو من المعبر',
      '[ذات صلة: ماذا بقي من اتفاق أضنة؟]',
      'للمزيد: https://example.net/a/b',
      'Read more: EU ministers discuss sanctions',
      'RELATED: Refugees face an uncertain future',
    ]) expect(isReadAlsoLink(t, generic), t).toBe(true);
  });

  it('isReadAlsoLink leaves a cue alone on its line (a list heading), other colons and long lines', () => {
    for (const t of [
      'اقرأ أيضاً',
      'أخبار ذات صلة',
      'تنويه: الموقع غير مسؤول عن المحتوى',
      'الأسد: لقاء أردوغان يجب أن يكون مبنياً على أسس واضحة',
      `اقرأ أيضاً: ${'كلمة '.repeat(60)}`,
    ]) expect(isReadAlsoLink(t, generic), t).toBe(false);
  });

  it('a read-also line inside the text is a link under the model whatever its scores', () => {
    const text = 'عنوان الخبر\n\nقال الوزير إن المحادثات ستستمر في الأسابيع المقبلة.\n\nاقرأ أيضاً: وزير الخارجية يزور موسكو الأسبوع المقبل\n\nوأضاف أن الجولة المقبلة ستعقد في موسكو.';
    const a = articleFromModel(text, generic, loadSplitModel());
    expect(a.lines[4].role).toBe('link');
  });
});
