import type { NamingRow } from '../tables/types';
import { baseLayout, roundFor } from './baseLayout';
import { facetGrid, facetTitle } from './facetGrid';
import { categoryLabel, chartCategories, dimensionLabel, outletLabel, segmentLabel } from './labels';
import { SEGMENT_ORDER, categoryOrder, dimensionOrder, orderedUnique } from './order';
import { variantColor } from './palette';
import type { ChartOptions, Figure, PlotlyTrace } from './types';
import { plotlySafeFigure } from './plotlyText';

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
  const grid = facetGrid(Math.max(1, segs.length), Math.max(1, dims.length), { xgap: 0.05 });
  const legendRows = Math.ceil(variants.length / 2); // 230 px entries, two across 661 px
  const top = 44 + 26 * legendRows + 50; // title, legend rows, two-line panel titles
  const bottom = 50 + 7 * Math.max(0, ...xLabels.map((l) => l.length));
  const height = top + bottom + 250 * Math.max(1, segs.length);
  const layout = baseLayout(options, {
    defaultTitle: 'Naming choices per outlet (share of naming hits)',
    height,
    marginBottom: bottom,
  });
  const annotations = layout.annotations as Record<string, unknown>[];
  layout.barmode = 'stack';
  // The legend sits under the title, above the panels and their titles, across the full width.
  (layout.margin as Record<string, number>).t = top;
  layout.legend = { orientation: 'h', yref: 'container', xref: 'container', x: 0.02, xanchor: 'left', y: roundFor(1 - 40 / height, 4), yanchor: 'top', entrywidth: 230, entrywidthmode: 'pixels', font: { size: 11 } };
  const data: PlotlyTrace[] = [];
  const legendShown = new Set<string>();
  segs.forEach((seg, r) => {
    dims.forEach((dim, c) => {
      const cell = grid[r][c];
      annotations.push(facetTitle(`${dimensionLabel(dim, lexicon)}\n${segmentLabel(seg)}`, cell));
      layout[cell.xkey] = {
        domain: cell.xdomain,
        anchor: cell.yaxis,
        type: 'category',
        tickmode: 'array',
        tickvals: xLabels,
        ticktext: xLabels,
        tickangle: -90,
        showticklabels: r === segs.length - 1,
        automargin: false,
      };
      layout[cell.ykey] = {
        domain: cell.ydomain,
        anchor: cell.xaxis,
        range: [0, 100],
        ticksuffix: '%',
        showticklabels: c === 0,
        title: { text: c === 0 ? 'share of naming hits (%)' : '' },
      };
      const named = rows.some((x) => x.dimension === dim && (x.segment ?? 'reporting') === seg && x.count > 0);
      if (!named) annotations.push({ text: 'no namings', xref: 'paper', yref: 'paper', x: (cell.xdomain[0] + cell.xdomain[1]) / 2, y: (cell.ydomain[0] + cell.ydomain[1]) / 2, xanchor: 'center', yanchor: 'middle', showarrow: false, font: { size: 12, color: '#555555' } });
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
