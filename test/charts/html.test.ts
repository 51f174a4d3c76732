import { describe, expect, it } from 'vitest';
import { displayFigure, resetDisplayFigure } from '../../src/charts/displayFigure';
import { displayTable } from '../../src/charts/displayTable';
import { figureDivHtml } from '../../src/charts/figureHtml';
import { formatCell, renderTableHtml } from '../../src/charts/renderTableHtml';
import { renderRoleView, ROLE_COLORS } from '../../src/charts/renderRoleView';
import { plotHashtags } from '../../src/charts/plotHashtags';
import type { Article } from '../../src/split/types';
import { HASHTAGS } from './fixtures';

describe('formatCell', () => {
  it.each([
    [3, '3'],
    [0.12345, '0.123'],
    [null, ''],
    [undefined, ''],
    [true, 'true'],
    ['لن نصالح', 'لن نصالح'],
  ])('formatCell(%j) is %j', (v, expected) => expect(formatCell(v)).toBe(expected));
});

describe('renderTableHtml', () => {
  const rows = [
    { outlet: 'orient_news', text: 'لن نصالح', rate: 2.5 },
    { outlet: 'arab48', text: 'محادثات', rate: null },
    { outlet: 'al_bawsala', text: 'x', rate: 10 },
  ];
  it('right-aligns numeric columns, sets dir="auto" on every cell and escapes text', () => {
    const html = renderTableHtml(rows, undefined, { caption: 'a <b> c' });
    expect(html).toContain('<caption style="text-align:left;font-weight:bold;padding:4px 0;">a &lt;b&gt; c</caption>');
    expect(html.match(/<td dir="auto"/g)?.length).toBe(9);
    expect(html).toContain('text-align:right;font-variant-numeric:tabular-nums;">2.500</td>');
    expect(html).toMatch(/<td dir="auto" [^>]*text-align:start[^>]*>لن نصالح<\/td>/);
    expect(html).toMatch(/<th dir="auto" [^>]*text-align:right;">rate<\/th>/);
  });
  it('limits rows and says how many were shown', () => {
    const html = renderTableHtml(rows, ['outlet'], { maxRows: 2 });
    expect(html.match(/<td dir="auto"/g)?.length).toBe(2); // 2 rows × 1 column
    expect(html).toContain('2 of 3 rows shown');
    expect(html).not.toContain('rate');
  });
  it('says when there are no rows', () => {
    expect(renderTableHtml([], [], {})).toContain('no rows');
  });
});

describe('displayTable', () => {
  it('sends the table HTML to the sink', () => {
    const out: string[] = [];
    displayTable([{ a: 1 }], undefined, { sink: (h) => out.push(h) });
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('<table class="khitab-table"');
  });
});

describe('displayFigure', () => {
  it('embeds plotly.js once, then one div and newPlot script per figure with distinct ids', () => {
    resetDisplayFigure();
    const out: string[] = [];
    const sink = (h: string): void => { out.push(h); };
    displayFigure(plotHashtags(HASHTAGS), { sink });
    displayFigure(plotHashtags(HASHTAGS), { sink });
    expect(out).toHaveLength(3);
    expect(out[0].startsWith('<script>')).toBe(true);
    expect(out[0]).toContain('window.Plotly=');
    expect(out[1]).toContain(`id="khitab-figure-${process.pid}-1"`);
    expect(out[2]).toContain(`id="khitab-figure-${process.pid}-2"`);
    expect(out[2]).toContain('Plotly.newPlot(');
    resetDisplayFigure();
  });
  it('loads plotly.js from plotlySrc (escaped) instead of inlining it, once', () => {
    resetDisplayFigure();
    const out: string[] = [];
    const sink = (h: string): void => { out.push(h); };
    displayFigure(plotHashtags(HASHTAGS), { sink, plotlySrc: '../figures/plotly.min.js?a="b"' });
    displayFigure(plotHashtags(HASHTAGS), { sink, plotlySrc: '../figures/plotly.min.js' });
    expect(out).toHaveLength(3);
    expect(out[0]).toBe('<script src="../figures/plotly.min.js?a=&quot;b&quot;"></script>');
    resetDisplayFigure();
  });
});

describe('figureDivHtml', () => {
  it('sanitises the element id and escapes the figure JSON', () => {
    const html = figureDivHtml({ data: [], layout: { title: { text: '</script><b>' } } }, { id: 'a"b<c' });
    expect(html).toContain('id="a_b_c"');
    expect(html).not.toContain('</script><b>');
    expect(html).toContain('\\u003c/script\\u003e\\u003cb\\u003e');
  });
});

describe('renderRoleView', () => {
  const article: Article = {
    id: 'p1', file: 'p1.txt', encoding: 'utf-8', outlet: 'orient_news', outletSource: 'metadata', title: 'عنوان',
    lines: [
      { n: 1, role: 'title', text: 'عنوان', eol: '\n', rule: 'first_line', comment: null },
      { n: 2, role: 'blank', text: '', eol: '\n', rule: 'blank', comment: null },
      { n: 3, role: 'body', text: 'نص <المقال>', eol: '\n', rule: 'default', comment: null },
      { n: 4, role: 'comment_body', text: 'لن نصالح', eol: '', rule: 'after_meta', comment: 0 },
    ],
    comments: [], declaredCommentCount: 1, warnings: ['comment count mismatch'],
    pageKind: 'article', pageKindReason: '', splitConfidence: null,
  };
  const html = renderRoleView(article);
  it('shows every non-blank line with its number, role, colour and escaped text', () => {
    expect(html.match(/<tr /g)?.length).toBe(3);
    expect(html).toContain(`<tr style="background:${ROLE_COLORS.comment_body};" title="comment_body #0 (rule: after_meta)">`);
    expect(html).toContain('نص &lt;المقال&gt;');
    expect(html).toContain('<td dir="auto"');
    expect(html).toContain('comment count mismatch');
  });
  it('has a legend of the roles used, in canonical order', () => {
    const legend = html.split('\n').find((l) => l.startsWith('<div class="legend"'))!;
    expect([...legend.matchAll(/>([a-z_]+)<\/span>/g)].map((m) => m[1])).toEqual(['title', 'body', 'comment_body', 'blank']);
  });
});
