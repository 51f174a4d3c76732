/**
 * The key on which the splitter compares a line with its profile patterns.
 *
 * Deliberately small and local to the splitter (independent of `src/text` normalization, whose
 * options may change): patterns written in data files must keep matching the same lines.
 */

/** Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef) and tatweel. */
function isDropped(c: number): boolean {
  return (c >= 0x064b && c <= 0x0652) || c === 0x0670 || c === 0x0640 ||
    // bidi and zero-width marks
    c === 0x200b || c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || c === 0xfeff ||
    (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c;
}

/** True for white space as the splitter sees it (JS `\s` covers NBSP, U+2000–U+200A, U+3000, U+FEFF). */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
}

/**
 * Returns the line key: trimmed, inner white space collapsed to one space, Arabic diacritics,
 * tatweel and bidi/zero-width marks removed, أ/إ/آ/ٱ → ا, ى → ي, Latin lower-cased.
 * Why: «اقرأ أيضاً», «إقرأ أيضا» and «اقرأ أيضا» are the same boilerplate line.
 * @example lineKey('  إقرأ أيضاً ') // 'اقرا ايضا'
 * @example lineKey('Share on WhatsApp') // 'share on whatsapp'
 */
export function lineKey(line: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < line.length; i++) {
    let c = line.charCodeAt(i);
    if (isSpaceCode(c)) { pendingSpace = out.length > 0; continue; }
    if (isDropped(c)) continue;
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) c = 0x0627;
    else if (c === 0x0649) c = 0x064a;
    else if (c >= 0x41 && c <= 0x5a) c += 32;
    if (pendingSpace) { out += ' '; pendingSpace = false; }
    out += String.fromCharCode(c);
  }
  return out;
}

/**
 * True when a line is blank: empty or only white space, bidi and zero-width marks (seed 003 line 39
 * is a lone NBSP).
 * @example isBlankLine('\u00a0') // true
 */
export function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!isSpaceCode(c) && !isDropped(c)) return false;
  }
  return true;
}

/**
 * Counts words (runs of non-space characters) of a line, stopping early at `limit + 1`.
 * @example countWords('أرفع اجتماع منذ 2011') // 4
 */
export function countWords(line: string, limit = Infinity): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpaceCode(line.charCodeAt(i));
    if (!space && !inWord) { words++; if (words > limit) return words; }
    inWord = !space;
  }
  return words;
}
