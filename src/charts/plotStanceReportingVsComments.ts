import type { ArticleRow, CommentRow } from '../tables/types';
import { articlePagesOf } from '../tables/articlePages';
import { roundFor } from './baseLayout';
import { barLayout } from './barLayout';
import { outletLabel, segmentLabel } from './labels';
import { orderedUnique } from './order';
import { SEGMENT_COLORS } from './palette';
import { stanceInterval, StanceEstimate } from './stanceInterval';
import type { ChartOptions, Figure, PlotlyTrace } from './types';
import { plotlySafeFigure } from './plotlyText';

/** Options of `plotStanceReportingVsComments`. */
export interface StanceComparisonOptions extends ChartOptions {
  /** Compare per `outlet` (default) or per `article`. */
  by?: 'outlet' | 'article';
}

/** Stance of one unit (outlet or article) in both segments. */
export interface StanceComparisonRow {
  /** Outlet id or article id. */
  key: string;
  /** Display label. */
  label: string;
  reporting: StanceEstimate;
  comments: StanceEstimate;
}

/**
 * Pools stance counts per outlet (or article): reporting from the article rows, comments from the
 * comment rows. Pooling counts (rather than averaging indexes) weights each hit equally. Pages
 * that are not articles (`pageKind` listing or no_article) and their comments are left out.
 * @example stanceComparisonRows([{id: 'p1', outlet: 'a', support: 1, oppose: 3, …}], [])[0].reporting.index // -0.5
 */
export function stanceComparisonRows(allArticles: ArticleRow[], allComments: CommentRow[], options: StanceComparisonOptions = {}): StanceComparisonRow[] {
  const { kept: articles, leftOut } = articlePagesOf(allArticles);
  const comments = leftOut.size ? allComments.filter((c) => !leftOut.has(c.articleId)) : allComments;
  const by = options.by ?? 'outlet';
  const outletOfArticle = new Map(articles.map((a) => [a.id, a.outlet]));
  const keyOfArticle = (a: ArticleRow): string => (by === 'article' ? a.id : a.outlet ?? '');
  const keyOfComment = (c: CommentRow): string => (by === 'article' ? c.articleId : c.outlet ?? outletOfArticle.get(c.articleId) ?? '');
  const keys = orderedUnique([...articles.map(keyOfArticle), ...comments.map(keyOfComment)]);
  return keys.map((key) => {
    const arts = articles.filter((a) => keyOfArticle(a) === key);
    const coms = comments.filter((c) => keyOfComment(c) === key);
    const sum = (xs: { support: number; oppose: number }[], f: 'support' | 'oppose'): number => xs.reduce((s, x) => s + x[f], 0);
    const label = by === 'article' ? key : outletLabel(key === '' ? null : key, options.outletNames);
    return {
      key,
      label,
      reporting: stanceInterval(sum(arts, 'support'), sum(arts, 'oppose')),
      comments: stanceInterval(sum(coms, 'support'), sum(coms, 'oppose')),
    };
  });
}

/**
 * Diverging horizontal bars of the stance index, −1 (all hits against reconciliation) to +1 (all
 * for), per outlet: the outlet's reporting next to its readers' comments, with 95% Wilson intervals
 * (see `stanceInterval`). A missing bar means no stance hits in that segment, which the hover says.
 * @example plotStanceReportingVsComments(articles, comments).data.map((t) => t.name) // ['reporting', 'reader comments']
 */
export function plotStanceReportingVsComments(articles: ArticleRow[], comments: CommentRow[], options: StanceComparisonOptions = {}): Figure {
  const rows = stanceComparisonRows(articles, comments, options);
  const single = options.column === 'single';
  const { layout } = barLayout(options, {
    defaultTitle: options.by === 'article' ? 'Stance of reporting vs reader comments, per article' : 'Stance of reporting vs reader comments, per outlet',
    yLabels: rows.length ? rows.map((r) => r.label) : [''],
    legend: [segmentLabel('reporting'), segmentLabel('comments')],
    // Single column: the ends of the scale are named in the axis title, not on crowded ticks.
    xTitle: single ? 'stance index, −1 all against to +1 all for: (for − against) / (for + against), 95% Wilson interval' : 'stance index (for − against) / (for + against), 95% Wilson interval',
    rowPx: single ? 44 : 56,
  });
  layout.barmode = 'group';
  layout.xaxis = {
    ...(layout.xaxis as Record<string, unknown>),
    range: [-1.05, 1.05],
    zeroline: true,
    zerolinewidth: 2,
    zerolinecolor: '#444444',
    tickvals: [-1, -0.5, 0, 0.5, 1],
    ticktext: single ? ['−1', '−0.5', '0', '0.5', '+1'] : ['−1 against', '−0.5', '0', '0.5', '+1 for'],
  };
  const data: PlotlyTrace[] = (['reporting', 'comments'] as const).map((seg) => ({
    type: 'bar',
    orientation: 'h',
    name: segmentLabel(seg),
    y: rows.map((r) => r.label),
    x: rows.map((r) => roundFor(r[seg].index, 4)),
    customdata: rows.map((r) => [r[seg].n, roundFor(r[seg].low, 3), roundFor(r[seg].high, 3)]),
    hovertemplate: '%{y}<br>' + segmentLabel(seg) + ': %{x:.2f} (95% CI %{customdata[1]} to %{customdata[2]}, %{customdata[0]} stance hits)<extra></extra>',
    marker: { color: SEGMENT_COLORS[seg] },
    error_x: {
      type: 'data',
      symmetric: false,
      array: rows.map((r) => (r[seg].index === null ? 0 : roundFor((r[seg].high as number) - (r[seg].index as number), 4))),
      arrayminus: rows.map((r) => (r[seg].index === null ? 0 : roundFor((r[seg].index as number) - (r[seg].low as number), 4))),
      color: '#333333',
      thickness: 1.2,
      width: 4,
    },
  }));
  return plotlySafeFigure({ data, layout });
}
