import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainOfPlotlyText, plotlySafeFigure, plotlyText } from '../../src/charts/plotlyText';
import { plotCategoryRates } from '../../src/charts/plotCategoryRates';
import { plotCategoryRatesCI } from '../../src/charts/plotCategoryRatesCI';
import { plotCommentVolume } from '../../src/charts/plotCommentVolume';
import { plotHashtags } from '../../src/charts/plotHashtags';
import { plotKeyness } from '../../src/charts/plotKeyness';
import { plotMarkersOverTime } from '../../src/charts/plotMarkersOverTime';
import { plotNamingShares } from '../../src/charts/plotNamingShares';
import { plotStanceReportingVsComments } from '../../src/charts/plotStanceReportingVsComments';
import type { Figure } from '../../src/charts/types';
import { ARTICLES, COMMENTS, HASHTAGS, HITS, KEYNESS, NAMING, PROFILE } from './fixtures';

/** Page text that plotly would read as markup: a live link, bold, a line break, an entity. */
const MARKUP = '<a href="https://evil.example/">click</a><b>B</b><br>&lt;';
/** The same text as plotly must receive it (written out by hand from plotly's entity table). */
const MARKUP_ESCAPED = '&lt;a href="https://evil.example/"&gt;click&lt;/a&gt;&lt;b&gt;B&lt;/b&gt;&lt;br&gt;&amp;lt;';

describe('plotlyText', () => {
  it('writes & < > as the entities plotly decodes, and nothing else', () => {
    expect(plotlyText(MARKUP)).toBe(MARKUP_ESCAPED);
    expect(plotlyText('لن نصالح "x" \'y\'')).toBe('لن نصالح "x" \'y\'');
    expect(plotlyText('a\nb\r\nc')).toBe('a<br>b<br>c'); // a newline is a line break, the only tag made
  });
});

describe('plainOfPlotlyText', () => {
  it('gives back the text plotlyText escaped', () => {
    expect(plainOfPlotlyText(MARKUP_ESCAPED)).toBe(MARKUP);
  });
});

describe('plotlySafeFigure', () => {
  it('escapes every string but templates', () => {
    const f = plotlySafeFigure({ data: [{ type: 'bar', y: ['<b>x</b>', 1], name: 'a&b', hovertemplate: '%{y}<br>%{x}<extra></extra>' }], layout: { title: { text: '<i>t</i>' } } });
    expect(f).toEqual({
      data: [{ type: 'bar', y: ['&lt;b&gt;x&lt;/b&gt;', 1], name: 'a&amp;b', hovertemplate: '%{y}<br>%{x}<extra></extra>' }],
      layout: { title: { text: '&lt;i&gt;t&lt;/i&gt;' } },
    });
  });
});

/** Outlet ids, page ids, titles, terms and tags carrying MARKUP, as pages could give them. */
const o = `outlet${MARKUP}`;
const articles = ARTICLES.map((a) => ({ ...a, id: `${a.id}${MARKUP}`, outlet: a.outlet && o, title: `${a.title}${MARKUP}`, published: a.published }));
const comments = COMMENTS.map((c) => ({ ...c, articleId: `${c.articleId}${MARKUP}`, outlet: o }));
const hits = HITS.map((h) => ({ ...h, id: `${h.id}${MARKUP}`, outlet: h.outlet && o }));
const opts = { source: `corpus ${MARKUP}` };

/** Every chart builder of src/charts/, called on tables whose page-derived text carries MARKUP. */
const BUILDERS: Record<string, () => Figure> = {
  plotCategoryRates: () => plotCategoryRates(PROFILE.map((r) => ({ ...r, outlet: o })), opts),
  plotCategoryRatesCI: () => plotCategoryRatesCI(PROFILE.map((r) => ({ ...r, outlet: o })), opts),
  plotCommentVolume: () => plotCommentVolume(articles, comments, opts),
  plotHashtags: () => plotHashtags(HASHTAGS.map((h) => ({ ...h, tag: `${h.tag}${MARKUP}`, outlet: o })), opts),
  plotKeyness: () => plotKeyness(KEYNESS.map((k) => ({ ...k, comparison: `outlet:${o} vs rest`, term: `${k.term}${MARKUP}` })), `outlet:${o} vs rest`, 15, opts),
  plotMarkersOverTime: () => plotMarkersOverTime(articles, hits, opts),
  plotNamingShares: () => plotNamingShares(NAMING.map((n) => ({ ...n, outlet: o })), opts),
  plotStanceReportingVsComments: () => plotStanceReportingVsComments(articles, comments, opts),
};

/** Every string of a spec with the key it sits under. */
function strings(value: unknown, key: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([key, value]);
  else if (Array.isArray(value)) for (const v of value) strings(v, key, out);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, k, out);
  return out;
}

describe('every chart builder', () => {
  it('is in this list (a new plot*.ts must be added here)', () => {
    const files = readdirSync(join(__dirname, '../../src/charts')).filter((f) => /^plot[A-Z].*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(Object.keys(BUILDERS).sort());
  });

  it.each(Object.keys(BUILDERS))('%s passes page text to plotly escaped, templates kept', (name) => {
    const all = strings(BUILDERS[name](), 'figure');
    const text = all.filter(([k]) => !/template$/i.test(k)).map(([, s]) => s);
    // The payload reached the spec (the test can fail) and only in escaped form.
    expect(text.some((s) => s.includes(MARKUP_ESCAPED)), 'payload in the spec').toBe(true);
    for (const s of text) {
      // The one tag allowed is the line break plotlyText makes of a newline.
      expect(s.replace(/<br>/g, ''), s).not.toMatch(/[<>]/);
      expect(s, s).not.toMatch(/&(?!(?:amp|lt|gt);)/);
    }
    // khitab's own hover markup is left as markup.
    expect(all.some(([k, s]) => k === 'hovertemplate' && s.includes('<br>'))).toBe(true);
  });
});
