import { HtmlSink, tslabHtmlSink } from './displayFigure';
import { renderKwicHtml, type KwicHtmlOptions, type KwicLike } from './renderKwicHtml';
import { renderTableHtml, TableHtmlOptions } from './renderTableHtml';
import { isFrameLike, rowsOfFrame, type FrameLike } from './rowsOfFrame';

/** Options of `displayTable`. */
export interface DisplayTableOptions extends TableHtmlOptions {
  /** Output function. Default: tslab's `display.html`. */
  sink?: HtmlSink;
}

/**
 * Shows rows, or a danfo DataFrame (`result.frames().naming`), as an escaped HTML table under the
 * current tslab cell (see `renderTableHtml`). danfo's `print()` draws box tables that Arabic
 * reordering breaks, and danfo has no HTML view of its own; this is it.
 * @example displayTable(result.tables.articles, ['id', 'outlet', 'title'], {maxRows: 10})
 * @example displayTable(result.frames().naming) // the frame as an HTML table
 */
export function displayTable<T extends object>(rows: T[] | FrameLike, columns?: (keyof T & string)[], options: DisplayTableOptions = {}): void {
  const sink = options.sink ?? tslabHtmlSink();
  if (isFrameLike(rows)) sink(renderTableHtml(rowsOfFrame(rows), columns as string[] | undefined, options));
  else sink(renderTableHtml(rows, columns, options));
}

/** Options of `displayKwic`. */
export interface DisplayKwicOptions extends KwicHtmlOptions {
  /** Output function. Default: tslab's `display.html`. */
  sink?: HtmlSink;
}

/**
 * Shows KWIC rows (`kwic(...)`, or hits read from a run with `pre`, `keyword`, `post`) as a
 * right-to-left table under the current tslab cell (see `renderKwicHtml`).
 * @example displayKwic(kwic(result.articles, 'slogan'), {columns: ['id', 'category']})
 */
export function displayKwic<T extends KwicLike>(rows: T[] | FrameLike, options: DisplayKwicOptions = {}): void {
  const sink = options.sink ?? tslabHtmlSink();
  sink(renderKwicHtml(isFrameLike(rows) ? (rowsOfFrame(rows) as unknown as KwicLike[]) : rows, options));
}
