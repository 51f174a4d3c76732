import { describe, expect, it } from 'vitest';
import { commentEvidence, dropUnfoundedComments } from '../../src/split/commentEvidence';
import type { LabelledLine, Role } from '../../src/split/types';

/** Lines from `[role, text]` pairs. */
const page = (rows: [Role, string][]): LabelledLine[] =>
  rows.map(([role, text], i) => ({ n: i + 1, role, text, eol: '\n', rule: 'model', comment: null }));

const ARTICLE: [Role, string][] = [
  ['title', 'أنقرة ودمشق: جولة جديدة'],
  ['body', 'أعلنت الخارجية التركية أن جولة جديدة من المحادثات ستعقد في موسكو الأسبوع المقبل.'],
];

describe('commentEvidence', () => {
  it('commentEvidence finds a header, an author or time line before text, or HTML comment markup', () => {
    expect(commentEvidence(page([...ARTICLE, ['comment_header', 'التعليقات (1)'], ['comment_body', 'كلام جميل']]), undefined)).toBe('header');
    expect(commentEvidence(page([...ARTICLE, ['comment_author', 'أبو سامر'], ['comment_meta', 'منذ ساعتين'], ['comment_body', 'ننتظر الأفعال.']]), undefined)).toBe('structure');
    const hinted: (Role | null)[] = [null, null, 'comment_body'];
    expect(commentEvidence(page([...ARTICLE, ['comment_body', 'نص']]), hinted)).toBe('markup');
  });

  it('commentEvidence accepts bare lines after the text only in a reader\'s voice', () => {
    const voiced = page([...ARTICLE, ['byline', '(سانا)'], ['comment_body', 'والله بدنا نشوف أفعال مش حكي'], ['comment_body', 'الله يحمي البلد 🇸🇾'], ['comment_body', 'يا ريت يرجع الأمان']]);
    expect(commentEvidence(voiced, undefined)).toBe('reader_voice');
    const plain = page([...ARTICLE, ['comment_body', 'وزير الخارجية يصل إلى موسكو في زيارة رسمية تستمر يومين.'], ['comment_body', 'الليرة تتراجع أمام الدولار في تعاملات الأسبوع.']]);
    expect(commentEvidence(plain, undefined)).toBeNull();
  });

  it('commentEvidence refuses a related-stories list (name, date, headline) and comments with the article text after them', () => {
    const related = page([...ARTICLE, ['comment_author', 'رامي الأحمد'], ['comment_meta', '20 يونيو 2023'], ['comment_body', 'لماذا لا يستعجل الأسد لقاء أردوغان؟'],
      ['comment_author', 'منى العلي'], ['comment_meta', '15 يونيو 2023'], ['comment_body', 'حلب: تجار يراهنون على إعادة فتح الطريق']]);
    expect(commentEvidence(related, undefined)).toBeNull();
    const inside = page([['title', 'عنوان'], ['comment_author', 'وغرد ناشط:'], ['comment_body', 'لن نصالح أبداً، هذا موقفنا.'],
      ['body', 'وانتشر الوسم بسرعة بين الناشطين في الشمال.'], ['body', 'ولم يعلق أي مسؤول على الحملة حتى الآن.']]);
    expect(commentEvidence(inside, undefined)).toBeNull();
  });
});

describe('dropUnfoundedComments', () => {
  it('dropUnfoundedComments relabels comment lines without evidence as boilerplate and counts them', () => {
    const lines = page([...ARTICLE, ['comment_author', 'رامي الأحمد'], ['comment_meta', '20 يونيو 2023'], ['comment_body', 'لماذا لا يستعجل الأسد لقاء أردوغان؟']]);
    expect(dropUnfoundedComments(lines, undefined)).toBe(3);
    expect(lines.slice(2).map((l) => [l.role, l.rule])).toEqual(Array(3).fill(['boilerplate', 'no_comment_evidence']));
    const kept = page([...ARTICLE, ['comment_header', 'التعليقات'], ['comment_body', 'كلام جميل']]);
    expect(dropUnfoundedComments(kept, undefined)).toBe(0);
    expect(kept[3].role).toBe('comment_body');
  });
});
