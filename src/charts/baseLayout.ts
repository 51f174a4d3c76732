/**
 * The house style every khitab chart starts from, laid out for a journal column (journalSize.ts):
 * type sizes by the column, the title wrapped to the figure's width, the source note wrapped to the
 * plot's width under it, and a legend under the title with as many entries a row as fit. The
 * figure grows by the lines the wrapping adds, so the plot keeps its size.
 */
import { houseSizes, type HouseSizes, type JournalColumn } from './journalSize';
import { ARABIC_FONT_FAMILY, NOTE_GREY } from './palette';
import { linesHeightPx, lineCount, textWidthPx, wrapText } from './textFit';
import type { ChartOptions, PlotlyLayout } from './types';

/** Options of `houseLayout`. */
export interface HouseLayoutOptions {
  /** Title used when `ChartOptions.title` is not given. */
  defaultTitle: string;
  /** Figure height in pixels with a one-line title and source note (lines the wrapping adds come on top). Default 480. */
  height?: number;
  /** Bottom margin in pixels with a one-line source note: tick labels, axis title, note. Default 110. */
  marginBottom?: number;
  /** Left margin in pixels (long Arabic labels need room; see `labelMarginPx`). Default 80. */
  marginLeft?: number;
  /** Right margin in pixels. Default 30 at double column, 16 at single. */
  marginRight?: number;
}

/** What a chart needs to know of its frame to place its own parts. */
export interface HouseFrame {
  /** The column laid out for. */
  column: JournalColumn;
  /** Type sizes and width. */
  sizes: HouseSizes;
  /** Pixels from the top edge to under the title (its lines and padding). */
  titleBottom: number;
  /** Pixels the title's extra lines add to the top margin and the height. */
  extraTop: number;
  /** Width of the plot area in pixels at the column's width (a horizontal legend wraps at it). */
  plotWidth: number;
}

/**
 * The layout of a chart (the house style) and its frame: title as `{text}` (plotly.js 4 ignores a
 * bare string) wrapped to the width of `options.column`, the Arabic-capable font stack at the
 * column's sizes, white background, and the source note as a paper annotation under the plot.
 * Chart functions add their axes to it.
 * @example houseLayout({source: 'Source: khitab', column: 'single'}, {defaultTitle: 'Naming'}).layout.font.size // 10
 */
export function houseLayout(options: ChartOptions, base: HouseLayoutOptions): { layout: PlotlyLayout; frame: HouseFrame } {
  const column = options.column ?? 'double';
  const sizes = houseSizes(column);
  const title = wrapText(options.title ?? base.defaultTitle, sizes.width - 24, sizes.title);
  const extraTop = linesHeightPx(lineCount(title) - 1, sizes.title);
  const left = base.marginLeft ?? 80;
  const right = base.marginRight ?? (column === 'single' ? 16 : 30);
  const note = wrapText(options.source ?? 'Source: khitab', sizes.width - left - right, sizes.note);
  const extraBottom = linesHeightPx(lineCount(note) - 1, sizes.note);
  const bottom = (base.marginBottom ?? 110) + extraBottom;
  const layout: PlotlyLayout = {
    // Anchored to the top of the figure, so a legend above the plot never runs into it.
    title: { text: title, x: 0.02, xanchor: 'left', yref: 'container', y: 1, yanchor: 'top', pad: { t: 12 }, font: { size: sizes.title } },
    font: { family: ARABIC_FONT_FAMILY, size: sizes.font, color: '#222222' },
    height: (base.height ?? 480) + extraTop + extraBottom,
    margin: { t: 70 + extraTop, r: right, b: bottom, l: left },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    legend: { orientation: 'h', x: 0, y: 1.02, xanchor: 'left', yanchor: 'bottom' },
    annotations: [sourceAnnotation(note, bottom, sizes.note)],
  };
  return { layout, frame: { column, sizes, titleBottom: 12 + linesHeightPx(lineCount(title), sizes.title), extraTop, plotWidth: sizes.width - left - right } };
}

/**
 * The source-note annotation: bottom-left, under the x axis title, small grey text, its last line
 * 12 px above the bottom edge.
 * @example sourceAnnotation('Source: khitab', 110, 10).yshift // -85
 */
export function sourceAnnotation(text: string, marginBottom: number, fontPx = 10): Record<string, unknown> {
  return {
    text,
    xref: 'paper',
    yref: 'paper',
    x: 0,
    y: 0,
    xanchor: 'left',
    yanchor: 'top',
    yshift: -(marginBottom - linesHeightPx(lineCount(text), fontPx) - 12),
    showarrow: false,
    align: 'left',
    font: { size: fontPx, color: NOTE_GREY },
  };
}

/**
 * A horizontal legend under the title, from the left edge of the figure: its height, which the
 * chart adds to its top margin, and the legend itself once the figure's height is known (`at`).
 * plotly wraps it at the plot's width, 29 px a row. Double column: entries in aligned columns as
 * wide as the longest label. Single column: each entry as wide as its own label, packed.
 * @example topLegend(frame, ['reporting', 'reader comments']).height // 33
 */
export function topLegend(frame: HouseFrame, labels: string[]): { height: number; at: (figureHeight: number) => Record<string, unknown> } {
  const single = frame.column === 'single';
  const font = single ? frame.sizes.font : 11;
  const entry = Math.ceil(Math.max(0, ...labels.map((l) => textWidthPx(l, font))) + 8);
  let rows: number;
  if (single) {
    // Greedy packing as plotly does, with the (wide) estimate of each label plus its symbol.
    rows = labels.length ? 1 : 0;
    let used = 0;
    for (const l of labels) {
      const w = textWidthPx(l, font) + 42;
      if (used > 0 && used + w > frame.plotWidth) { rows++; used = 0; }
      used += w;
    }
  } else {
    rows = Math.ceil(labels.length / Math.max(1, Math.floor(frame.plotWidth / (entry + 43))));
  }
  return {
    height: rows * Math.max(29, Math.ceil(font * 1.3) + 14) + 4,
    at: (figureHeight) => ({
      orientation: 'h', yref: 'container', xref: 'container', x: 0.02, xanchor: 'left', y: roundFor(1 - (frame.titleBottom + 4) / figureHeight, 4), yanchor: 'top',
      ...(single ? {} : { entrywidth: entry, entrywidthmode: 'pixels' }), font: { size: font },
    }),
  };
}

/**
 * Left margin for horizontal labels: the longest label's estimated width at `fontPx`, plus room
 * for the ticks.
 * @example labelMarginPx(['Orient News', 'unknown outlet'], 12) // 105
 */
export function labelMarginPx(labels: string[], fontPx: number, extra = 12): number {
  return Math.ceil(Math.max(30, ...labels.map((l) => textWidthPx(l, fontPx))) + extra);
}

/**
 * Rounds a number for a figure spec (4 decimals by default) so specs are stable across platforms
 * and golden files stay readable; null and non-finite values become null.
 * @example roundFor(2 / 3) // 0.6667
 */
export function roundFor(x: number | null | undefined, digits = 4): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r; // no -0 in JSON diffs
}
