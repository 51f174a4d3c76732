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
