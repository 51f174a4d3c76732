import { describe, expect, it } from 'vitest';
import { chooseTitle } from '../../../src/split/model/chooseTitle';
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
});
