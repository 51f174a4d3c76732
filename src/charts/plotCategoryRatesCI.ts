import type { OutletProfileRow } from '../tables/types';
import { baseLayout, roundFor } from './baseLayout';
import { facetGrid, facetTitle } from './facetGrid';
import { categoryLabel, chartCategories, outletLabel, segmentLabel } from './labels';
import { SEGMENT_ORDER, categoryOrder, orderedUnique } from './order';
import { seriesColor } from './palette';
import type { ChartOptions, Figure, PlotlyTrace } from './types';
import { plotlySafeFigure } from './plotlyText';

/**
 * Dot-and-whisker chart of marker rates with their bootstrap confidence intervals: one panel per
 * segment, categories on the y axis, one coloured series per outlet (dots side by side), whiskers
 * from `ciLow` to `ciHigh`. Rows with a null rate are left out; a null interval draws a bare dot.
 * @example plotCategoryRatesCI([{outlet: 'a', segment: 'reporting', category: 'slogan', hits: 2, tokens: 1000, rate: 2, ciLow: 1, ciHigh: 3.5, articles: 1, resamples: 1000, seed: 1}]).data[0].error_x
 * // { type: 'data', symmetric: false, array: [1.5], arrayminus: [1], … }
 */
export function plotCategoryRatesCI(profile: OutletProfileRow[], options: ChartOptions = {}): Figure {
  const rows = profile.filter((r) => r.rate !== null && Number.isFinite(r.rate));
  const segs = orderedUnique(rows.map((r) => r.segment), SEGMENT_ORDER);
  const outlets = orderedUnique(rows.map((r) => r.outlet));
  const lexicon = chartCategories(options.lexicon);
  const cats = orderedUnique(rows.map((r) => r.category), categoryOrder(lexicon));
  const label = (c: string) => categoryLabel(c, lexicon);
  const grid = facetGrid(1, Math.max(1, segs.length));
  const layout = baseLayout(options, {
    defaultTitle: 'Marker rates with 95% bootstrap intervals',
    height: 200 + Math.max(1, cats.length) * (12 + 5 * Math.min(outlets.length, 6)),
    marginLeft: 170,
  });
  layout.scattermode = 'group';
  // The legend runs under the title, above the panel titles, across the full width.
  const legendRows = Math.ceil(outlets.length / 3); // 170 px entries, three across 661 px
  (layout.margin as Record<string, number>).t = 44 + 26 * legendRows + 34;
  layout.legend = { orientation: 'h', yref: 'container', xref: 'container', x: 0.02, xanchor: 'left', y: roundFor(1 - 40 / (layout.height as number), 4), yanchor: 'top', entrywidth: 170, entrywidthmode: 'pixels' };
  layout.scattergap = 0.3;
  const annotations = layout.annotations as Record<string, unknown>[];
  segs.forEach((seg, c) => {
    const cell = grid[0][c];
    annotations.push(facetTitle(segmentLabel(seg), cell));
    layout[cell.xkey] = { domain: cell.xdomain, anchor: cell.yaxis, rangemode: 'tozero', zeroline: true, title: { text: 'per 1,000 tokens' } };
    layout[cell.ykey] = { domain: cell.ydomain, anchor: cell.xaxis, type: 'category', categoryorder: 'array', categoryarray: cats.map(label), autorange: 'reversed', showticklabels: c === 0, title: { text: c === 0 ? 'marker category' : '' }, automargin: true };
  });
  const data: PlotlyTrace[] = [];
  outlets.forEach((o, i) => {
    segs.forEach((seg, c) => {
      const cell = grid[0][c];
      const mine = cats
        .map((cat) => rows.find((r) => r.outlet === o && r.segment === seg && r.category === cat))
        .filter((r): r is OutletProfileRow => r !== undefined);
      if (mine.length === 0) return;
      const x = mine.map((r) => roundFor(r.rate, 3));
      data.push({
        type: 'scatter',
        mode: 'markers',
        name: outletLabel(o, options.outletNames),
        legendgroup: o,
        showlegend: c === segs.findIndex((s) => rows.some((r) => r.outlet === o && r.segment === s)),
        x,
        y: mine.map((r) => label(r.category)),
        customdata: mine.map((r) => [r.hits, r.tokens, roundFor(r.ciLow, 3), roundFor(r.ciHigh, 3)]),
        hovertemplate: '%{fullData.name}<br>%{y}: %{x:.2f} per 1,000 tokens<br>95% CI %{customdata[2]}–%{customdata[3]}<br>%{customdata[0]} hits / %{customdata[1]} tokens<extra></extra>',
        marker: { color: seriesColor(i), size: 9 },
        error_x: {
          type: 'data',
          symmetric: false,
          array: mine.map((r, k) => (r.ciHigh === null || x[k] === null ? 0 : roundFor(Math.max(0, r.ciHigh - (r.rate as number)), 3))),
          arrayminus: mine.map((r, k) => (r.ciLow === null || x[k] === null ? 0 : roundFor(Math.max(0, (r.rate as number) - r.ciLow), 3))),
          color: seriesColor(i),
          thickness: 1.5,
          width: 3,
        },
        xaxis: cell.xaxis,
        yaxis: cell.yaxis,
      });
    });
  });
  return plotlySafeFigure({ data, layout });
}
