import type { ArticleRow, HitRow } from '../tables/types';
import { articlePagesOf } from '../tables/articlePages';
import { baseLayout, roundFor } from './baseLayout';
import { categoryLabel, chartCategories } from './labels';
import { categoryOrder, orderedUnique } from './order';
import { seriesColor } from './palette';
import type { ChartOptions, Figure, PlotlyTrace } from './types';
import { plotlySafeFigure } from './plotlyText';

/** Options of `plotMarkersOverTime`. */
export interface MarkersOverTimeOptions extends ChartOptions {
  /** Categories to draw. Default: every category with a reporting hit. */
  categories?: string[];
  /** Time bucket: `month` (default; needs `YYYY-MM…` dates) or `year` (also uses `YYYY` dates). */
  granularity?: 'month' | 'year';
}

/**
 * The time bucket of a `published` value (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or null when the
 * value is missing or too coarse for the granularity.
 * @example periodOf('2023-04-25', 'month') // '2023-04'
 * @example periodOf('2023', 'month') // null
 */
export function periodOf(published: string | null, granularity: 'month' | 'year'): string | null {
  if (!published) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?$/.exec(published.trim());
  if (!m) return null;
  if (granularity === 'year') return m[1];
  return m[2] ? `${m[1]}-${m[2]}` : null;
}

/**
 * Marker rates in the reporting over publication time: per month (or year), hits of each category
 * on reporting lines per 1,000 reporting tokens of the articles published then. Articles without a
 * usable date are left out and counted in a note under the title. Negated hits are counted as hits
 * (this is a rate of use of the wording, not a stance score). Pages that are not articles
 * (`pageKind` listing or no_article) are left out and counted in the note.
 * @example plotMarkersOverTime(articles, hits).data[0].x // ['2016-12', '2023-01', …]
 */
export function plotMarkersOverTime(allArticles: ArticleRow[], hits: HitRow[], options: MarkersOverTimeOptions = {}): Figure {
  const { kept: articles, leftOut } = articlePagesOf(allArticles);
  const gran = options.granularity ?? 'month';
  const periodOfArticle = new Map<string, string>();
  let undated = 0;
  for (const a of articles) {
    const p = periodOf(a.published, gran);
    if (p === null) undated++;
    else periodOfArticle.set(a.id, p);
  }
  const periods = orderedUnique(periodOfArticle.values());
  const tokens = new Map<string, number>(periods.map((p) => [p, 0]));
  for (const a of articles) {
    const p = periodOfArticle.get(a.id);
    if (p !== undefined) tokens.set(p, (tokens.get(p) as number) + a.bodyTokens);
  }
  const reporting = hits.filter((h) => h.segment === 'reporting' && periodOfArticle.has(h.id));
  const lexicon = chartCategories(options.lexicon);
  const cats = options.categories ?? orderedUnique(reporting.map((h) => h.category), categoryOrder(lexicon));
  const layout = baseLayout(options, { defaultTitle: 'Marker rates in the reporting over time', height: 500 });
  layout.xaxis = { type: 'date', tickformat: gran === 'month' ? '%Y-%m' : '%Y', title: { text: gran === 'month' ? 'publication month' : 'publication year' } };
  layout.yaxis = { rangemode: 'tozero', title: { text: 'hits per 1,000 tokens (reporting)' } };
  const notes = layout.annotations as Record<string, unknown>[];
  notes.push({
    text: `${periodOfArticle.size} dated articles in ${periods.length} ${gran === 'month' ? 'months' : 'years'}; ${undated} without a usable date left out`
      + (leftOut.size ? `; ${leftOut.size} ${leftOut.size === 1 ? 'page that is not an article' : 'pages that are not articles'} left out` : ''),
    xref: 'paper', yref: 'paper', x: 1, y: 1.0, xanchor: 'right', yanchor: 'bottom', showarrow: false,
    font: { size: 11, color: '#555555' },
  });
  const data: PlotlyTrace[] = cats.map((cat, i) => ({
    type: 'scatter',
    mode: 'lines+markers',
    name: categoryLabel(cat, lexicon),
    x: periods,
    y: periods.map((p) => {
      const t = tokens.get(p) as number;
      if (t === 0) return null;
      const n = reporting.filter((h) => h.category === cat && periodOfArticle.get(h.id) === p).length;
      return roundFor((n / t) * 1000, 3);
    }),
    customdata: periods.map((p) => tokens.get(p)),
    hovertemplate: '%{x}<br>%{fullData.name}: %{y:.2f} per 1,000 tokens (%{customdata} tokens)<extra></extra>',
    marker: { color: seriesColor(i), size: 8 },
    line: { color: seriesColor(i), width: 1.5 },
  }));
  return plotlySafeFigure({ data, layout });
}
