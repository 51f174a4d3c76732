import type { OutletProfileRow } from '../tables/types';
import { houseLayout, labelMarginPx, roundFor } from './baseLayout';
import { houseSizes } from './journalSize';
import { linesHeightPx, lineCount, textWidthPx, wrapText } from './textFit';
import { facetGrid, facetTitle } from './facetGrid';
import { categoryLabel, chartCategories, outletLabel, segmentLabel } from './labels';
import { SEGMENT_ORDER, categoryOrder, orderedUnique } from './order';
import { SEQUENTIAL_SCALE } from './palette';
import type { ChartOptions, Figure, PlotlyTrace } from './types';
import { plotlySafeFigure } from './plotlyText';

/** Options of `plotCategoryRates`. */
export interface CategoryRatesOptions extends ChartOptions {
  /** Most outlets whose cells still print their rate (more: colour and hover only, said in a note). Default 6. */
  maxOutletsWithNumbers?: number;
}

/**
 * Heatmap of marker rates, category × outlet, one panel per segment (reporting, comments), on one
 * shared Viridis colour scale in hits per 1,000 tokens. Categories run down the rows, so every
 * category label is written out horizontally (every tick forced, none skipped); outlets run across,
 * their names turned upright. Cells with no tokens are empty (null), not 0. Each cell prints its
 * rate (one decimal) so the chart does not rely on colour alone, while the cells are wide enough
 * (`maxOutletsWithNumbers`). The x axes do not grow into the margin, so the source note keeps its
 * own line under them.
 * @example plotCategoryRates([{outlet: 'a', segment: 'reporting', category: 'slogan', hits: 2, tokens: 1000, rate: 2, ciLow: 1, ciHigh: 3, articles: 1, resamples: 1000, seed: 1}]).data[0].z
 * // [[2]]
 */
export function plotCategoryRates(profile: OutletProfileRow[], options: CategoryRatesOptions = {}): Figure {
  const segs = orderedUnique(profile.map((r) => r.segment), SEGMENT_ORDER);
  const outlets = orderedUnique(profile.map((r) => r.outlet));
  const lexicon = chartCategories(options.lexicon);
  const cats = orderedUnique(profile.map((r) => r.category), categoryOrder(lexicon));
  const single = options.column === 'single';
  const sizes = houseSizes(options.column);
  // Single column: English over Arabic, two short lines where one long one would take half the width.
  const label = (c: string) => (single ? categoryLabel(c, lexicon).replace(' · ', '\n') : categoryLabel(c, lexicon));
  const rates = profile.map((r) => r.rate).filter((x): x is number => x !== null && Number.isFinite(x));
  const zmax = roundFor(Math.max(1, ...rates), 2);
  const xLabels = outlets.map((o) => outletLabel(o, options.outletNames));
  const yLabels = cats.map(label);
  const xLabelRoom = 14 + Math.ceil(Math.max(0, ...xLabels.map((l) => textWidthPx(l, sizes.font))));
  // Single column: a horizontal colour bar under the outlet names (title, bar, ticks).
  const barRoom = single ? 2 * linesHeightPx(1, sizes.font) + 34 : 0;
  const tickFont = single ? sizes.note : sizes.font;
  const left = single ? labelMarginPx(yLabels, tickFont) : 80;
  const right = single ? 16 : 30;
  const { layout, frame } = houseLayout(options, { defaultTitle: 'Marker rates by category and outlet', marginBottom: xLabelRoom + barRoom + 34, marginLeft: left, marginRight: right });
  const margin = layout.margin as Record<string, number>;
  const xgap = 0.04;
  const cellPx = ((sizes.width - left - right - (single ? 0 : 70)) * (1 - xgap * (segs.length - 1))) / Math.max(1, segs.length) / Math.max(1, outlets.length);
  const numberFont = single ? sizes.note : 10;
  const numbers = outlets.length <= (options.maxOutletsWithNumbers ?? 6) && cellPx >= textWidthPx('00.0', numberFont) + 6;
  const annotations = layout.annotations as Record<string, unknown>[];
  const panelTitle = linesHeightPx(1, sizes.panel) + 6;
  let top = frame.titleBottom + 10 + panelTitle;
  if (!numbers) {
    const why = outlets.length > (options.maxOutletsWithNumbers ?? 6) ? `${outlets.length} outlets` : 'Cells too narrow for numbers';
    const text = wrapText(`${why}: rates shown by colour (hover for the numbers).`, sizes.width - left - right, sizes.note);
    annotations.push({ text, xref: 'paper', yref: 'paper', x: 0, y: 1, yshift: panelTitle + 4, xanchor: 'left', yanchor: 'bottom', align: 'left', showarrow: false, font: { size: sizes.note } });
    top += linesHeightPx(lineCount(text), sizes.note) + 4;
  }
  const rowPx = single ? 26 : 22; // two lines at 9.5 px, or one at 12 px
  const plotH = rowPx * Math.max(1, cats.length);
  margin.t = top;
  layout.height = top + plotH + margin.b;
  const grid = facetGrid(1, Math.max(1, segs.length), { xgap });
  const colorbar = single
    ? { orientation: 'h', title: { text: 'hits per 1,000 tokens', side: 'top' }, thickness: 10, len: 0.9, ypad: 0, x: 0.5, xanchor: 'center', y: roundFor(-xLabelRoom / plotH, 4), yanchor: 'top', tickfont: { size: sizes.font } }
    : { title: { text: 'hits per\n1,000 tokens', side: 'top' }, thickness: 12, len: 0.6, y: 1, yanchor: 'top' };
  const data: PlotlyTrace[] = segs.map((seg, c) => {
    const cell = grid[0][c];
    annotations.push(facetTitle(segmentLabel(seg), cell, sizes.panel));
    layout[cell.xkey] = {
      domain: cell.xdomain, anchor: cell.yaxis, type: 'category', tickmode: 'array', tickvals: xLabels, ticktext: xLabels,
      tickangle: -90, automargin: false, title: { text: '' },
    };
    layout[cell.ykey] = {
      domain: cell.ydomain, anchor: cell.xaxis, type: 'category', autorange: 'reversed', tickmode: 'array', tickvals: yLabels, ticktext: yLabels,
      showticklabels: c === 0, ticks: c === 0 ? 'outside' : '', automargin: true, tickfont: { size: tickFont },
    };
    const z = cats.map((cat) => outlets.map((o) => {
      const row = profile.find((r) => r.segment === seg && r.outlet === o && r.category === cat);
      return row ? roundFor(row.rate, 3) : null;
    }));
    return {
      type: 'heatmap',
      name: segmentLabel(seg),
      x: xLabels,
      y: yLabels,
      z,
      ...(numbers ? { text: z.map((row) => row.map((v) => (v === null ? '' : v.toFixed(1)))), texttemplate: '%{text}', textfont: { size: numberFont } } : {}),
      xgap: 1,
      ygap: 1,
      zmin: 0,
      zmax,
      colorscale: SEQUENTIAL_SCALE,
      showscale: c === segs.length - 1,
      colorbar,
      hoverongaps: false,
      hovertemplate: '%{x}<br>%{y}<br>%{z:.2f} hits per 1,000 tokens<extra>' + segmentLabel(seg) + '</extra>',
      xaxis: cell.xaxis,
      yaxis: cell.yaxis,
    };
  });
  return plotlySafeFigure({ data, layout });
}
