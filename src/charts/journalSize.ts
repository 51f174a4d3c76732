/**
 * Journal figure sizes: a single-column figure is about 85 mm wide, a double-column (full-width)
 * one about 175 mm (Elsevier, Springer and Taylor & Francis artwork guides). Figures are laid out
 * in CSS pixels at the CSS reference of 96 px per inch, so the exported SVG and PDF print at that
 * width unscaled (fonts keep their sizes: 12 px ≈ 9 pt); PNGs at 300 dpi need `pngScale()`.
 */

/** A journal column width. */
export type JournalColumn = 'single' | 'double';

/** Width of each column in millimetres. */
export const JOURNAL_WIDTH_MM: Readonly<Record<JournalColumn, number>> = { single: 85, double: 175 };

/** CSS pixels per millimetre (96 px per inch, as browsers print). */
export const PX_PER_MM = 96 / 25.4;

/** Print resolution journals ask of bitmaps. */
export const PNG_DPI = 300;

/**
 * Layout width in CSS pixels of a figure for the column (85 mm → 321 px, 175 mm → 661 px).
 * @example journalWidthPx('double') // 661
 */
export function journalWidthPx(column: JournalColumn): number {
  return Math.round(JOURNAL_WIDTH_MM[column] * PX_PER_MM);
}

/**
 * PNG pixel ratio for `PNG_DPI` (300 / 96 = 3.125: a 661 px figure becomes a 2066 px PNG).
 * @example pngScale() // 3.125
 */
export function pngScale(dpi = PNG_DPI): number {
  return dpi / 96;
}

/** Type sizes of a figure in CSS px (at print size, 1 px = 0.75 pt). */
export interface HouseSizes {
  /** Layout width in CSS px (`journalWidthPx`). */
  width: number;
  /** Tick labels, legend and axis titles. */
  font: number;
  /** The figure title. */
  title: number;
  /** Panel titles. */
  panel: number;
  /** Notes: the source note, counts under the title. */
  note: number;
}

/**
 * The house type sizes for a column. Double: 12 px text (9 pt), 15 px title, 10 px notes. Single:
 * everything two steps smaller so a 321 px figure still holds its labels, but never under 7 pt
 * (9.5 px), the smallest type the Elsevier and Springer artwork guides accept.
 * @example houseSizes('single') // { width: 321, font: 10, title: 12, panel: 10, note: 9.5 }
 */
export function houseSizes(column: JournalColumn = 'double'): HouseSizes {
  return column === 'single'
    ? { width: journalWidthPx('single'), font: 10, title: 12, panel: 10, note: 9.5 }
    : { width: journalWidthPx('double'), font: 12, title: 15, panel: 13, note: 10 };
}
