/**
 * The frame of a horizontal bar chart (stance, comment volume, hashtags, keyness): the left margin
 * from its category labels, the x axis title wrapped to the plot's width with the bottom margin to
 * hold it, a legend under the title when there are series to name, and a height of so many pixels
 * a category, all at the type sizes of the journal column (`houseLayout`).
 */
import { houseLayout, labelMarginPx, topLegend, type HouseFrame } from './baseLayout';
import { houseSizes } from './journalSize';
import { linesHeightPx, lineCount, wrapText } from './textFit';
import type { ChartOptions, PlotlyLayout } from './types';

/** Options of `barLayout`. */
export interface BarLayoutOptions {
  /** Title used when `ChartOptions.title` is not given. */
  defaultTitle: string;
  /** The category labels on the y axis, as drawn (wrap long ones with `\n` first). */
  yLabels: string[];
  /** Names of the series for a legend under the title. Default: no legend. */
  legend?: string[];
  /** Title of the x axis (wrapped here). */
  xTitle: string;
  /** Height of one category in pixels. */
  rowPx: number;
}

/**
 * Layout (house style, `xaxis.title` and a category `yaxis` set) and frame of a horizontal bar chart.
 * @example barLayout({column: 'single'}, {defaultTitle: 'Hashtags', yLabels: ['#لن_نصالح'], xTitle: 'occurrences (count)', rowPx: 26}).layout.margin.l // 62
 */
export function barLayout(options: ChartOptions, bar: BarLayoutOptions): { layout: PlotlyLayout; frame: HouseFrame } {
  const sizes = houseSizes(options.column);
  const left = labelMarginPx(bar.yLabels, sizes.font);
  const right = options.column === 'single' ? 16 : 30;
  const xTitle = wrapText(bar.xTitle, sizes.width - left - right, sizes.font);
  // Tick labels, the axis title's lines, then one line of source note.
  const bottom = 2 * sizes.font + 12 + linesHeightPx(lineCount(xTitle), sizes.font) + 12 + 25;
  const { layout, frame } = houseLayout(options, { defaultTitle: bar.defaultTitle, marginLeft: left, marginRight: right, marginBottom: bottom });
  const legend = bar.legend ? topLegend(frame, bar.legend) : null;
  const margin = layout.margin as Record<string, number>;
  margin.t = frame.titleBottom + (legend ? legend.height : 0) + 12;
  const height = margin.t + Math.max(60, bar.rowPx * bar.yLabels.length) + margin.b;
  layout.height = height;
  if (legend) layout.legend = legend.at(height);
  layout.xaxis = { title: { text: xTitle } };
  // The labels say what they are: no axis title to collide with them.
  layout.yaxis = { type: 'category', autorange: 'reversed', automargin: true };
  return { layout, frame };
}
