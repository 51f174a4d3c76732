/**
 * The key on which the splitter compares a line with its profile patterns.
 *
 * Deliberately small and local to the splitter (independent of `src/text` normalization, whose
 * options may change): patterns written in data files must keep matching the same lines.
 *
 * Speed: every short line of every page is keyed, so the rules are a table indexed by UTF-16 code
 * unit (`KEY_CLASS`, built once) and the key is assembled from verbatim slices of the line rather
 * than one character at a time; a line that needs no change is returned as it is.
 */
import { FNV1A_BASIS } from '../corpus/fnv1a';

/** Code-unit classes of `KEY_CLASS`. */
const VERBATIM = 0;
const SPACE = 1;
const DROPPED = 2;
const MAPPED = 3;

/** Class of every UTF-16 code unit (64 KiB, built once): verbatim, white space, dropped or mapped. */
const KEY_CLASS = new Uint8Array(0x10000);
/** Replacement of each `MAPPED` code unit. */
const KEY_MAP = new Uint16Array(0x10000);

/** White space as the splitter sees it (JS `\s` without line ends; U+FEFF is a dropped mark instead). */
const SPACE_UNITS = [32, 9, 0xa0, 11, 12, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0x1680];
for (const c of SPACE_UNITS) KEY_CLASS[c] = SPACE;
for (let c = 0x2000; c <= 0x200a; c++) KEY_CLASS[c] = SPACE;
// Arabic diacritics (harakat, tanween, shadda, sukun), superscript alef and tatweel.
for (let c = 0x064b; c <= 0x0652; c++) KEY_CLASS[c] = DROPPED;
for (const c of [0x0670, 0x0640]) KEY_CLASS[c] = DROPPED;
// Bidi and zero-width marks.
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0xfeff, 0x061c]) KEY_CLASS[c] = DROPPED;
for (let c = 0x202a; c <= 0x202e; c++) KEY_CLASS[c] = DROPPED;
for (let c = 0x2066; c <= 0x2069; c++) KEY_CLASS[c] = DROPPED;
// أ إ آ ٱ → ا, ى → ي, Latin capitals → lower case.
for (const c of [0x0623, 0x0625, 0x0622, 0x0671]) { KEY_CLASS[c] = MAPPED; KEY_MAP[c] = 0x0627; }
KEY_CLASS[0x0649] = MAPPED; KEY_MAP[0x0649] = 0x064a;
for (let c = 0x41; c <= 0x5a; c++) { KEY_CLASS[c] = MAPPED; KEY_MAP[c] = c + 32; }

/** The `MAPPED` code units, in order. */
const FOLDED_UNITS: number[] = [];
for (let c = 0; c < 0x10000; c++) if (KEY_CLASS[c] === MAPPED) FOLDED_UNITS.push(c);

/**
 * Each code unit as it stands in a line key (a table, built once): itself, its folded form
 * (`lineKey`'s أ → ا, ى → ي, Latin lower case), 32 for any white space, −1 when the key drops it.
 * Lets a caller read a key's units from the raw line without building the key.
 */
export const KEY_UNIT = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const k = KEY_CLASS[c];
  KEY_UNIT[c] = k === VERBATIM ? c : k === SPACE ? 32 : k === DROPPED ? -1 : KEY_MAP[c];
}

/**
 * FNV-1a (32-bit, over UTF-16 code units, from `basis`) of `lineKey(line.slice(start, end))`,
 * without building the key: the line labeller hashes the first and last words of every long line.
 * @example lineKeyHash(' إقرأ ', 0, 6) === fnv1a32('اقرا') // true
 */
export function lineKeyHash(line: string, start: number, end: number, basis: number = FNV1A_BASIS): number {
  let h = basis | 0;
  let started = false;
  let pending = false;
  for (let i = start; i < end; i++) {
    const u = KEY_UNIT[line.charCodeAt(i)];
    if (u < 0) continue;
    if (u === 32) { pending = started; continue; }
    if (pending) { h = Math.imul(h ^ 32, 0x01000193); pending = false; }
    h = Math.imul(h ^ u, 0x01000193);
    started = true;
  }
  return h >>> 0;
}

/** True for white space as the splitter sees it (JS `\s` covers NBSP, U+2000–U+200A, U+3000, U+FEFF). */
export function isSpaceCode(c: number): boolean {
  return KEY_CLASS[c] === SPACE;
}

/** A line key and the word count of the line it was made from (see `lineKeyWords`). */
export interface KeyedLine {
  /** `lineKey(line)`. */
  key: string;
  /** `countWords(line)`: runs of non-space characters, a run of marks alone included. */
  words: number;
}

/**
 * Returns the line key: trimmed, inner white space collapsed to one space, Arabic diacritics,
 * tatweel and bidi/zero-width marks removed, أ/إ/آ/ٱ → ا, ى → ي, Latin lower-cased.
 * Why: «اقرأ أيضاً», «إقرأ أيضا» and «اقرأ أيضا» are the same boilerplate line.
 * @example lineKey('  إقرأ أيضاً ') // 'اقرا ايضا'
 * @example lineKey('Share on WhatsApp') // 'share on whatsapp'
 */
export function lineKey(line: string): string {
  return lineKeyWords(line).key;
}

/**
 * The line key and the line's word count in one scan (the splitter needs both for every short line).
 * @example lineKeyWords('  إقرأ   أيضاً ') // {key: 'اقرا ايضا', words: 2}
 */
export function lineKeyWords(line: string): KeyedLine {
  const n = line.length;
  let out = '';
  let run = -1; // start of the verbatim run being copied, or -1
  let pendingSpace = false;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    const k = KEY_CLASS[c];
    if (k === SPACE) inWord = false;
    else if (!inWord) { words++; inWord = true; }
    if (k === VERBATIM) {
      if (run < 0) {
        if (pendingSpace) { out += ' '; pendingSpace = false; }
        run = i;
      }
      // Consume the rest of the verbatim characters in a tight loop (they change no state).
      while (i + 1 < n && KEY_CLASS[line.charCodeAt(i + 1)] === VERBATIM) i++;
      continue;
    }
    // A single ASCII space inside a run, followed by a kept character, stays in the run.
    if (c === 32 && run >= 0 && i + 1 < n && KEY_CLASS[line.charCodeAt(i + 1)] !== SPACE &&
        KEY_CLASS[line.charCodeAt(i + 1)] !== DROPPED) continue;
    if (run >= 0) { out += line.slice(run, i); run = -1; }
    if (k === SPACE) { pendingSpace = out.length > 0; continue; }
    if (k === DROPPED) continue;
    if (pendingSpace) { out += ' '; pendingSpace = false; }
    out += String.fromCharCode(KEY_MAP[c]);
  }
  if (run >= 0) out = run === 0 && out === '' ? line : out + line.slice(run);
  return { key: out, words };
}

/**
 * The first code unit of `lineKey(line)` without building the key (-1 for an empty key): lets a
 * caller skip keying lines that cannot start with any of a few literals.
 * @example lineKeyFirstUnit('  إقرأ') === 'ا'.charCodeAt(0) // true
 */
export function lineKeyFirstUnit(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const k = KEY_CLASS[c];
    if (k === VERBATIM) return c;
    if (k === MAPPED) return KEY_MAP[c];
  }
  return -1;
}

/**
 * The last code unit of `lineKey(line)` without building the key (-1 for an empty key).
 * @example lineKeyLastUnit('نهاية.\u200f ') === '.'.charCodeAt(0) // true
 */
export function lineKeyLastUnit(line: string): number {
  for (let i = line.length - 1; i >= 0; i--) {
    const c = line.charCodeAt(i);
    const k = KEY_CLASS[c];
    if (k === VERBATIM) return c;
    if (k === MAPPED) return KEY_MAP[c];
  }
  return -1;
}

/**
 * Whether `lineKey(line)` starts with `prefix` (itself a key), comparing unit by unit from the
 * line's start without building the key: a long line costs a few code units.
 * @example lineKeyStartsWith('  إقرأ أيضاً: خبر طويل', 'اقرا ايضا') // true
 */
export function lineKeyStartsWith(line: string, prefix: string): boolean {
  const n = prefix.length;
  let j = 0;
  let pendingSpace = false;
  for (let i = 0; i < line.length && j < n; i++) {
    const c = line.charCodeAt(i);
    const k = KEY_CLASS[c];
    if (k === SPACE) { pendingSpace = j > 0; continue; }
    if (k === DROPPED) continue;
    if (pendingSpace) {
      if (prefix.charCodeAt(j) !== 32) return false;
      pendingSpace = false;
      if (++j === n) return true;
    }
    if (prefix.charCodeAt(j) !== (k === MAPPED ? KEY_MAP[c] : c)) return false;
    j++;
  }
  return j === n;
}

/**
 * Whether `lineKey(line)` ends with `suffix` (itself a key), comparing unit by unit from the line's
 * end: the mirror of `lineKeyStartsWith`.
 * @example lineKeyEndsWith('خبر طويل. جميع الحقوق محفوظة ', 'جميع الحقوق محفوظة') // true
 */
export function lineKeyEndsWith(line: string, suffix: string): boolean {
  const n = suffix.length;
  let j = 0;
  let pendingSpace = false;
  for (let i = line.length - 1; i >= 0 && j < n; i--) {
    const c = line.charCodeAt(i);
    const k = KEY_CLASS[c];
    if (k === SPACE) { pendingSpace = j > 0; continue; }
    if (k === DROPPED) continue;
    if (pendingSpace) {
      if (suffix.charCodeAt(n - 1 - j) !== 32) return false;
      pendingSpace = false;
      if (++j === n) return true;
    }
    if (suffix.charCodeAt(n - 1 - j) !== (k === MAPPED ? KEY_MAP[c] : c)) return false;
    j++;
  }
  return j === n;
}

/**
 * The code units whose key is `unit`: the unit itself and the letters folded onto it
 * (`ا` ← أ إ آ ٱ, `ي` ← ى, `a` ← `A` …). A key holds `unit` only where its line holds one of these.
 * @example keyUnitSources('ي'.charCodeAt(0)) // [0x064a, 0x0649]
 */
export function keyUnitSources(unit: number): number[] {
  return [unit, ...FOLDED_UNITS.filter((c) => KEY_MAP[c] === unit)];
}

/**
 * True when a line is blank: empty or only white space, bidi and zero-width marks (seed 003 line 39
 * is a lone NBSP).
 * @example isBlankLine('\u00a0') // true
 */
export function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const k = KEY_CLASS[line.charCodeAt(i)];
    if (k !== SPACE && k !== DROPPED) return false;
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
    const space = KEY_CLASS[line.charCodeAt(i)] === SPACE;
    if (!space && !inWord) { words++; if (words > limit) return words; }
    inWord = !space;
  }
  return words;
}
