/**
 * The tokenizer's hot path: the same tokens as `tokenize` (same boundaries, same kinds), written
 * into reusable arrays instead of one object per token. Plain Arabic words, numbers, Latin words,
 * white space and common punctuation are scanned by hand from a character-class table; anything
 * else (URLs, mentions, hashtags, emoji, rare spaces, surrogates) is handed to `TOKEN_RE` at the
 * same position, so both always agree (property-tested against `tokenize`).
 */
import { TOKEN_RE } from './tokenize';
import type { TokenKind } from './tokenize';

/** Numeric token kinds (index into `TOKEN_KINDS`), in `TOKEN_RE` group order. */
export const T_URL = 0;
export const T_MENTION = 1;
export const T_HASHTAG = 2;
export const T_ARABIC = 3;
export const T_NUMBER = 4;
export const T_LATIN = 5;
export const T_EMOJI = 6;
export const T_PUNCT = 7;

/** Kind names by numeric kind. */
export const TOKEN_KINDS: readonly TokenKind[] = ['url', 'mention', 'hashtag', 'arabic', 'number', 'latin', 'emoji', 'punct'];

/**
 * Whether a numeric kind is word-like (Arabic and Latin words, numbers, hashtags, @mentions):
 * the tokens `countTokens` counts. Indexed by numeric kind.
 */
export const IS_WORD_KIND: readonly boolean[] = [false, true, true, true, true, true, false, false];

/** The tokens of one text as parallel arrays; reuse one buffer for many texts. */
export class TokenBuffer {
  /** Number of tokens in the last scanned text (entries past `n` are stale). */
  n = 0;
  /** Token text exactly as in the input. */
  raw: string[] = [];
  /** UTF-16 start offsets. */
  start: number[] = [];
  /** UTF-16 end offsets (exclusive). */
  end: number[] = [];
  /** Numeric kinds (`T_ARABIC` …). */
  kind: number[] = [];
}

// Character classes of BMP code units (bit flags).
const AR = 1;
const DIGIT = 2;
const LATIN = 4; // [A-Za-z\u00c0-\u024f]
const ASCII_LETTER = 8; // [A-Za-z]
const ZW = 16;
const SPACE = 32; // the common white space handled by hand
const PUNCT = 64; // single-code-point punctuation that no other alternative can start
const NUM_SEP = 128; // . , ٫ ٬ inside numbers

function buildClasses(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const range = (a: number, b: number, f: number) => { for (let c = a; c <= b; c++) t[c] |= f; };
  range(0x0621, 0x065f, AR); range(0x0670, 0x06d3, AR); range(0x06d5, 0x06d5, AR);
  range(0x06fa, 0x06fc, AR); range(0x06ff, 0x06ff, AR); range(0xfb50, 0xfdff, AR); range(0xfe70, 0xfefc, AR);
  range(0x30, 0x39, DIGIT); range(0x0660, 0x0669, DIGIT); range(0x06f0, 0x06f9, DIGIT);
  range(0x41, 0x5a, LATIN | ASCII_LETTER); range(0x61, 0x7a, LATIN | ASCII_LETTER); range(0xc0, 0x24f, LATIN);
  range(0x200b, 0x200f, ZW); range(0x202a, 0x202e, ZW); range(0x2066, 0x2069, ZW); range(0x061c, 0x061c, ZW);
  for (const c of [0x20, 0x09, 0x0a, 0x0d]) t[c] |= SPACE;
  for (const ch of '!"$%&\'()*+,-./:;<=>?[\\]^_`{|}~«»،؛؟…“”–—') t[ch.charCodeAt(0)] |= PUNCT;
  for (const ch of '.,\u066b\u066c') t[ch.charCodeAt(0)] |= NUM_SEP;
  return t;
}

const CLS = buildClasses();

/** The one-character string of each hand-scanned punctuation code unit (others are ''). */
function buildPunctText(): string[] {
  const out = new Array<string>(0x2030).fill('');
  for (let c = 0; c < out.length; c++) if (CLS[c] & PUNCT) out[c] = String.fromCharCode(c);
  return out;
}

const PUNCT_TEXT = buildPunctText();
const TATWEEL = 0x0640;
const H = 0x68;
const W = 0x77;
const APOS = 0x27;
const RIGHT_QUOTE = 0x2019;

/** Numeric kind of a `TOKEN_RE` match. */
function kindOfGroups(m: RegExpExecArray): number {
  for (let g = 1; g <= 7; g++) if (m[g] !== undefined) return g - 1;
  return T_PUNCT;
}

/** End of the Arabic-word token starting at `i` (an Arabic letter), as group 4 of `TOKEN_RE`. */
function arabicEnd(s: string, i: number, len: number): number {
  let j = i + 1;
  for (;;) {
    while (j < len && CLS[s.charCodeAt(j)] & AR) j++;
    if (j >= len) return j;
    const c = s.charCodeAt(j);
    if (CLS[c] & ZW) {
      let k = j + 1;
      while (k < len && CLS[s.charCodeAt(k)] & ZW) k++;
      if (k < len && CLS[s.charCodeAt(k)] & AR) { j = k + 1; continue; }
      return j;
    }
    if (c === 0x2e && s.charCodeAt(j - 1) === TATWEEL && j + 1 < len && s.charCodeAt(j + 1) === TATWEEL) { j += 2; continue; }
    return j;
  }
}

/** End of the number token starting at `i` (a digit), as group 5 of `TOKEN_RE`. */
function numberEnd(s: string, i: number, len: number): number {
  let j = i + 1;
  for (;;) {
    while (j < len && CLS[s.charCodeAt(j)] & DIGIT) j++;
    if (j + 1 < len && CLS[s.charCodeAt(j)] & NUM_SEP && CLS[s.charCodeAt(j + 1)] & DIGIT) { j += 2; continue; }
    return j;
  }
}

/** End of the Latin-word token starting at `i` (a Latin letter), as group 6 of `TOKEN_RE`. */
function latinEnd(s: string, i: number, len: number): number {
  let j = i + 1;
  while (j < len && CLS[s.charCodeAt(j)] & LATIN) j++;
  for (;;) {
    if (j + 1 >= len) return j;
    const q = s.charCodeAt(j);
    if ((q !== APOS && q !== RIGHT_QUOTE) || !(CLS[s.charCodeAt(j + 1)] & ASCII_LETTER)) return j;
    j += 2;
    while (j < len && CLS[s.charCodeAt(j)] & ASCII_LETTER) j++;
  }
}

const fallback = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);

/**
 * Tokenizes `text` into `out` (overwriting it): exactly the tokens of `tokenize(text)`, as
 * parallel arrays of raw text, offsets and numeric kinds. Why: one pass per line feeds the
 * matcher, the token count and the keyness terms without allocating a token object each.
 * With `wordText` false the raw text of Arabic, number and Latin tokens is not written (their
 * `raw` entries are stale; read them from `text` by offsets): callers that look words up by span
 * (see `SpanCache`) save a string per word. Punctuation and every other kind always have `raw`.
 * @example
 * const b = new TokenBuffer();
 * scanTokens('قال: 2011 #لن_نصالح', b);
 * b.n                                   // 4
 * b.kind.slice(0, b.n)                  // [T_ARABIC, T_PUNCT, T_NUMBER, T_HASHTAG] = [3, 7, 4, 2]
 * b.raw.slice(0, b.n)                   // ['قال', ':', '2011', '#لن_نصالح']
 */
export function scanTokens(text: string, out: TokenBuffer, wordText = true): void {
  const len = text.length;
  const raw = out.raw;
  const start = out.start;
  const end = out.end;
  const kind = out.kind;
  let n = 0;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const cls = CLS[c];
    let j: number;
    let k: number;
    if (cls & SPACE) { i++; continue; }
    if (cls & AR) { j = arabicEnd(text, i, len); k = T_ARABIC; }
    else if (cls & DIGIT) { j = numberEnd(text, i, len); k = T_NUMBER; }
    else if (cls & LATIN && c !== H && c !== W) { j = latinEnd(text, i, len); k = T_LATIN; }
    else if (cls & PUNCT) {
      raw[n] = PUNCT_TEXT[c];
      start[n] = i;
      end[n] = i + 1;
      kind[n] = T_PUNCT;
      n++;
      i++;
      continue;
    }
    else {
      fallback.lastIndex = i;
      const m = fallback.exec(text);
      if (m === null) break;
      raw[n] = m[0];
      start[n] = m.index;
      end[n] = m.index + m[0].length;
      kind[n] = kindOfGroups(m);
      n++;
      i = fallback.lastIndex;
      continue;
    }
    if (wordText) raw[n] = text.slice(i, j);
    start[n] = i;
    end[n] = j;
    kind[n] = k;
    n++;
    i = j;
  }
  out.n = n;
}
