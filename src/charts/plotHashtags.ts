import type { HashtagRow } from '../tables/types';
import { barLayout } from './barLayout';
import { outletLabel, segmentLabel } from './labels';
import { orderedUnique } from './order';
import { seriesColor } from './palette';
import type { ChartOptions, Figure, PlotlyTrace } from './types';
import { plotlySafeFigure } from './plotlyText';

/** Options of `plotHashtags`. */
export interface HashtagsOptions extends ChartOptions {
  /** Segment to count: `reporting`, `comments` or `all` (default). */
  segment?: 'reporting' | 'comments' | 'all';
  /** Number of most frequent tags shown. Default 15. */
  topN?: number;
}

/**
 * Horizontal bars of the most frequent hashtags and slogans (e.g. «#لن_نصالح», «لن نصالح»), stacked
 * by outlet, most frequent on top. Tags are Arabic and drawn as text in the Arabic font; ties are
 * broken by the tag's code units so the order is stable.
 * @example plotHashtags([{tag: '#لن_نصالح', kind: 'hashtag', outlet: 'a', segment: 'reporting', count: 2}]).data[0].y // ['#لن_نصالح']
 */
export function plotHashtags(hashtags: HashtagRow[], options: HashtagsOptions = {}): Figure {
  const seg = options.segment ?? 'all';
  const rows = hashtags.filter((r) => seg === 'all' || r.segment === seg);
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.tag, (totals.get(r.tag) ?? 0) + r.count);
  const tags = [...totals.keys()]
    .sort((a, b) => (totals.get(b) as number) - (totals.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, options.topN ?? 15);
  const outlets = orderedUnique(rows.map((r) => r.outlet));
  const where = seg === 'all' ? 'reporting and comments' : segmentLabel(seg);
  const { layout } = barLayout(options, {
    defaultTitle: `Hashtags and slogans (${where})`,
    yLabels: tags.length ? tags : [''],
    legend: outlets.map((o) => outletLabel(o, options.outletNames)),
    xTitle: 'occurrences (count)',
    rowPx: 30,
  });
  layout.barmode = 'stack';
  layout.xaxis = { ...(layout.xaxis as Record<string, unknown>), rangemode: 'tozero' };
  const data: PlotlyTrace[] = outlets.map((o, i) => ({
    type: 'bar',
    orientation: 'h',
    name: outletLabel(o, options.outletNames),
    y: tags,
    x: tags.map((t) => rows.filter((r) => r.tag === t && r.outlet === o).reduce((s, r) => s + r.count, 0)),
    hovertemplate: '%{y}<br>%{fullData.name}: %{x}<extra></extra>',
    marker: { color: seriesColor(i) },
  }));
  return plotlySafeFigure({ data, layout });
}
