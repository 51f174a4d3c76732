import type { ArticleRow, HitRow } from '../tables/types';
import { articlePagesOf } from '../tables/articlePages';
import { houseLayout, roundFor } from './baseLayout';
import { linesHeightPx, lineCount, wrapText } from './textFit';
import { categoryLabel, chartCategories } from './labels';
import { categoryOrder, orderedUnique } from './order';
import { NOTE_GREY } from './palette';
import { facetGrid, facetTitle } from './facetGrid';
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
 * Marker rates in the reporting over publication time, as small multiples: one small panel per
 * category (its label as the panel title, no legend to decode), all on one shared y scale so the
 * panels compare, each a single dark line. Per month (or year): hits of the category on reporting
 * lines per 1,000 reporting tokens of the articles published then. Articles without a usable date
 * are left out and counted in a note under the title. Negated hits are counted as hits (a rate of
 * use of the wording, not a stance score). Pages that are not articles (`pageKind` listing or
 * no_article) are left out and counted in the note. With no dated article at all the figure has no
 * axes: it says so in words instead of drawing an invented time axis.
 * @example plotMarkersOverTime(articles, hits).data[0].x // ['2016-12', '2023-01', …]
 * @example plotMarkersOverTime(undatedArticles, hits).data // [] (the note says why)
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
  // Three panels a row; at single column smaller ones, under titles wrapped to their width.
  const single = options.column === 'single';
  const nCols = Math.min(3, Math.max(1, cats.length));
  const nRows = Math.max(1, Math.ceil(cats.length / nCols));
  const panel = single ? 64 : 100; // plot height of a panel in px
  const { layout, frame } = houseLayout(options, { defaultTitle: 'Marker rates in the reporting over time', marginBottom: 70, marginLeft: single ? 40 : 80 });
  const { sizes } = frame;
  const margin = layout.margin as Record<string, number>;
  const notes = layout.annotations as Record<string, unknown>[];
  const notArticles = leftOut.size ? `; ${leftOut.size} ${leftOut.size === 1 ? 'page that is not an article' : 'pages that are not articles'} left out` : '';
  if (periods.length === 0) {
    layout.xaxis = { visible: false };
    layout.yaxis = { visible: false };
    const text = wrapText(`No article has a usable publication date (${undated} undated${notArticles}), so marker rates over time cannot be drawn. Add dates with --meta (a metadata CSV).`, sizes.width - margin.l - margin.r, sizes.font + 2);
    layout.height = margin.t + Math.max(80, linesHeightPx(lineCount(text), sizes.font + 2) + 20) + margin.b;
    notes.push({ text, xref: 'paper', yref: 'paper', x: 0.5, y: 0.5, xanchor: 'center', yanchor: 'middle', showarrow: false, font: { size: sizes.font + 2 } });
    return plotlySafeFigure({ data: [], layout });
  }
  const noteFont = single ? sizes.note : 11;
  const note = wrapText(`${periodOfArticle.size} dated articles in ${periods.length} ${gran === 'month' ? 'months' : 'years'}; ${undated} without a usable date left out${notArticles}.\nRate: hits per 1,000 reporting tokens, one scale for all panels.`, sizes.width - margin.l - margin.r, noteFont);
  const xgap = single ? 0.1 : 0.07;
  const panelWidth = ((sizes.width - margin.l - margin.r) * (1 - xgap * (nCols - 1))) / nCols;
  const titleFont = single ? sizes.note : 11;
  // English over Arabic, each wrapped to the panel: short lines fit over a small panel where one long one would not.
  const panelTitleOf = (cat: string): string => categoryLabel(cat, lexicon).split(' · ').map((part) => wrapText(part, panelWidth + 8, titleFont)).join('\n');
  const panelTitles = linesHeightPx(Math.max(1, ...cats.map((c) => lineCount(panelTitleOf(c)))), titleFont) + 6;
  // Under the title: the note, then the first row's panel titles.
  margin.t = frame.titleBottom + 6 + linesHeightPx(lineCount(note), noteFont) + 6 + panelTitles;
  notes.push({
    text: note,
    xref: 'paper', yref: 'paper', x: 0, y: 1, yshift: panelTitles + 6, xanchor: 'left', yanchor: 'bottom', showarrow: false, align: 'left', font: { size: noteFont, color: NOTE_GREY },
  });
  // Between rows: the x tick labels of the row above (only under the last row) and the panel titles.
  const gap = panelTitles + 16;
  const plotH = nRows * panel + (nRows - 1) * gap;
  layout.height = margin.t + plotH + margin.b;
  const rate = (cat: string, p: string): number | null => {
    const t = tokens.get(p) as number;
    if (t === 0) return null;
    const n = reporting.filter((h) => h.category === cat && periodOfArticle.get(h.id) === p).length;
    return roundFor((n / t) * 1000, 3);
  };
  const ys = cats.map((cat) => periods.map((p) => rate(cat, p)));
  const ymax = roundFor(Math.max(1, ...ys.flat().filter((v): v is number => v !== null)) * 1.1, 2);
  // First, middle and last period: three labels fit a small panel (first and last at single column).
  const ticks = orderedUnique(single ? [periods[0], periods[periods.length - 1]] : [periods[0], periods[Math.floor((periods.length - 1) / 2)], periods[periods.length - 1]]);
  const grid = facetGrid(nRows, nCols, { xgap, ygap: gap / plotH });
  // Single column: a 70 px panel holds two years (2016) but not two months (2016-12) clear of its y labels.
  const years = periods[0].slice(0, 4) !== periods[periods.length - 1].slice(0, 4);
  const tickformat = gran === 'year' || (single && years) ? '%Y' : single ? '%b' : '%Y-%m';
  // Padded date range, so the first month's label stands clear of the y labels in the corner.
  const t0 = Date.parse(periods[0]);
  const t1 = Date.parse(periods[periods.length - 1]);
  const pad = Math.max(45 * 86400e3, (single ? 0.4 : 0.25) * (t1 - t0));
  const xrange = [new Date(t0 - pad).toISOString().slice(0, 10), new Date(t1 + pad).toISOString().slice(0, 10)];
  const data: PlotlyTrace[] = cats.map((cat, i) => {
    const cell = grid[Math.floor(i / nCols)][i % nCols];
    notes.push(facetTitle(panelTitleOf(cat), cell, titleFont));
    const bottomRow = Math.floor(i / nCols) === nRows - 1 || i + nCols >= cats.length;
    layout[cell.xkey] = { domain: cell.xdomain, anchor: cell.yaxis, type: 'date', tickformat, tickmode: 'array', tickvals: ticks, tickangle: 0, range: xrange, autorange: false, showticklabels: bottomRow, matches: i === 0 ? undefined : 'x', automargin: false };
    layout[cell.ykey] = { domain: cell.ydomain, anchor: cell.xaxis, range: [0, ymax], nticks: 3, showticklabels: i % nCols === 0, automargin: false };
    return {
      type: 'scatter',
      mode: 'lines+markers',
      name: categoryLabel(cat, lexicon),
      showlegend: false,
      x: periods,
      y: ys[i],
      customdata: periods.map((p) => tokens.get(p)),
      hovertemplate: '%{x}<br>%{fullData.name}: %{y:.2f} per 1,000 tokens (%{customdata} tokens)<extra></extra>',
      marker: { color: LINE_COLOR, size: 5 },
      line: { color: LINE_COLOR, width: 1.5 },
      xaxis: cell.xaxis,
      yaxis: cell.yaxis,
    };
  });
  return plotlySafeFigure({ data, layout });
}

/** Colour of every panel's line: Okabe–Ito blue (one series per panel needs no palette). */
const LINE_COLOR = '#0072B2';
