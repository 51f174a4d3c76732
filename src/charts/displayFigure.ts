import { escapeHtml } from './escapeHtml';
import { figureDivHtml } from './figureHtml';
import { plotlyBundle } from './plotlyBundle';
import type { Figure } from './types';

/** Where `displayFigure` and `displayTable` send HTML: tslab's `display.html` by default. */
export type HtmlSink = (html: string) => void;

const EMBEDDED = Symbol.for('khitab.charts.plotlyEmbedded');
const COUNTER = Symbol.for('khitab.charts.figureCounter');
type GuardHost = { [EMBEDDED]?: boolean; [COUNTER]?: number };

/**
 * tslab's HTML display (the notebook output of the current cell).
 * Throws a clear error outside a tslab kernel.
 */
export function tslabHtmlSink(): HtmlSink {
  let tslab: { display: { html(s: string): void } };
  try {
    tslab = require('tslab');
  } catch {
    throw new Error('displayFigure/displayTable need the tslab kernel (npm package tslab); outside a notebook use figureToHtml or renderTableHtml');
  }
  return (html: string) => tslab.display.html(html);
}

/** Options of `displayFigure`. */
export interface DisplayFigureOptions {
  /** Output function. Default: tslab's `display.html`. */
  sink?: HtmlSink;
  /**
   * Load plotly.js from this address instead of inlining it (e.g. `../figures/plotly.min.js`, the
   * run's shared copy, for notebooks exported beside a run's figures). Default:
   * `$KHITAB_PLOTLY_SRC`, else none: the minified bundle is inlined once (about 4.8 MB).
   */
  plotlySrc?: string;
}

/**
 * Shows a figure inline in a tslab notebook. The first call of a kernel session also outputs the
 * minified plotly.js bundle, or a `<script src>` to `plotlySrc` (once per notebook: a guard on `globalThis` survives re-imports of this module);
 * every call outputs a div with an id unique in the kernel session (`khitab-figure-<pid>-<n>`, so a
 * re-run after a kernel restart never draws into an older output)
 * and a `Plotly.newPlot` script. If you clear the output that holds the bundle, restart the kernel.
 * @example displayFigure(plotNamingShares(result.tables.naming)) // draws the chart under the cell
 */
export function displayFigure(figure: Figure, options: DisplayFigureOptions = {}): void {
  const sink = options.sink ?? tslabHtmlSink();
  const host = globalThis as unknown as GuardHost;
  if (!host[EMBEDDED]) {
    const src = options.plotlySrc ?? process.env.KHITAB_PLOTLY_SRC;
    sink(src ? `<script src="${escapeHtml(src)}"></script>` : `<script>${plotlyBundle()}</script>`);
    host[EMBEDDED] = true;
  }
  const n = (host[COUNTER] ?? 0) + 1;
  host[COUNTER] = n;
  sink(figureDivHtml(figure, { id: `khitab-figure-${process.pid}-${n}` }));
}

/** Forgets that plotly.js was embedded (for tests, or after clearing notebook outputs). */
export function resetDisplayFigure(): void {
  const host = globalThis as unknown as GuardHost;
  delete host[EMBEDDED];
  delete host[COUNTER];
}
