/**
 * Types shared by the chart functions: a plotly.js figure spec and the chart options.
 */
import type { CategorySet } from '../lexicon/types';
import type { JournalColumn } from './journalSize';

/** One plotly.js trace (bar, scatter, heatmap…): a plain JSON object. */
export type PlotlyTrace = Record<string, unknown>;

/** A plotly.js layout: a plain JSON object. */
export type PlotlyLayout = Record<string, unknown>;

/**
 * A plotly.js figure spec: pure JSON, no functions, no random ids, so it can be compared with a
 * golden file and rendered by `Plotly.newPlot(div, data, layout)`.
 */
export interface Figure {
  /** The traces. */
  data: PlotlyTrace[];
  /** The layout (titles, axes, annotations). */
  layout: PlotlyLayout;
}

/** A figure with a file-name-safe name, as rendered by `renderFigures`. */
export interface NamedFigure {
  /** File stem: letters, digits, `-` and `_` only (e.g. `naming-shares`). */
  name: string;
  /** The figure spec. */
  figure: Figure;
  /** What the figure shows when its name does not say (a keyness chart: its comparison); recorded in figures.json. Default: none. */
  about?: string;
}

/** Options common to every `plot*` function. */
export interface ChartOptions {
  /**
   * Categories and naming dimensions of the lexicon the tables were made with (e.g.
   * `result.lexicon`): category labels and order. Default: those of the lexicon files in data/lexicons/.
   */
  lexicon?: CategorySet;
  /** Source note printed under the chart (corpus, lexicon version, seed). Default: `Source: khitab`. */
  source?: string;
  /** Chart title. Default: a title describing the chart. */
  title?: string;
  /** Outlet id → display name (see `loadOutletNames`). Default: none, ids are shown as they are. */
  outletNames?: Record<string, string>;
  /**
   * Journal column the figure is laid out for (journalSize.ts): `single` (85 mm, 321 px) gets
   * smaller type, fewer panels a row, wrapped titles and labels; draw it at that width
   * (`renderFigures(…, {column: 'single'})`). Default `double` (175 mm, 661 px).
   */
  column?: JournalColumn;
}
