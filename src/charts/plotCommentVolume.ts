import type { ArticleRow, CommentRow } from '../tables/types';
import { barLayout } from './barLayout';
import { outletLabel } from './labels';
import { SEGMENT_COLORS } from './palette';
import type { ChartOptions, Figure } from './types';
import { plotlySafeFigure } from './plotlyText';

/**
 * Reader comments per article: bars of the comments the splitter parsed (counted from the comment
 * rows), diamonds of the count the page declares («التعليقات (2)»), so missed or extra comments show
 * as a gap between bar and diamond. Articles keep table order; labels are `outlet · id` (at single
 * column, outlet over id).
 * @example plotCommentVolume([{id: 'p1', outlet: 'a', commentsDeclared: 2, …}], [c1, c2]).data[0].x // [2]
 */
export function plotCommentVolume(articles: ArticleRow[], comments: CommentRow[], options: ChartOptions = {}): Figure {
  // Single column: outlet over page id, two short lines instead of one long one.
  const joint = options.column === 'single' ? '\n' : ' · ';
  const labels = articles.map((a) => `${outletLabel(a.outlet, options.outletNames)}${joint}${a.id}`);
  const parsed = articles.map((a) => comments.filter((c) => c.articleId === a.id).length);
  const { layout } = barLayout(options, {
    defaultTitle: 'Reader comments per article',
    yLabels: labels.length ? labels : [''],
    legend: ['parsed comments', 'declared on the page'],
    xTitle: 'comments per article (count)',
    rowPx: options.column === 'single' ? 36 : 34,
  });
  layout.xaxis = { ...(layout.xaxis as Record<string, unknown>), rangemode: 'tozero', dtick: 1 };
  return plotlySafeFigure({
    data: [
      {
        type: 'bar',
        orientation: 'h',
        name: 'parsed comments',
        y: labels,
        x: parsed,
        customdata: articles.map((a) => a.title ?? ''),
        hovertemplate: '%{y}<br>%{customdata}<br>parsed: %{x}<extra></extra>',
        marker: { color: SEGMENT_COLORS.comments },
      },
      {
        type: 'scatter',
        mode: 'markers',
        name: 'declared on the page',
        y: labels,
        x: articles.map((a) => a.commentsDeclared),
        hovertemplate: '%{y}<br>declared: %{x}<extra></extra>',
        marker: { color: '#000000', symbol: 'diamond', size: 11 },
      },
    ],
    layout,
  });
}
