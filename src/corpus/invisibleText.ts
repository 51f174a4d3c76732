/**
 * Text a reader cannot see: white space plus the format characters that have no glyph (zero-width
 * space and joiners, direction marks and embeddings, the byte-order mark, the soft hyphen). A file
 * made only of them (a broken export, or a probe) is no page, though `trim()` leaves it non-empty.
 */

/**
 * A visible character: anything but white space and the format characters without a glyph (soft
 * hyphen, Arabic letter mark, Mongolian vowel separator, zero-width and direction characters, word
 * joiner and invisible operators, BOM). The search stops at the first one, so a page costs almost
 * nothing (every page is tested).
 */
const VISIBLE = /[^\s\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/**
 * Whether a text has no visible character: only white space and invisible format characters
 * (true for the empty text).
 * @example isInvisibleText('\u200f\u200b \u202b\n') // true
 * @example isInvisibleText('\u200fسلام') // false
 */
export function isInvisibleText(text: string): boolean {
  return !VISIBLE.test(text);
}

/**
 * The `empty` reject detail of a text with no visible character: white space only, or (when
 * invisible marks are there) that it holds only invisible marks; null when something is visible.
 * @example emptyTextDetail('  \n') // 'only white space'
 * @example emptyTextDetail('\u200b\u200f') // 'only invisible marks (zero-width and direction characters) and white space'
 * @example emptyTextDetail('نص') // null
 */
export function emptyTextDetail(text: string): string | null {
  if (!isInvisibleText(text)) return null;
  return /^\s*$/.test(text) ? 'only white space' : 'only invisible marks (zero-width and direction characters) and white space';
}
