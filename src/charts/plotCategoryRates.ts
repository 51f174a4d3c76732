import type { OutletProfileRow } from '../tables/types';
import { baseLayout, roundFor } from './baseLayout';
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

/** Pixels per character of an axis label at the chart font (12 px Noto Sans): for margins. */
const CHAR_PX = 7;

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
  const label = (c: string) => categoryLabel(c, lexicon);
  const rates = profile.map((r) => r.rate).filter((x): x is number => x !== null && Number.isFinite(x));
  const zmax = roundFor(Math.max(1, ...rates), 2);
  const grid = facetGrid(1, Math.max(1, segs.length), { xgap: 0.04 });
  const xLabels = outlets.map((o) => outletLabel(o, options.outletNames));
  const yLabels = cats.map(label);
  const longest = Math.max(0, ...xLabels.map((l) => l.length));
  const bottom = 60 + CHAR_PX * longest;
  const numbers = outlets.length <= (options.maxOutletsWithNumbers ?? 6);
  const layout = baseLayout(options, {
    defaultTitle: 'Marker rates by category and outlet',
    height: 110 + bottom + 22 * Math.max(1, cats.length),
    marginBottom: bottom,
  });
  const annotations = layout.annotations as Record<string, unknown>[];
  if (!numbers) {
    annotations.push({ text: `${outlets.length} outlets: rates shown by colour (hover for the numbers)`, xref: 'paper', yref: 'paper', x: 1, y: 1, yshift: 22, xanchor: 'right', yanchor: 'bottom', showarrow: false, font: { size: 11 } });
  }
  const data: PlotlyTrace[] = segs.map((seg, c) => {
    const cell = grid[0][c];
    annotations.push(facetTitle(segmentLabel(seg), cell));
    layout[cell.xkey] = {
      domain: cell.xdomain, anchor: cell.yaxis, type: 'category', tickmode: 'array', tickvals: xLabels, ticktext: xLabels,
      tickangle: -90, automargin: false, title: { text: '' },
    };
    layout[cell.ykey] = {
      domain: cell.ydomain, anchor: cell.xaxis, type: 'category', autorange: 'reversed', tickmode: 'array', tickvals: yLabels, ticktext: yLabels,
      showticklabels: c === 0, automargin: true,
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
      ...(numbers ? { text: z.map((row) => row.map((v) => (v === null ? '' : v.toFixed(1)))), texttemplate: '%{text}', textfont: { size: 10 } } : {}),
      xgap: 1,
      ygap: 1,
      zmin: 0,
      zmax,
      colorscale: SEQUENTIAL_SCALE,
      showscale: c === segs.length - 1,
      colorbar: { title: { text: 'hits per\n1,000 tokens', side: 'top' }, thickness: 12, len: 0.6, y: 1, yanchor: 'top' },
      hoverongaps: false,
      hovertemplate: '%{x}<br>%{y}<br>%{z:.2f} hits per 1,000 tokens<extra>' + segmentLabel(seg) + '</extra>',
      xaxis: cell.xaxis,
      yaxis: cell.yaxis,
    };
  });
  return plotlySafeFigure({ data, layout });
}
