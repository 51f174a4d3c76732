import { HtmlSink, tslabHtmlSink } from './displayFigure';
import { renderTableHtml, TableHtmlOptions } from './renderTableHtml';

/** Options of `displayTable`. */
export interface DisplayTableOptions extends TableHtmlOptions {
  /** Output function. Default: tslab's `display.html`. */
  sink?: HtmlSink;
}

/**
 * Shows rows as an escaped HTML table under the current tslab cell (see `renderTableHtml`).
 * danfo's `print()` draws box tables that Arabic reordering breaks; this does not.
 * @example displayTable(result.tables.articles, ['id', 'outlet', 'title', 'stanceIndex'], {maxRows: 10})
 */
export function displayTable<T extends object>(rows: T[], columns?: (keyof T & string)[], options: DisplayTableOptions = {}): void {
  const sink = options.sink ?? tslabHtmlSink();
  sink(renderTableHtml(rows, columns, options));
}
