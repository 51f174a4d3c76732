/**
 * Text for plotly.js. plotly reads every label it draws (titles, axis and tick labels, legend
 * names, annotations, hover text) as a small HTML subset: `<br>`, `<b>`, `<i>`, `<sub>`, `<sup>`,
 * `<span style>`, `<a href>` (a live link) and the entities `&lt; &gt; &amp;` and `&#…;`. Outlet
 * names, page ids, terms and hashtags come from pages, so each chart passes its spec through
 * `plotlySafeFigure` before returning it: the text then shows as written, and no page text becomes
 * markup or a link. Templates (`hovertemplate`, `texttemplate`) are khitab's own markup and are kept.
 */
import type { Figure } from './types';

/**
 * A string as plotly text: `&`, `<` and `>` written as the entities plotly decodes back, so it is
 * shown as written (plotly splits tags before it decodes entities); a line break `\n` becomes
 * plotly's `<br>` (charts write two-line labels that way).
 * @example plotlyText('<a href="https://x">x</a> & <br>') // '&lt;a href="https://x"&gt;x&lt;/a&gt; &amp; &lt;br&gt;'
 * @example plotlyText('hits per\n1,000 tokens') // 'hits per<br>1,000 tokens'
 */
export function plotlyText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')).replace(/\r?\n/g, '<br>');
}

/**
 * The text a `plotlyText` string shows: line breaks as spaces, its three entities decoded (e.g.
 * for an HTML `<title>`, which is escaped again as HTML).
 * @example plainOfPlotlyText('&lt;b&gt; &amp;amp;<br>x') // '<b> &amp; x'
 */
export function plainOfPlotlyText(text: string): string {
  return text.replace(/<br>/g, ' ').replace(/&(lt|gt|amp);/g, (_, e: string) => (e === 'lt' ? '<' : e === 'gt' ? '>' : '&'));
}

/** Keys whose strings are khitab's own plotly templates (markup intended), not text. */
const TEMPLATE_KEY = /template$/i;

function safeValue(value: unknown, key: string): unknown {
  if (typeof value === 'string') return TEMPLATE_KEY.test(key) ? value : plotlyText(value);
  if (Array.isArray(value)) return value.map((v) => safeValue(v, key));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = safeValue(v, k);
    return out;
  }
  return value;
}

/**
 * A copy of a figure spec with every string `plotlyText`-escaped except templates (keys ending in
 * `template`). Call it once, on the finished spec: escaping twice would show `&amp;`.
 * @example plotlySafeFigure({data: [{type: 'bar', y: ['<b>x</b>'], hovertemplate: '%{y}<br>%{x}'}], layout: {}}).data[0]
 * // { type: 'bar', y: ['&lt;b&gt;x&lt;/b&gt;'], hovertemplate: '%{y}<br>%{x}' }
 */
export function plotlySafeFigure(figure: Figure): Figure {
  return { data: safeValue(figure.data, 'data') as Figure['data'], layout: safeValue(figure.layout, 'layout') as Figure['layout'] };
}
