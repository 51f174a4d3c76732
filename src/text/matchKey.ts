/**
 * The matcher's key of a token: the default normalization plus ة → ه and lower-cased Latin.
 * A hand-written fast path handles the common case (plain Arabic/ASCII) without building an
 * offset map; anything else goes through `normalizeArabic`, so both always agree.
 */
import { DEFAULT_NORMALIZE, foldCodePoint, isBidiMark, isDiacritic, normalizeArabic } from './normalizeArabic';
import type { NormalizeOptions } from './normalizeArabic';

/** Normalization switches used for matching keys: the defaults plus `foldTehMarbuta`. */
export const MATCH_NORMALIZE: Required<NormalizeOptions> = { ...DEFAULT_NORMALIZE, foldTehMarbuta: true };

function slowKey(token: string): string {
  return normalizeArabic(token, MATCH_NORMALIZE).text.toLowerCase();
}

/**
 * Returns the matching key of a token (or of a whole phrase: spaces are kept).
 * Why: ة/ه, hamza on alef, ى/ي, diacritics and tatweel vary freely in news and comments; the
 * codebook and the text are compared on this key.
 * @example matchKey('المُصالَحة') // 'المصالحه'
 * @example matchKey('إدلب') // 'ادلب'
 */
export function matchKey(token: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) { out += String.fromCharCode(c + 32); changed = true; continue; }
      if (c === 0x2e) return slowKey(token); // «ـ.ـ» joins need the step's context rule
      out += token[i];
      continue;
    }
    if (isBidiMark(c)) { changed = true; continue; }
    if (c >= 0x0600 && c <= 0x06ff && !(c >= 0x0675 && c <= 0x0678)) {
      if (isDiacritic(c) || c === 0x0640) { changed = true; continue; }
      const f = foldCodePoint(c, MATCH_NORMALIZE);
      if (f !== c) changed = true;
      out += String.fromCharCode(f);
      continue;
    }
    return slowKey(token);
  }
  return changed ? out : token;
}
