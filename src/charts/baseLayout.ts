import { ARABIC_FONT_FAMILY, NOTE_GREY } from './palette';
import type { ChartOptions, PlotlyLayout } from './types';

/** Options of `baseLayout`. */
export interface BaseLayoutOptions {
  /** Title used when `ChartOptions.title` is not given. */
  defaultTitle: string;
  /** Figure height in pixels. Default 480. */
  height?: number;
  /** Bottom margin in pixels (the source note sits in it). Default 110. */
  marginBottom?: number;
  /** Left margin in pixels (long Arabic labels need room). Default 80. */
  marginLeft?: number;
}

/** Base font size of every chart in CSS px (12 px ≈ 9 pt at print size, see journalSize.ts). */
export const HOUSE_FONT_SIZE = 12;

/**
 * The layout every khitab chart starts from (the house style): title as `{text}` (plotly.js 4 ignores a bare string),
 * the Arabic-capable font stack, white background, and the source note as a paper annotation under
 * the plot. Chart functions add their axes to it.
 * @example baseLayout({source: 'Source: khitab'}, {defaultTitle: 'Naming'}).title // { text: 'Naming', x: 0.02, xanchor: 'left', yref: 'container', … }
 */
export function baseLayout(options: ChartOptions, base: BaseLayoutOptions): PlotlyLayout {
  const bottom = base.marginBottom ?? 110;
  return {
    // Anchored to the top of the figure, so a legend above the plot never runs into it.
    title: { text: options.title ?? base.defaultTitle, x: 0.02, xanchor: 'left', yref: 'container', y: 1, yanchor: 'top', pad: { t: 12 }, font: { size: 15 } },
    font: { family: ARABIC_FONT_FAMILY, size: HOUSE_FONT_SIZE, color: '#222222' },
    height: base.height ?? 480,
    margin: { t: 70, r: 30, b: bottom, l: base.marginLeft ?? 80 },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    legend: { orientation: 'h', x: 0, y: 1.02, xanchor: 'left', yanchor: 'bottom' },
    annotations: [sourceAnnotation(options.source ?? 'Source: khitab', bottom)],
  };
}

/**
 * The source-note annotation: bottom-left, under the x axis title, small grey text.
 * @example sourceAnnotation('Source: khitab', 110).yshift // -85
 */
export function sourceAnnotation(text: string, marginBottom: number): Record<string, unknown> {
  return {
    text,
    xref: 'paper',
    yref: 'paper',
    x: 0,
    y: 0,
    xanchor: 'left',
    yanchor: 'top',
    yshift: -(marginBottom - 25),
    showarrow: false,
    align: 'left',
    font: { size: 10, color: NOTE_GREY },
  };
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
