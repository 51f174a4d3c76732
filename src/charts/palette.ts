/**
 * Colours and fonts of every khitab chart.
 *
 * Categorical colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design",
 * https://jfly.uni-koeln.de/color/), distinguishable under the common colour-vision deficiencies.
 * Black is kept last so it is used only for the eighth series. Sequential scales use Viridis
 * (perceptually uniform and colour-blind safe). Diverging data uses Okabe–Ito vermillion (against)
 * and bluish green (for), never red vs green.
 */

/** Okabe–Ito categorical palette, in the order series get their colour. */
export const OKABE_ITO: readonly string[] = [
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#009E73', // bluish green
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#F0E442', // yellow
  '#000000', // black
];

/** Colour of the i-th series (wraps around after eight). @example seriesColor(0) // '#E69F00' */
export function seriesColor(i: number): string {
  return OKABE_ITO[((i % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length];
}

/** Colours of the two text segments, used in every chart that compares them. */
export const SEGMENT_COLORS: Readonly<Record<'reporting' | 'comments', string>> = {
  reporting: '#0072B2', // blue: the outlet's own voice
  comments: '#E69F00', // orange: its readers
};

/** Colour for "for reconciliation" (positive stance) and "against" (negative). */
export const STANCE_COLORS = { support: '#009E73', oppose: '#D55E00' } as const;

/** Sequential colour scale of heatmaps (plotly built-in name). */
export const SEQUENTIAL_SCALE = 'Viridis';

/**
 * Font stack of every chart and HTML table: Noto Sans Arabic shapes Arabic correctly and ships
 * with Debian `fonts-noto-core` (see docs/fonts.md); the others are fallbacks.
 */
export const ARABIC_FONT_FAMILY = 'Noto Sans Arabic, Noto Naskh Arabic, Amiri, sans-serif';

/** Neutral grey for notes, grid lines and missing values. */
export const NOTE_GREY = '#555555';

/** Colour of a "neutral" naming variant (neither of the competing labels): a light grey, so it never takes a series colour. */
export const NEUTRAL_GREY = '#BBBBBB';

/**
 * Colour of a naming variant: neutral variants (`…_neutral`) are grey, the others take the
 * Okabe–Ito colours in order, so up to eight labelled variants stay distinct in one shared legend.
 * @example variantColor('naming_north_neutral', ['naming_gov_regime', 'naming_north_neutral']) // '#BBBBBB'
 */
export function variantColor(variant: string, variants: readonly string[]): string {
  if (variant.endsWith('_neutral')) return NEUTRAL_GREY;
  return seriesColor(variants.filter((v) => !v.endsWith('_neutral')).indexOf(variant));
}
