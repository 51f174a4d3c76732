/**
 * Arabic normalization as a chain of small named pure steps, with an offset map back to the
 * original text. Each step works per code point and never merges characters coming from
 * different source positions, so every normalized UTF-16 unit knows the exact original span it
 * came from. See src/text/README.md for the per-character table and the comparison with
 * CAMeL Tools and Lucene's ArabicNormalizer.
 */

/** One normalized code point and the original span [start, end) it came from. */
interface Piece {
  /** Normalized text of the piece (one code point, or an NFKC expansion like «لا» for «ﻻ»). */
  s: string;
  /** UTF-16 start in the original. */
  a: number;
  /** UTF-16 end in the original. */
  b: number;
}

/** Switches of `normalizeArabic`. Each key names one step; `true` runs it. */
export interface NormalizeOptions {
  /** NFKC per code point: presentation forms «ﻻ» → «لا», «ﷲ» → «الله», full-width digits. Default true. */
  nfkc?: boolean;
  /** Remove bidi and zero-width marks U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+061C, U+FEFF. Default true. */
  removeBidi?: boolean;
  /** Remove harakat U+064B–U+0652 and dagger alef U+0670. Default true. */
  removeDiacritics?: boolean;
  /** Remove tatweel U+0640, and a «.» standing between two tatweels («مخـ.ـاوف» → «مخاوف»). Default true. */
  removeTatweel?: boolean;
  /** Fold أ إ آ ٱ → ا. Default true. */
  foldAlef?: boolean;
  /** Fold alef maksura ى → ي. Default true. */
  foldAlefMaksura?: boolean;
  /** Fold teh marbuta ة → ه. Default FALSE (it changes spelling); the matcher turns it on for its keys. */
  foldTehMarbuta?: boolean;
  /** Fold Persian/Urdu letters ی → ي, ک → ك, ۀ → ه, ە → ه, ھ → ه. Default true. */
  foldPersian?: boolean;
  /** Arabic-Indic ٠–٩ and Persian ۰–۹ digits → ASCII 0–9. Default true. */
  foldDigits?: boolean;
}

/** The default switches (every step on except `foldTehMarbuta`). */
export const DEFAULT_NORMALIZE: Required<NormalizeOptions> = {
  nfkc: true,
  removeBidi: true,
  removeDiacritics: true,
  removeTatweel: true,
  foldAlef: true,
  foldAlefMaksura: true,
  foldTehMarbuta: false,
  foldPersian: true,
  foldDigits: true,
};

/** Normalized text with its offset map. */
export interface Normalized {
  /** The normalized text. */
  text: string;
  /**
   * Offset map: for normalized UTF-16 unit k, `map.start[k]`/`map.end[k]` is the original span it
   * came from. `map.length` is the original length (for empty spans at the end).
   */
  map: { start: Int32Array; end: Int32Array; length: number };
}

/** True for the bidi and zero-width marks removed by `removeBidi`. */
export function isBidiMark(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
    c === 0x061c || c === 0xfeff;
}

/** True for the diacritics removed by `removeDiacritics` (harakat U+064B–U+0652 and dagger alef U+0670). */
export function isDiacritic(c: number): boolean {
  return (c >= 0x064b && c <= 0x0652) || c === 0x0670;
}

/** True for Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF), which NFKC folds. */
export function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
}

/**
 * Folds one code point (letters and digits) under the given switches; returns the code point
 * unchanged when no fold applies. Shared by `normalizeArabic` and the matcher's fast key function
 * so both agree by construction.
 * @example String.fromCharCode(foldCodePoint(0x0623, DEFAULT_NORMALIZE)) // 'ا'
 */
export function foldCodePoint(c: number, o: Required<NormalizeOptions>): number {
  if (o.foldAlef && (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671)) return 0x0627;
  if (o.foldAlefMaksura && c === 0x0649) return 0x064a;
  if (o.foldTehMarbuta && c === 0x0629) return 0x0647;
  if (o.foldPersian) {
    if (c === 0x06cc) return 0x064a; // ی Farsi yeh
    if (c === 0x06a9) return 0x0643; // ک keheh
    if (c === 0x06c0 || c === 0x06d5 || c === 0x06be) return 0x0647; // ۀ ە ھ
  }
  if (o.foldDigits) {
    if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
    if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30;
  }
  return c;
}

function toPieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    out.push({ s: text.slice(i, i + w), a: i, b: i + w });
    i += w;
  }
  return out;
}

/** Step `nfkc`: NFKC of each code point separately (so lengths may grow, never merge). */
export function stepNfkc(p: Piece[]): Piece[] {
  return p.map((x) => {
    const n = x.s.normalize('NFKC');
    return n === x.s ? x : { s: n, a: x.a, b: x.b };
  });
}

/** Step `removeBidi`: drops bidi and zero-width marks. */
export function stepRemoveBidi(p: Piece[]): Piece[] {
  return p.filter((x) => !(x.s.length === 1 && isBidiMark(x.s.charCodeAt(0))));
}

/** Step `removeDiacritics`: drops harakat U+064B–U+0652 and U+0670 (also inside NFKC expansions). */
export function stepRemoveDiacritics(p: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const x of p) {
    let s = '';
    for (let i = 0; i < x.s.length; i++) if (!isDiacritic(x.s.charCodeAt(i))) s += x.s[i];
    if (s.length) out.push(s === x.s ? x : { s, a: x.a, b: x.b });
  }
  return out;
}

/** Step `removeTatweel`: drops U+0640 and a «.» standing between two tatweels. */
export function stepRemoveTatweel(p: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < p.length; i++) {
    const s = p[i].s;
    if (s === '\u0640') continue;
    if (s === '.' && i > 0 && i + 1 < p.length && p[i - 1].s === '\u0640' && p[i + 1].s === '\u0640') continue;
    out.push(p[i]);
  }
  return out;
}

function stepFold(p: Piece[], o: Required<NormalizeOptions>): Piece[] {
  return p.map((x) => {
    let s = '';
    let changed = false;
    for (let i = 0; i < x.s.length; i++) {
      const c = x.s.charCodeAt(i);
      const f = foldCodePoint(c, o);
      if (f !== c) changed = true;
      s += String.fromCharCode(f);
    }
    return changed ? { s, a: x.a, b: x.b } : x;
  });
}

/**
 * Normalizes Arabic text by a chain of switchable steps and keeps an offset map to the original.
 * Order: nfkc → removeBidi → removeDiacritics → removeTatweel → letter/digit folds.
 * Why: matching and counting need one spelling per word, while hits must point to the exact
 * original characters.
 * @example normalizeArabic('أَنْقَرَة ﻻ').text // 'انقرة لا'
 * @example normalizeArabic('مخـ.ـاوف').text // 'مخاوف'
 * @example normalizeArabic('مدينة', { foldTehMarbuta: true }).text // 'مدينه'
 */
export function normalizeArabic(text: string, options: NormalizeOptions = {}): Normalized {
  const o = { ...DEFAULT_NORMALIZE, ...options };
  let p = toPieces(text);
  if (o.nfkc) p = stepNfkc(p);
  if (o.removeBidi) p = stepRemoveBidi(p);
  if (o.removeDiacritics) p = stepRemoveDiacritics(p);
  if (o.removeTatweel) p = stepRemoveTatweel(p);
  p = stepFold(p, o);
  let total = 0;
  for (const x of p) total += x.s.length;
  const start = new Int32Array(total);
  const end = new Int32Array(total);
  let k = 0;
  let out = '';
  for (const x of p) {
    out += x.s;
    for (let i = 0; i < x.s.length; i++, k++) { start[k] = x.a; end[k] = x.b; }
  }
  return { text: out, map: { start, end, length: text.length } };
}

/**
 * Maps a span [i, j) of normalized text back to the original span [start, end) that produced it.
 * An empty span maps to an empty span at the original position of normalized unit i.
 * @example
 * const n = normalizeArabic('قَالَ');
 * toOriginalSpan(n, 0, 3) // [0, 4]  (the final fatha was removed)
 */
export function toOriginalSpan(n: Normalized, i: number, j: number): [number, number] {
  const len = n.text.length;
  if (i < 0 || j > len || i > j) throw new RangeError(`span [${i}, ${j}) outside normalized text of length ${len}`);
  if (i === j) {
    const pos = i < len ? n.map.start[i] : n.map.length;
    return [pos, pos];
  }
  return [n.map.start[i], n.map.end[j - 1]];
}
