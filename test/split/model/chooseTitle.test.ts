import { describe, expect, it } from 'vitest';
import { chooseTitle, markRepeatedTitle } from '../../../src/split/model/chooseTitle';
import { profileForOutlet } from '../../../src/split/profile';
import type { LabelledLine, Role } from '../../../src/split/types';

const generic = profileForOutlet(null);
const page = (rows: [Role, string][]): LabelledLine[] =>
  rows.map(([role, text], i) => ({ n: i + 1, role, text, eol: '\n', rule: 'model', comment: null }));
const LABELS: Role[] = ['title', 'body', 'boilerplate'];
/** Scores per line in LABELS order. */
const scores = (rows: number[][]): Float64Array => Float64Array.from(rows.flat());

describe('chooseTitle', () => {
  it('chooseTitle takes the headline under a short kicker', () => {
    const lines = page([['title', 'خاص'], ['title', 'أنقرة تعلن استعدادها لجولة محادثات جديدة مع دمشق'], ['body', 'نص الخبر.']]);
    expect(chooseTitle(lines, generic).line?.n).toBe(2);
  });

  it('chooseTitle passes over a title line that is a notice or a paragraph, and says why there is no title', () => {
    const lead = page([['title', 'ب'.repeat(201)], ['body', 'نص الخبر.']]);
    expect(chooseTitle(lead, generic)).toEqual({ line: null, reason: 'the lines labelled title are notices, labels, links or paragraphs' });
    expect(chooseTitle(page([['body', 'نص الخبر.']]), generic)).toEqual({ line: null, reason: 'no headline found in the text' });
    expect(chooseTitle(page([['title', 'المزيد'], ['body', 'نص الخبر.']]), generic).line).toBeNull(); // a listed boilerplate line
  });

  it('chooseTitle falls back to the headline-shaped line before the body closest to a title by score, and relabels it', () => {
    const lines = page([['boilerplate', 'الرئيسية / سياسة'], ['boilerplate', 'وزير التجارة التركي: مستعدون لبحث فتح المعابر'], ['body', 'قال الوزير إن بلاده مستعدة.']]);
    const ev = { scores: scores([[-5, 0, 3], [2, 0, 2.5], [0, 9, 0]]), labels: LABELS };
    const got = chooseTitle(lines, generic, ev);
    expect(got.line?.n).toBe(2);
    expect([lines[1].role, lines[1].rule]).toEqual(['title', 'model_title_fallback']);
  });

  it('chooseTitle does not fall back to a lead paragraph (a sentence end) and prefers the HTML reader\'s headline', () => {
    const lead = page([['body', 'أعلنت أنقرة اليوم استعدادها لجولة محادثات جديدة مع دمشق.'], ['body', 'وأضافت الوزارة أن الموعد لم يحدد.']]);
    expect(chooseTitle(lead, generic, { scores: scores([[5, 0, 0], [0, 5, 0]]), labels: LABELS }).line).toBeNull();
    const lines = page([['boilerplate', 'قائمة'], ['boilerplate', 'عنوان الصفحة من وسم h1'], ['body', 'نص.']]);
    const got = chooseTitle(lines, generic, { scores: scores([[9, 0, 0], [-9, 0, 0], [0, 9, 0]]), labels: LABELS, hints: [null, 'title', null] });
    expect(got.line?.n).toBe(2);
  });
});

describe('chooseTitle on a page without article text', () => {
  it('chooseTitle does not fall back to a teaser headline when no line is body (a listing page)', () => {
    const lines = page([['boilerplate', 'أنقرة ودمشق.. اجتماع أمني جديد في بغداد'], ['boilerplate', '2024-07-08'], ['boilerplate', 'المعارضة في إسطنبول قلقة من تصريحات أردوغان']]);
    expect(chooseTitle(lines, generic, { scores: scores([[5, 0, 0], [0, 0, 5], [5, 0, 0]]), labels: LABELS }).line).toBeNull();
  });

  it('chooseTitle takes the headline under a kicker the labeller called title when the labeller read the headline as text', () => {
    const lines = page([['boilerplate', 'Theme notice'], ['title', 'اخبار الشرق الأوسط'], ['blank', ''], ['body', 'محادثات في موسكو تمهيدا لتطبيع العلاقات'], ['body', 'قالت الوزارة إن الاجتماع كان بناء.']]);
    const got = chooseTitle(lines, generic);
    expect(got.line?.n).toBe(4);
    expect(lines.map((l) => l.role)).toEqual(['boilerplate', 'boilerplate', 'blank', 'title', 'body']);
    expect([lines[1].rule, lines[3].rule]).toEqual(['model_kicker', 'model_title_under_kicker']);
    // A short title over a paragraph (a sentence end) keeps the title.
    const lead = page([['title', 'قمة موسكو'], ['body', 'قالت الوزارة إن الاجتماع كان بناء.']]);
    expect(chooseTitle(lead, generic).line?.n).toBe(1);
  });
});

describe('markRepeatedTitle', () => {
  it('markRepeatedTitle makes both lines of a headline printed twice at the top titles, and nothing else', () => {
    const lines = page([['boilerplate', 'عنوان الخبر هنا'], ['blank', ''], ['title', 'عنوان  الخبر هنا'], ['body', 'نص الخبر.']]);
    expect(markRepeatedTitle(lines, generic)).toBe(true);
    expect(lines.map((l) => [l.role, l.rule])).toEqual([['title', 'model_title_repeat'], ['blank', 'model'], ['title', 'model'], ['body', 'model']]);
    const sentences = page([['body', 'نص الخبر.'], ['body', 'نص الخبر.'], ['body', 'آخر']]);
    expect(markRepeatedTitle(sentences, generic)).toBe(false); // a sentence end: not a headline
    const late = page([['title', 'أ'], ['body', 'ب ب'], ['body', 'ج ج'], ['body', 'د د'], ['boilerplate', 'أ']]);
    expect(markRepeatedTitle(late, generic)).toBe(false); // the repeat is past the first four content lines
  });
});
