import { describe, expect, it } from 'vitest';
import { unwrapLines, wrappedRuns } from '../../../src/split/model/unwrapLines';

// A paragraph broken at about 40 code units, as print and PDF text is (written for this test).
const wrapped = [
  'لم يكن لقاء وزيري الدفاع في موسكو حدثاً',
  'عابراً، فلا يمكن قراءته بمعزل عن التحولات',
  'التي يشهدها الإقليم منذ مطلع العام الحالي',
  'وحاجة الطرفين إلى مخرج من المأزق.',
];

describe('wrappedRuns', () => {
  it('wrappedRuns finds adjacent open lines of one width closed by a sentence end', () => {
    expect(wrappedRuns(['عنوان', '', ...wrapped, '', 'سطر آخر.'])).toEqual([[2, 5]]);
  });

  it('wrappedRuns takes a run cut by a page break when its lines have clause breaks', () => {
    const cut = [wrapped[0], wrapped[1], 'التي يشهدها الإقليم، وحاجة الطرفين إلى مخرج', '٤'];
    expect(wrappedRuns(cut)).toEqual([[0, 2]]);
  });

  it('wrappedRuns leaves headline lists, a title over its paragraph, list items and meta rows alone', () => {
    const headlines = ['وزير الخارجية التركي يزور موسكو الأسبوع المقبل', 'دمشق تجدد مطالبتها بجدول زمني للانسحاب', 'أنقرة تعلن استعدادها لجولة محادثات جديدة'];
    expect(wrappedRuns(headlines)).toEqual([]); // no sentence end, no clause break
    const titleOverLead = ['وزير التجارة التركي: مستعدون لبحث إعادة تفعيل المعابر', 'أنقرة (الأناضول) – أعلن وزير التجارة التركي أن بلاده مستعدة لبحث إعادة تفعيل المعابر التجارية مع سوريا في أقرب وقت.'];
    expect(wrappedRuns(titleOverLead)).toEqual([]); // the closing line is far longer than the open one
    expect(wrappedRuns(['1) التطمينات ما بتطعمي خبز بدنا أفعال', '2) كل المناطق اللي سلمت كانت بتطمينات.'])).toEqual([]);
    expect(wrappedRuns(['↳ رداً على أبو أيهم · منذ يوم واحد', 'صحيح والله هذا الكلام.'])).toEqual([]);
    expect(wrappedRuns(['اكتب تعليقك هنا واضغط زر الإرسال الآن', 'اكتب تعليقك هنا...'])).toEqual([]);
  });
});

describe('unwrapLines', () => {
  it('unwrapLines gives every line of a run the joined paragraph and leaves the others', () => {
    const raws = ['عنوان', '', ...wrapped];
    const out = unwrapLines(raws);
    const joined = wrapped.join(' ');
    expect(out).toEqual(['عنوان', '', joined, joined, joined, joined]);
    expect(raws[2]).toBe(wrapped[0]); // the input is not changed
  });

  it('unwrapLines returns the same array when the page has no wrapped run', () => {
    const raws = ['عنوان', '', 'نص الخبر.'];
    expect(unwrapLines(raws)).toBe(raws);
  });
});
