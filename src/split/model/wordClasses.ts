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
  /** `words` as a trie over key units (`wordClassCountsIn` walks it). */
  trie: WordTrie;
}

/**
 * The listed words as a trie with a dense transition table, so a line's words are looked up unit
 * by unit while it is read, without making strings or hashing them.
 */
export interface WordTrie {
  /** Key unit → symbol (column of `next`), −1 for a unit in no listed word. */
  symbol: Int32Array;
  /** Symbols. */
  S: number;
  /** `next[state * S + symbol]`: the next state, 0 (dead) when no listed word continues so. State 1 is the root. */
  next: Int32Array;
  /** Class bits of the word ending at a state (0: none). */
  bits: Int32Array;
}

/** The trie of a word → bits map. */
function wordTrie(words: Map<string, number>): WordTrie {
  const symbol = new Int32Array(0x10000).fill(-1);
  let S = 0;
  for (const w of words.keys()) for (let i = 0; i < w.length; i++) if (symbol[w.charCodeAt(i)] < 0) symbol[w.charCodeAt(i)] = S++;
  const rows: number[][] = [[], []]; // state 0 dead, 1 root
  const ends: number[] = [0, 0];
  for (const [w, b] of words) {
    let st = 1;
    for (let i = 0; i < w.length; i++) {
      const x = symbol[w.charCodeAt(i)];
      if (!rows[st][x]) { rows.push([]); ends.push(0); rows[st][x] = rows.length - 1; }
      st = rows[st][x];
    }
    ends[st] |= b;
  }
  const next = new Int32Array(rows.length * Math.max(1, S));
  rows.forEach((row, st) => row.forEach((to, x) => { if (to) next[st * S + x] = to; }));
  return { symbol, S, next, bits: Int32Array.from(ends) };
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
  return { names, words, sha256: createHash('sha256').update(bytes).digest('hex'), maxLength, trie: wordTrie(words) };
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
  const counts = new Int32Array(wc.names.length);
  wordClassCountsInto(text, start, end, wc, counts);
  return Array.from(counts);
}

/**
 * `wordClassCountsIn` written into `counts` (its first `wc.names.length` entries, zeroed first), so
 * the line labeller counts every line's words without allocating.
 * @example wordClassCountsInto('قال إنّ الوفد', 0, 13, bundledWordClasses(), c); c[0] // 1
 */
export function wordClassCountsInto(text: string, start: number, end: number, wc: WordClasses, counts: Int32Array): void {
  counts.fill(0, 0, wc.names.length);
  const { symbol, S, next, bits: ends } = wc.trie;
  let seen = 0;
  let len = -1; // units of the current word, −1 outside a word
  let prefixed = false; // it starts with و or ف
  let st = 0; // trie state of the whole word (0: no listed word starts so)
  let st1 = 0; // … and of the word without its first unit (0 too when it has no و or ف first)
  for (let i = start; i <= end && seen < WORD_CLASS_MAX_WORDS; i++) {
    const u = i < end ? WORD_KEY_UNIT[text.charCodeAt(i)] : -2;
    if (u === -1) continue; // dropped by the key (diacritics, tatweel, marks): inside a word
    if (u >= 0) {
      const x = symbol[u];
      if (len < 0) {
        len = 1;
        prefixed = u === WAW || u === FA;
        st = x < 0 ? 0 : next[S + x];
        st1 = prefixed ? 1 : 0;
        continue;
      }
      len++;
      if (x < 0) { st = 0; st1 = 0; continue; }
      if (st !== 0) st = next[st * S + x];
      if (st1 !== 0) st1 = next[st1 * S + x];
      continue;
    }
    if (len < 0) continue;
    seen++;
    let bits = ends[st];
    if (bits === 0 && len > 2 && prefixed) bits = ends[st1];
    for (let c = 0; bits > 0; c++, bits >>>= 1) if (bits & 1) counts[c]++;
    len = -1;
  }
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
