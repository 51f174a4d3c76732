import type { OutletProfileRow } from '../tables/types';
import { houseLayout, labelMarginPx, roundFor, topLegend } from './baseLayout';
import { houseSizes } from './journalSize';
import { linesHeightPx, lineCount, wrapText } from './textFit';
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
  const single = options.column === 'single';
  const sizes = houseSizes(options.column);
  // Single column: English over Arabic, two short lines where one long one would take half the width.
  const label = (c: string) => (single ? categoryLabel(c, lexicon).replace(' · ', '\n') : categoryLabel(c, lexicon));
  const tickFont = single ? sizes.note : sizes.font;
  const left = single ? labelMarginPx(cats.map(label), tickFont) : 170;
  const right = single ? 16 : 30;
  const xgap = 0.08;
  const panelPx = ((sizes.width - left - right) * (1 - xgap * (segs.length - 1))) / Math.max(1, segs.length);
  const xTitle = wrapText('per 1,000 tokens', panelPx, sizes.font);
  const bottom = 2 * sizes.font + 12 + linesHeightPx(lineCount(xTitle), sizes.font) + 12 + 25;
  const { layout, frame } = houseLayout(options, { defaultTitle: 'Marker rates with 95% bootstrap intervals', marginLeft: left, marginRight: right, marginBottom: bottom });
  layout.scattermode = 'group';
  layout.scattergap = 0.3;
  // The legend runs under the title, above the panel titles, across the full width.
  const legend = topLegend(frame, outlets.map((o) => outletLabel(o, options.outletNames)));
  const margin = layout.margin as Record<string, number>;
  margin.t = frame.titleBottom + legend.height + linesHeightPx(1, sizes.panel) + 10;
  const rowPx = single ? 26 : 12 + 5 * Math.min(outlets.length, 6); // single: two lines at 9.5 px
  layout.height = margin.t + rowPx * Math.max(1, cats.length) + margin.b;
  layout.legend = legend.at(layout.height as number);
  const grid = facetGrid(1, Math.max(1, segs.length), { xgap });
  const annotations = layout.annotations as Record<string, unknown>[];
  segs.forEach((seg, c) => {
    const cell = grid[0][c];
    annotations.push(facetTitle(segmentLabel(seg), cell, sizes.panel));
    layout[cell.xkey] = { domain: cell.xdomain, anchor: cell.yaxis, rangemode: 'tozero', zeroline: true, title: { text: xTitle }, ...(single ? { nticks: 4 } : {}) };
    layout[cell.ykey] = { domain: cell.ydomain, anchor: cell.xaxis, type: 'category', categoryorder: 'array', categoryarray: cats.map(label), range: [cats.length - 0.5, -0.5], autorange: false, tickfont: { size: tickFont }, showticklabels: c === 0, title: { text: c === 0 && !single ? 'marker category' : '' }, automargin: true };
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
        marker: { color: seriesColor(i), size: single ? 6 : 9 },
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
