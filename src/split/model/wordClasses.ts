/**
 * Word classes for the line labeller (`data/models/split-word-classes.yaml`): how many words of a
 * line are prose function words, dialect particles, first / second person, reporting verbs, site
 * chrome, comment-section words or time words. These carry across layouts (any outlet's prose,
 * chrome and readers use them), where a line's shape and its exact words do not.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { KEY_UNIT, lineKey } from '../lineKey';
import { FNV1A_BASIS } from '../../corpus/fnv1a';

/** The bundled word-class file. */
export const WORD_CLASSES_FILE = resolve(__dirname, '../../../data/models/split-word-classes.yaml');

/** Word classes read from a file: names in file order and each word's classes as a bit set. */
export interface WordClasses {
  /** Class names, bit i = class i. */
  names: string[];
  /** Line key of a word → bit set of its classes. */
  words: Map<string, number>;
  /** SHA-256 (hex) of the file's bytes, recorded in a model trained with these classes. */
  sha256: string;
  /** Length of the longest listed word plus one (a leading و or ف): longer words are not looked up. */
  maxLength: number;
  /** `words` as an open-addressing table over FNV-1a hashes (`lookupUnits` reads it). */
  table: WordTable;
}

/** Listed words by hash, so a word is looked up from its code units without making a string. */
export interface WordTable {
  /** Slot → entry index + 1 (0 = empty); size a power of two, at most half full. */
  slots: Int32Array;
  /** Entry words (line keys). */
  keys: string[];
  /** Entry class bit sets. */
  bits: number[];
  /** Room for one word's key units (`maxLength` of them). */
  buf: Uint16Array;
}

const FNV_PRIME = 0x01000193;
/** A module copy of the basis (an imported binding can cost a getter call per read). */
const BASIS = FNV1A_BASIS | 0;

/** FNV-1a of `units`. */
function hashUnits(units: Uint16Array): number {
  let h = BASIS;
  for (let i = 0; i < units.length; i++) h = Math.imul(h ^ units[i], FNV_PRIME);
  return h >>> 0;
}

/** The table of a word → bits map. */
function wordTable(words: Map<string, number>, maxLength: number): WordTable {
  let size = 16;
  while (size < 2 * words.size) size *= 2;
  const t: WordTable = { slots: new Int32Array(size), keys: [], bits: [], buf: new Uint16Array(maxLength) };
  for (const [w, b] of words) {
    const units = Uint16Array.from(w, (c) => c.charCodeAt(0));
    let s = hashUnits(units) & (size - 1);
    while (t.slots[s] !== 0) s = (s + 1) & (size - 1);
    t.keys.push(w);
    t.bits.push(b);
    t.slots[s] = t.keys.length;
  }
  return t;
}

/** The class bits of the word `units[from..to)` whose FNV-1a is `hash` (−1 when it is not listed). */
function lookupUnits(t: WordTable, units: Uint16Array, from: number, to: number, hash: number): number {
  const mask = t.slots.length - 1;
  const len = to - from;
  for (let s = hash & mask; t.slots[s] !== 0; s = (s + 1) & mask) {
    const e = t.slots[s] - 1;
    const k = t.keys[e];
    if (k.length !== len) continue;
    let i = 0;
    while (i < len && k.charCodeAt(i) === units[from + i]) i++;
    if (i === len) return t.bits[e];
  }
  return -1;
}

/**
 * Reads a word-class file (`classes:` → name → list of words); throws naming the file when it is
 * not that shape or has more than 16 classes.
 * @example readWordClasses().names // ['prose', 'colloquial', 'person', 'reporting', 'chrome', 'commenting', 'time']
 */
export function readWordClasses(file: string = WORD_CLASSES_FILE): WordClasses {
  const bytes = readFileSync(file);
  const doc = parse(bytes.toString('utf8')) as { classes?: Record<string, unknown> } | null;
  const classes = doc?.classes;
  if (!classes || typeof classes !== 'object') throw new Error(`${file}: expected a 'classes:' map of class name → list of words`);
  const names = Object.keys(classes);
  if (names.length > 16) throw new Error(`${file}: at most 16 classes, found ${names.length}`);
  const words = new Map<string, number>();
  names.forEach((name, i) => {
    const list = classes[name];
    if (!Array.isArray(list)) throw new Error(`${file}: class '${name}' must be a list of words`);
    for (const w of list) {
      const k = lineKey(String(w));
      if (k === '' || k.includes(' ')) throw new Error(`${file}: class '${name}': '${String(w)}' is not one word`);
      words.set(k, (words.get(k) ?? 0) | (1 << i));
    }
  });
  let maxLength = 0;
  for (const w of words.keys()) maxLength = Math.max(maxLength, w.length + 1);
  return { names, words, sha256: createHash('sha256').update(bytes).digest('hex'), maxLength, table: wordTable(words, maxLength) };
}

let bundled: WordClasses | null = null;
/** The bundled classes, read once. */
export function bundledWordClasses(): WordClasses {
  bundled ??= readWordClasses();
  return bundled;
}

/** Word code units: Arabic letters and marks, Latin letters, digits, `_`. */
const WORD_RANGES = [[0x0621, 0x065f], [0x0670, 0x06d3], [0x06fa, 0x06ff], [0x0660, 0x0669], [0x41, 0x5a], [0x61, 0x7a], [0x30, 0x39], [0x5f, 0x5f]];
/** Raw code unit → its key unit when that is a word unit, −1 when the key drops it, −2 (a word break) otherwise (a table, built once). */
const WORD_KEY_UNIT = new Int32Array(0x10000).fill(-2);
{
  const word = new Uint8Array(0x10000);
  for (const [a, b] of WORD_RANGES) for (let c = a; c <= b; c++) word[c] = 1;
  for (let c = 0; c < 0x10000; c++) {
    const u = KEY_UNIT[c];
    WORD_KEY_UNIT[c] = u < 0 ? -1 : word[u] === 1 ? u : -2;
  }
}
/** Words looked at per line: enough for the count buckets (6+) and the prose share of a paragraph's start. */
export const WORD_CLASS_MAX_WORDS = 16;

const WAW = 0x0648;
const FA = 0x0641;

/**
 * Per class, how many of the first `WORD_CLASS_MAX_WORDS` words of `lineKey(text.slice(start,
 * end))` belong to it, read from the raw text without building the key (words are runs of word
 * units of the key); a word also counts with one leading و or ف removed when the whole word is not
 * listed.
 * @example wordClassCountsIn('قال إنّ الوفد', 0, 13, bundledWordClasses()) // [1, 0, 0, 1, 0, 0, 0] (ان; قال)
 */
export function wordClassCountsIn(text: string, start: number, end: number, wc: WordClasses): number[] {
  const counts = new Array<number>(wc.names.length).fill(0);
  const table = wc.table;
  const buf = table.buf; // the current word's key units (a word longer than any listed one is not kept)
  const max = wc.maxLength;
  let seen = 0;
  let len = -1; // units of the current word, −1 outside a word
  let h = 0; // FNV-1a of the word's units
  let h1 = 0; // … and of its units after the first
  for (let i = start; i <= end && seen < WORD_CLASS_MAX_WORDS; i++) {
    const u = i < end ? WORD_KEY_UNIT[text.charCodeAt(i)] : -2;
    if (u === -1) continue; // dropped by the key (diacritics, tatweel, marks): inside a word
    if (u >= 0) {
      if (len < 0) { len = 0; h = BASIS; h1 = BASIS; } else h1 = Math.imul(h1 ^ u, FNV_PRIME);
      h = Math.imul(h ^ u, FNV_PRIME);
      if (len < max) buf[len] = u;
      len++;
      continue;
    }
    if (len < 0) continue;
    seen++;
    if (len <= max) {
      let bits = lookupUnits(table, buf, 0, len, h >>> 0);
      if (bits < 0 && len > 2 && (buf[0] === WAW || buf[0] === FA)) bits = lookupUnits(table, buf, 1, len, h1 >>> 0);
      for (let c = 0; bits > 0; c++, bits >>>= 1) if (bits & 1) counts[c]++;
    }
    len = -1;
  }
  return counts;
}

/**
 * Per class, how many of the first `WORD_CLASS_MAX_WORDS` words of `key` (a line key, see
 * `lineKey`) belong to it; a word also counts with one leading و or ف removed when the whole word
 * is not listed.
 * @example wordClassCounts('قال انه لن يلتقي', bundledWordClasses()) // [2, 0, 0, 1, 0, 0, 0] (انه, لن; قال)
 */
export function wordClassCounts(key: string, wc: WordClasses): number[] {
  return wordClassCountsIn(key, 0, key.length, wc);
}
