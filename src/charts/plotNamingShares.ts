import type { NamingRow } from '../tables/types';
import { houseLayout, roundFor, topLegend } from './baseLayout';
import { facetGrid, facetTitle } from './facetGrid';
import { categoryLabel, chartCategories, dimensionLabel, outletLabel, segmentLabel } from './labels';
import { SEGMENT_ORDER, categoryOrder, dimensionOrder, orderedUnique } from './order';
import { variantColor } from './palette';
import type { ChartOptions, Figure, PlotlyTrace } from './types';
import { plotlySafeFigure } from './plotlyText';
import { textWidthPx } from './textFit';
import { houseSizes } from './journalSize';

/** Options of `plotNamingShares`. */
export interface NamingSharesOptions extends ChartOptions {
  /** Segments to draw, one facet row each. Default: every segment present, reporting first. */
  segments?: ('reporting' | 'comments')[];
}

/**
 * Stacked 100% bars of naming choices per outlet: one facet column per naming dimension of the
 * lexicon (shipped: the Syrian government as regime vs state vs metonym; Turkey as occupation vs
 * guarantor vs regime; the north as liberated vs occupied vs neutral), one facet row per segment
 * (the outlet's reporting, its readers' comments). Each bar is an outlet; its stacks are the shares
 * of the variants among that outlet's naming hits, so outlets of different sizes compare directly. Outlets with no hit in a dimension get an empty bar;
 * a panel with no naming hit at all says `no namings` in words. Outlet names are written upright under the bottom row.
 * At single column the grid turns: a row per dimension, a column per segment.
 * @example plotNamingShares([{dimension: 'gov', segment: 'reporting', outlet: 'a', variant: 'naming_gov_regime', count: 3, share: 1}]).data[0]
 * // { type: 'bar', name: 'regime · النظام', x: ['a'], y: [100], … }
 */
export function plotNamingShares(naming: NamingRow[], options: NamingSharesOptions = {}): Figure {
  const rows = naming.filter((r) => !options.segments || options.segments.includes(r.segment ?? 'reporting'));
  const lexicon = chartCategories(options.lexicon);
  const dims = orderedUnique(rows.map((r) => r.dimension), dimensionOrder(lexicon));
  const segs = orderedUnique(rows.map((r) => r.segment ?? 'reporting'), SEGMENT_ORDER);
  const outlets = orderedUnique(rows.map((r) => r.outlet));
  const variants = orderedUnique(rows.map((r) => r.variant), categoryOrder(lexicon));
  const names = options.outletNames;
  const xLabels = outlets.map((o) => outletLabel(o, names));
  // Double column: a row per segment, a column per dimension. Single: a row per dimension and a
  // column per segment, so two panels share the 321 px instead of three.
  const single = options.column === 'single';
  const nRows = Math.max(1, single ? dims.length : segs.length);
  const nCols = Math.max(1, single ? segs.length : dims.length);
  const sizes = houseSizes(options.column);
  const xLabelRoom = 24 + Math.ceil(Math.max(0, ...xLabels.map((l) => textWidthPx(l, sizes.font))));
  const { layout, frame } = houseLayout(options, { defaultTitle: 'Naming choices per outlet (share of naming hits)', marginLeft: single ? 58 : 80, marginBottom: xLabelRoom + 30 });
  const legend = topLegend(frame, variants.map((v) => categoryLabel(v, lexicon)));
  const panelTitles = 2 * Math.ceil(1.3 * sizes.panel) + 6;
  const top = frame.titleBottom + legend.height + panelTitles;
  const panel = single ? 110 : 250;
  const gap = panelTitles + 14;
  const plotH = nRows * panel + (nRows - 1) * gap;
  const grid = facetGrid(nRows, nCols, { xgap: single ? 0.08 : 0.05, ygap: gap / plotH });
  const cellOf = (d: number, s: number) => (single ? grid[d][s] : grid[s][d]);
  const margin = layout.margin as Record<string, number>;
  margin.t = top;
  const height = top + plotH + margin.b;
  Object.assign(layout, { height, barmode: 'stack', legend: legend.at(height) });
  const annotations = layout.annotations as Record<string, unknown>[];
  const data: PlotlyTrace[] = [];
  const legendShown = new Set<string>();
  segs.forEach((seg, r) => {
    dims.forEach((dim, c) => {
      const cell = cellOf(c, r);
      const bottomRow = single ? c === dims.length - 1 : r === segs.length - 1;
      const firstColumn = single ? r === 0 : c === 0;
      annotations.push(facetTitle(`${dimensionLabel(dim, lexicon)}\n${segmentLabel(seg)}`, cell, sizes.panel));
      layout[cell.xkey] = {
        domain: cell.xdomain,
        anchor: cell.yaxis,
        type: 'category',
        tickmode: 'array',
        tickvals: xLabels,
        ticktext: xLabels,
        tickangle: -90,
        showticklabels: bottomRow,
        automargin: false,
      };
      layout[cell.ykey] = {
        domain: cell.ydomain,
        anchor: cell.xaxis,
        range: [0, 100],
        ticksuffix: '%',
        showticklabels: firstColumn,
        title: { text: firstColumn ? (single ? 'share (%)' : 'share of naming hits (%)') : '' },
      };
      const named = rows.some((x) => x.dimension === dim && (x.segment ?? 'reporting') === seg && x.count > 0);
      if (!named) annotations.push({ text: 'no namings', xref: 'paper', yref: 'paper', x: (cell.xdomain[0] + cell.xdomain[1]) / 2, y: (cell.ydomain[0] + cell.ydomain[1]) / 2, xanchor: 'center', yanchor: 'middle', showarrow: false, font: { size: sizes.font, color: '#555555' } });
      for (const variant of variants) {
        const cellRows = rows.filter((x) => x.dimension === dim && (x.segment ?? 'reporting') === seg && x.variant === variant);
        if (cellRows.length === 0) continue;
        const y = outlets.map((o) => {
          const row = cellRows.find((x) => x.outlet === o);
          return row && row.share !== null ? roundFor(row.share * 100, 2) : null;
        });
        const counts = outlets.map((o) => cellRows.find((x) => x.outlet === o)?.count ?? 0);
        const first = !legendShown.has(variant);
        legendShown.add(variant);
        data.push({
          type: 'bar',
          name: categoryLabel(variant, lexicon),
          legendgroup: variant,
          showlegend: first,
          x: xLabels,
          y,
          customdata: counts,
          hovertemplate: '%{x}<br>%{fullData.name}: %{y:.1f}% (%{customdata} hits)<extra></extra>',
          marker: { color: variantColor(variant, variants) },
          xaxis: cell.xaxis,
          yaxis: cell.yaxis,
        });
      }
    });
  });
  return plotlySafeFigure({ data, layout });
}
