/**
 * Comparison of khitab's HTML extraction with @mozilla/readability (Firefox Reader View) on the
 * fixture pages: recall of the article paragraphs we know (hand-picked below) and leakage of
 * reader comments into the main text. Write-up: docs/html-extraction.md.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../src/corpus/html/dom';
import { htmlToPageText } from '../../src/corpus/html/htmlToPage';

const FIXTURES = resolve(__dirname, '../fixtures/html');

/** Hand-picked truth per fixture: article paragraphs (must be extracted) and comment texts (must not leak into the main text). */
const TRUTH: Record<string, { body: string[]; comments: string[] }> = {
  'wordpress-jannah': {
    body: ['قالت وزارتا الدفاع التركية والروسية إن الاجتماع الرباعي في موسكو', 'وضرورة تكثيف الجهود من أجل عودة اللاجئين السوريين', 'يشترط الانسحاب الكامل للقوات التركية', 'المصدر: عرب 48'],
    comments: ['دماء الشهداء ليست ورقة تفاوض', 'المصالحة مصلحة للاجئين', 'أنقرة تبحث عن مصالحها فقط'],
  },
  disqus: {
    body: ['عبر نشطاء مواقع التواصل الاجتماعي', 'ونشر النشطاء مقاطع مصورة', 'لن نصالح من قتل أطفالنا'],
    comments: ['الشعب السوري لن يقبل بالمصالحة', 'السياسة مصالح يا أخي'],
  },
  facebook: {
    body: ['تستضيف العاصمة التركية أنقرة مجدداً', 'وأكد مصدر عسكري في الجيش السوري الحر'],
    comments: ['الخطر هو إيران وميليشياتها', 'نقول الخير فيما يختاره الله'],
  },
  'generic-comments': {
    body: ['كشفت الرئاسة التركية موعد الاجتماع المرتقب', 'وقال كالن في تصريحات'],
    comments: ['الف مبروك لبشار اسد', 'عساكم لجهنم انتم و الأسد'],
  },
  'hostile-comment': {
    body: ['شهدت العاصمة الروسية اجتماعا أمنيا', 'تحذير: رابط داخل المقال'],
    comments: ['هذا نص التعليق', 'نص بعد الإطار'],
  },
  'jsonld-newsarticle': {
    body: ['التقى وزيرا دفاع تركيا والنظام السوري', 'وقالت وزارة الدفاع الروسية', 'خرجت مظاهرات في الشمال السوري'],
    comments: [],
  },
};

interface Score { recall: number; leaked: number }

function score(mainText: string, truth: { body: string[]; comments: string[] }): Score {
  const text = collapseWhitespace(mainText);
  return {
    recall: truth.body.filter((b) => text.includes(b)).length / truth.body.length,
    leaked: truth.comments.filter((c) => text.includes(c)).length,
  };
}

/** khitab's main text: every line not hinted as a comment line. */
function khitabMain(html: string): string {
  const page = htmlToPageText(html);
  return page.text.split('\n').filter((_, i) => !String(page.roleHints[i]).startsWith('comment_')).join('\n');
}

/** Readability's main text, run on linkedom's document as the brief asks. */
function readabilityMain(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as never).parse();
  return article?.textContent ?? '';
}

const rows = Object.entries(TRUTH).map(([name, truth]) => {
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  return { name, khitab: score(khitabMain(html), truth), readability: score(readabilityMain(html), truth), comments: truth.comments.length };
});

describe('htmlToPageText compared with Readability', () => {
  it('prints the comparison table', () => {
    const table = rows.map((r) => `${r.name.padEnd(20)} khitab recall ${r.khitab.recall.toFixed(2)} leaked ${r.khitab.leaked}/${r.comments}   readability recall ${r.readability.recall.toFixed(2)} leaked ${r.readability.leaked}/${r.comments}`);
    console.log(table.join('\n'));
    expect(rows).toHaveLength(6);
  });

  it.each(rows)('$name: khitab keeps every known article paragraph and no comment in the main text', ({ khitab }) => {
    expect(khitab).toEqual({ recall: 1, leaked: 0 });
  });

  it.each(rows)('$name: every comment text is in khitab\'s comment lines', ({ name }) => {
    const page = htmlToPageText(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'));
    const commentText = page.text.split('\n').filter((_, i) => page.roleHints[i] === 'comment_body').join('\n');
    for (const c of TRUTH[name].comments) expect(commentText).toContain(c);
  });
});
