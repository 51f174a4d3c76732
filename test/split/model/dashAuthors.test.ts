import { describe, expect, it } from 'vitest';
import { dashAuthors } from '../../../src/split/model/dashAuthors';
import { profileForOutlet } from '../../../src/split/profile';

const generic = profileForOutlet(null);

describe('dashAuthors', () => {
  it('dashAuthors fixes «name -» and «- name» lines as authors after a comment header', () => {
    const raws = ['نص المقال الطويل هنا.', 'التعليقات', 'خليل -', 'أخيراً', '- أبو رامي الحلبي', 'على الاقل بترجع الحركة'];
    expect(dashAuthors(raws, generic)).toEqual([null, null, 'comment_author', null, 'comment_author', null]);
  });

  it('dashAuthors starts the section at a comment-section notice holding a comment header word', () => {
    const raws = ['دمشق - سانا', 'تنويه: التعليقات لا تعبر عن رأي الموقع', 'أبو حازم - الأردن -', 'والله صدقت'];
    expect(dashAuthors(raws, generic)).toEqual([null, null, 'comment_author', null]); // the byline before the section stays free
  });

  it('dashAuthors leaves pages without a comment section, and long dashed lines, free', () => {
    expect(dashAuthors(['عنوان', 'حلب -', 'نص.'], generic)).toEqual([null, null, null]);
    const long = 'هذا سطر طويل فيه كلمات كثيرة جدا قبل الشرطة -';
    expect(dashAuthors(['التعليقات (2)', long], generic)).toEqual([null, null]);
  });
});
