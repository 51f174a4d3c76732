import { HtmlSink, tslabHtmlSink } from './displayFigure';
import { renderKwicHtml, type KwicLike } from './renderKwicHtml';
import { renderTableHtml, TableHtmlOptions } from './renderTableHtml';
import { isFrameLike, rowsOfFrame, type FrameLike } from './rowsOfFrame';

/** Options of `displayTable`. */
export interface DisplayTableOptions extends TableHtmlOptions {
  /** Output function. Default: tslab's `display.html`. */
  sink?: HtmlSink;
  /**
   * Rows carry `pre`, `keyword` and `post` (KWIC, e.g. `kwic(...)` or hits of a run): show them as a
   * right-to-left keyword-in-context table (`renderKwicHtml`), the given `columns` after the
   * context. Default false.
   */
  kwic?: boolean;
}

/**
 * Shows rows, or a danfo DataFrame (`result.frames().naming`), as an escaped HTML table under the
 * current tslab cell (see `renderTableHtml`; with `kwic`, `renderKwicHtml`). danfo's `print()`
 * draws box tables that Arabic reordering breaks, and danfo has no HTML view of its own; this is it.
 * @example displayTable(result.tables.articles, ['id', 'outlet', 'title', 'stanceIndex'], {maxRows: 10})
 * @example displayTable(result.frames().naming) // the frame as an HTML table
 * @example displayTable(kwic(result.articles, 'slogan'), ['id', 'category'], {kwic: true}) // right to left around the keyword
 */
export function displayTable<T extends object>(rows: T[] | FrameLike, columns?: (keyof T & string)[], options: DisplayTableOptions = {}): void {
  const sink = options.sink ?? tslabHtmlSink();
  const plain = (isFrameLike(rows) ? rowsOfFrame(rows) : rows) as Record<string, unknown>[];
  if (options.kwic) sink(renderKwicHtml(plain as unknown as KwicLike[], { ...options, columns: columns as string[] | undefined }));
  else sink(renderTableHtml(plain, columns as string[] | undefined, options));
}
