import type { OutletProfileRow } from '../tables/types';
import { baseLayout, roundFor } from './baseLayout';
import { facetGrid, facetTitle } from './facetGrid';
import { categoryLabel, chartCategories, outletLabel, segmentLabel } from './labels';
import { SEGMENT_ORDER, categoryOrder, orderedUnique } from './order';
import { SEQUENTIAL_SCALE } from './palette';
import type { ChartOptions, Figure, PlotlyTrace } from './types';
import { plotlySafeFigure } from './plotlyText';

/**
 * Heatmap of marker rates, outlet × category, one panel per segment (reporting, comments), on one
 * shared Viridis colour scale in hits per 1,000 tokens. Cells with no tokens are empty (null), not 0.
 * Each cell shows its rate as text so the chart does not rely on colour alone. Categories are in the
 * lexicon's order, labelled as it declares them (`options.lexicon`).
 * @example plotCategoryRates([{outlet: 'a', segment: 'reporting', category: 'slogan', hits: 2, tokens: 1000, rate: 2, ciLow: 1, ciHigh: 3, articles: 1, resamples: 1000, seed: 1}]).data[0].z
 * // [[2]]
 */
export function plotCategoryRates(profile: OutletProfileRow[], options: ChartOptions = {}): Figure {
  const segs = orderedUnique(profile.map((r) => r.segment), SEGMENT_ORDER);
  const outlets = orderedUnique(profile.map((r) => r.outlet));
  const lexicon = chartCategories(options.lexicon);
  const cats = orderedUnique(profile.map((r) => r.category), categoryOrder(lexicon));
  const label = (c: string) => categoryLabel(c, lexicon);
  const rates = profile.map((r) => r.rate).filter((x): x is number => x !== null && Number.isFinite(x));
  const zmax = roundFor(Math.max(1, ...rates), 2);
  const grid = facetGrid(1, Math.max(1, segs.length));
  const layout = baseLayout(options, {
    defaultTitle: 'Marker rates by outlet and category',
    height: 300 + 34 * outlets.length + 6 * Math.max(...cats.map((c) => label(c).length), 0),
    marginLeft: 120,
    marginBottom: 200,
  });
  const annotations = layout.annotations as Record<string, unknown>[];
  const yLabels = outlets.map((o) => outletLabel(o, options.outletNames));
  const xLabels = cats.map(label);
  const data: PlotlyTrace[] = segs.map((seg, c) => {
    const cell = grid[0][c];
    annotations.push(facetTitle(segmentLabel(seg), cell));
    layout[cell.xkey] = { domain: cell.xdomain, anchor: cell.yaxis, type: 'category', tickangle: -40, title: { text: 'marker category' }, automargin: true };
    layout[cell.ykey] = { domain: cell.ydomain, anchor: cell.xaxis, type: 'category', autorange: 'reversed', title: { text: c === 0 ? 'outlet' : '' }, showticklabels: c === 0, automargin: true };
    const z = outlets.map((o) => cats.map((cat) => {
      const row = profile.find((r) => r.segment === seg && r.outlet === o && r.category === cat);
      return row ? roundFor(row.rate, 3) : null;
    }));
    const text = z.map((row) => row.map((v) => (v === null ? '' : v.toFixed(2))));
    return {
      type: 'heatmap',
      name: segmentLabel(seg),
      x: xLabels,
      y: yLabels,
      z,
      text,
      texttemplate: '%{text}',
      zmin: 0,
      zmax,
      colorscale: SEQUENTIAL_SCALE,
      showscale: c === segs.length - 1,
      colorbar: { title: { text: 'hits per 1,000 tokens' } },
      hoverongaps: false,
      hovertemplate: '%{y}<br>%{x}<br>%{z:.2f} hits per 1,000 tokens<extra>' + segmentLabel(seg) + '</extra>',
      xaxis: cell.xaxis,
      yaxis: cell.yaxis,
    };
  });
  return plotlySafeFigure({ data, layout });
}
