/**
 * A danfo frame that shows itself as an HTML table when a notebook cell ends with it. tslab prints a
 * cell's last value with `console.log`, that is through `util.inspect`, and danfo gives no view of its
 * own, so `result.frames().naming` alone printed danfo's internals. The frame's inspect hook draws
 * the table under the cell (tslab's `display.html`) and prints one line; outside a kernel it prints
 * danfo's own text table instead.
 */
import { inspect } from 'node:util';
import type { HtmlSink } from './displayFigure';
import { displayTable } from './displayTable';
import type { FrameLike } from './rowsOfFrame';

/** Options of {@link shownAsTable}. */
export interface ShownAsTableOptions {
  /** Where the HTML goes. Default: tslab's `display.html`, when a kernel is running (else none). */
  sink?: HtmlSink | null;
  /** Rows drawn (the rest counted in the caption). Default 50. */
  maxRows?: number;
}

/**
 * Gives a frame an inspect hook that draws it as an escaped HTML table in a notebook, and returns
 * the same frame.
 * @example
 * shownAsTable(result.frames().naming); // a cell ending with the frame shows a table:
 * // <table …> under the cell, and the line "DataFrame: 45 rows × 6 columns (drawn as a table above)"
 */
export function shownAsTable<F extends FrameLike & { toString(): string }>(frame: F, options: ShownAsTableOptions = {}): F {
  const hook = (): string => {
    const size = `${frame.values.length} rows × ${frame.columns.length} columns`;
    if (options.sink !== null) {
      try {
        displayTable(frame, frame.columns as never[], { sink: options.sink, maxRows: options.maxRows ?? 50 });
        return `DataFrame: ${size} (drawn as a table above)`;
      } catch {
        // No tslab, or not in a running kernel (tslab throws "Not ready"): the text table instead.
      }
    }
    return `DataFrame: ${size}\n${frame.toString()}`;
  };
  Object.defineProperty(frame, inspect.custom, { value: hook, enumerable: false, configurable: true });
  return frame;
}
