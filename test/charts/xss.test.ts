import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../../src/charts/escapeHtml';
import { figureToHtml } from '../../src/charts/figureToHtml';
import { plotHashtags } from '../../src/charts/plotHashtags';
import { renderRoleView } from '../../src/charts/renderRoleView';
import { renderTableHtml } from '../../src/charts/renderTableHtml';
import type { Article } from '../../src/split/types';
import { NO_CHROMIUM, useChromium } from './browser';
import { COMMENTS, XSS_TEXT } from './fixtures';

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('jsonForScript', () => {
  it('leaves no <, >, & or line separators in the output and keeps the value', () => {
    const value = { t: '</script><script>alert(1)</script> & \u2028\u2029 لن نصالح' };
    const out = jsonForScript(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});

const ARTICLE: Article = {
  id: 'x1', file: 'x1.txt', encoding: 'utf-8', outlet: 'orient_news', outletSource: 'metadata', title: XSS_TEXT,
  lines: [
    { n: 1, role: 'title', text: XSS_TEXT, eol: '\n', rule: 'first_line', comment: null },
    { n: 2, role: 'comment_body', text: XSS_TEXT, eol: '', rule: 'after_meta', comment: 0 },
  ],
  comments: [], declaredCommentCount: null, warnings: [XSS_TEXT],
  pageKind: 'article', pageKindReason: '', splitConfidence: null,
};


describe.skipIf(NO_CHROMIUM !== null)('renderTableHtml, renderRoleView and figureToHtml against script injection (headless Chromium)', () => {
  const chromium = useChromium('khitab-xss-');

  it('keeps window.__xss undefined and shows the comment as text (renderTableHtml + renderRoleView)', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${renderTableHtml(COMMENTS, ['articleId', 'comment', 'text'], { caption: XSS_TEXT })}${renderRoleView(ARTICLE)}</body></html>`;
    const page = await chromium.browser.newPage();
    await page.setContent(html);
    await page.waitForTimeout(200);
    expect(await page.evaluate('typeof window.__xss')).toBe('undefined');
    expect(await page.evaluate('document.querySelectorAll("script, img").length')).toBe(0);
    const text = (await page.evaluate('document.body.innerText')) as string;
    expect(text).toContain('<script>window.__xss=1</script>');
    expect(text).toContain('<img src=x onerror="window.__xss=2">');
    await page.close();
  });

  it('keeps window.__xss undefined in a figure whose labels carry the payload (figureToHtml)', async () => {
    // The outlet (legend name) carries plotly's own markup: a link, bold and a line break.
    const outlet = '<a href="https://evil.example/">link</a><b>bold</b><br>x';
    const fig = plotHashtags([{ tag: XSS_TEXT, kind: 'hashtag', outlet, segment: 'comments', count: 2 }, { tag: XSS_TEXT, kind: 'hashtag', outlet: 'o', segment: 'comments', count: 1 }], { title: XSS_TEXT, source: XSS_TEXT });
    const file = path.join(chromium.tmp, 'xss-figure.html');
    fs.writeFileSync(file, figureToHtml(fig));
    const page = await chromium.browser.newPage();
    await page.goto('file://' + file);
    await page.waitForSelector('#figure .main-svg');
    await page.waitForTimeout(200);
    expect(await page.evaluate('typeof window.__xss')).toBe('undefined');
    expect(await page.evaluate('document.querySelectorAll("img").length')).toBe(0);
    // Only the two scripts figureToHtml writes (plotly, newPlot) exist.
    expect(await page.evaluate('document.querySelectorAll("script").length')).toBe(2);
    expect(await page.title()).toBe(XSS_TEXT);
    const tick = (await page.evaluate(`document.querySelector('#figure .ytick text').textContent`)) as string;
    expect(tick).toContain('window.__xss=1');
    // plotly drew the outlet as text: no link, no bold span, no second line.
    expect(await page.evaluate(`document.querySelectorAll('#figure a').length`)).toBe(0);
    const legend = (await page.evaluate(`[...document.querySelectorAll('#figure .legendtext')].map((t) => t.textContent)`)) as string[];
    expect(legend).toContain(outlet);
    expect(await page.evaluate(`document.querySelectorAll('#figure .legendtext tspan').length`)).toBe(0);
    await page.close();
  });
});
