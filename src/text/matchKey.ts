/**
 * The matcher's key of a token: the default normalization plus ة → ه and lower-cased Latin.
 * A hand-written fast path handles the common case (plain Arabic/ASCII) without building an
 * offset map; anything else goes through `normalizeArabic`, so both always agree.
 */
import * as normalize from './normalizeArabic';
import type { NormalizeOptions } from './normalizeArabic';

/** Normalization switches used for matching keys: the defaults plus `foldTehMarbuta`. */
export const MATCH_NORMALIZE: Required<NormalizeOptions> = { ...normalize.DEFAULT_NORMALIZE, foldTehMarbuta: true };

// Module-level copies: the CommonJS transform reads imports through getters (a call per access).
const normalizeArabic = normalize.normalizeArabic;
const foldCodePoint = normalize.foldCodePoint;
const isBidiMark = normalize.isBidiMark;
const isDiacritic = normalize.isDiacritic;

/**
 * Whether `matchKey`'s loop copies a code unit unchanged: ASCII other than A–Z and «.», or an
 * Arabic-block letter that is no bidi mark, diacritic or tatweel and has no fold.
 */
function keptAsIs(c: number): boolean {
  if (c < 0x80) return !(c >= 0x41 && c <= 0x5a) && c !== 0x2e;
  if (isBidiMark(c) || c < 0x0600 || c > 0x06ff || (c >= 0x0675 && c <= 0x0678)) return false;
  return !isDiacritic(c) && c !== 0x0640 && foldCodePoint(c, MATCH_NORMALIZE) === c;
}

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
  // Most tokens are already keys: return them without building a copy.
  let kept = 0;
  while (kept < token.length && keptAsIs(token.charCodeAt(kept))) kept++;
  if (kept === token.length) return token;
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
