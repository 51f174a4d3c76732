import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { renderKwicHtml } from '../../src/charts/renderKwicHtml';
import { displayTable } from '../../src/charts/displayTable';
import { rowsOfFrame } from '../../src/charts/rowsOfFrame';
import { toDataFrame } from '../../src/tables/toDataFrame';
import { NO_CHROMIUM, screenshotDir, useChromium } from './browser';

const ROWS = [
  { id: 'p1', category: 'slogan', pre: 'خرج المتظاهرون في إدلب يهتفون ', keyword: 'لن نصالح', post: ' مع النظام السوري بعد اليوم' },
  { id: 'p2<b>', category: 'stance_oppose', pre: '<img src=x onerror="window.__xss=1">', keyword: 'نرفض', post: 'التطبيع & "الخيانة"' },
];

describe('renderKwicHtml', () => {
  const html = renderKwicHtml(ROWS, { columns: ['id'], caption: 'KWIC <test>' });
  it('writes a dir="rtl" table whose cells are, in document order, preceding context, keyword, following context, fields', () => {
    expect(html).toMatch(/^<div class="khitab-kwic-scroll" dir="rtl"[^>]*>\n<table class="khitab-kwic" dir="rtl" style="direction:rtl;/);
    const first = /<tr><td class="kwic-pre"[^>]*><span dir="rtl">خرج المتظاهرون في إدلب يهتفون <\/span><\/td><td class="kwic-keyword"[^>]*>لن نصالح<\/td><td class="kwic-post"[^>]*> مع النظام السوري بعد اليوم<\/td><td[^>]*class="kwic-field"[^>]*>p1<\/td><\/tr>/;
    expect(html).toMatch(first);
  });
  it('escapes every value and the caption (page text is untrusted)', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;');
    expect(html).toContain('التطبيع &amp; &quot;الخيانة&quot;');
    expect(html).toContain('KWIC &lt;test&gt;');
  });
  it('says how many rows were left out, or that there are none', () => {
    expect(renderKwicHtml(ROWS, { maxRows: 1 })).toContain('1 of 2 rows shown');
    expect(renderKwicHtml([])).toContain('no rows');
  });
});

describe('displayTable', () => {
  it('accept a danfo DataFrame and show its rows (issue 19)', () => {
    const df = toDataFrame([{ outlet: 'arab48', hits: 3 }, { outlet: 'orient_news', hits: 1 }], ['outlet', 'hits']);
    expect(rowsOfFrame(df)).toEqual([{ outlet: 'arab48', hits: 3 }, { outlet: 'orient_news', hits: 1 }]);
    const out: string[] = [];
    displayTable(df, undefined, { sink: (h) => out.push(h) });
    expect(out[0]).toContain('>orient_news</td>');
    expect(out[0]).toMatch(/<th[^>]*>hits<\/th>/);
    displayTable(toDataFrame(ROWS, ['id', 'pre', 'keyword', 'post']), ['id'], { kwic: true, sink: (h) => out.push(h) });
    expect(out[1]).toContain('class="kwic-keyword"');
    expect(out[1]).toContain('>لن نصالح</td>');
    expect(out[1]).toMatch(/class="kwic-post"[^>]*> مع النظام السوري بعد اليوم<\/td><td[^>]*class="kwic-field"[^>]*>p1<\/td>/);
  });
});

const chromium = useChromium('khitab-kwic-');

describe.skipIf(NO_CHROMIUM !== null)('renderKwicHtml in headless Chromium', () => {
  it('puts the preceding context right of the keyword and the following context left of it, each against the keyword', async () => {
    const long = { id: 'p3', category: 'slogan', pre: 'بداية بعيدة جدا عن الكلمة '.repeat(4) + 'قرب الكلمة ', keyword: 'لن نصالح', post: ' بعد الكلمة مباشرة' + ' ونص طويل يلي'.repeat(6) };
    const file = path.join(chromium.tmp, 'kwic.html');
    fs.writeFileSync(file, `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${renderKwicHtml([...ROWS, long], { columns: ['id'] })}</body></html>`);
    const page = await chromium.browser.newPage({ viewport: { width: 900, height: 400 }, deviceScaleFactor: 2 });
    await page.goto('file://' + file);
    await page.evaluate('document.fonts.ready');
    const geo = (await page.evaluate(`Array.from(document.querySelectorAll('.khitab-kwic tbody tr')).map((tr) => {
      const box = (sel) => { const e = tr.querySelector(sel); const r = e.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
      const textBox = (sel) => { const e = tr.querySelector(sel); const range = document.createRange(); range.selectNodeContents(e); const rs = Array.from(range.getClientRects());
        return {left: Math.min(...rs.map((r) => r.left)), right: Math.max(...rs.map((r) => r.right)), lines: new Set(rs.map((r) => Math.round(r.top))).size}; };
      return { pre: box('.kwic-pre'), kw: box('.kwic-keyword'), post: box('.kwic-post'), preText: textBox('.kwic-pre span'), kwText: textBox('.kwic-keyword'), postText: textBox('.kwic-post'),
        direction: getComputedStyle(tr.closest('table')).direction, kwAlign: getComputedStyle(tr.querySelector('.kwic-keyword')).textAlign,
        arabic: /[\\u0600-\\u06FF]/.test(tr.querySelector('.kwic-keyword').textContent) };
    })`)) as any[];
    await page.screenshot({ path: path.join(screenshotDir(), 'kwic-table.png') });
    expect((await page.evaluate('window.__xss')) ?? null).toBe(null);
    for (const g of geo) {
      expect(g.direction).toBe('rtl');
      expect(g.arabic).toBe(true);
      // Reading right to left: preceding context, keyword, following context.
      expect(g.pre.left).toBeGreaterThanOrEqual(g.kw.right - 1);
      expect(g.post.right).toBeLessThanOrEqual(g.kw.left + 1);
      // Keyword centred in its column.
      expect(g.kwAlign).toBe('center');
      expect(Math.abs((g.kwText.left + g.kwText.right) / 2 - (g.kw.left + g.kw.right) / 2)).toBeLessThan(2);
      // Contexts hug the keyword (within the cell padding) and stay on one line.
      expect(g.preText.left - g.pre.left).toBeLessThan(10);
      expect(g.post.right - g.postText.right).toBeLessThan(10);
      expect(g.preText.lines).toBe(1);
      expect(g.postText.lines).toBe(1);
    }
    await page.close();
  });
});
