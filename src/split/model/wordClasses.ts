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
import { lineKey } from '../lineKey';

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
  return { names, words, sha256: createHash('sha256').update(bytes).digest('hex'), maxLength };
}

let bundled: WordClasses | null = null;
/** The bundled classes, read once. */
export function bundledWordClasses(): WordClasses {
  bundled ??= readWordClasses();
  return bundled;
}

/** Word code units: Arabic letters and marks, Latin letters, digits, `_` (a table, built once). */
const WORD_UNIT = new Uint8Array(0x10000);
for (const [a, b] of [[0x0621, 0x065f], [0x0670, 0x06d3], [0x06fa, 0x06ff], [0x0660, 0x0669], [0x41, 0x5a], [0x61, 0x7a], [0x30, 0x39], [0x5f, 0x5f]]) {
  for (let c = a; c <= b; c++) WORD_UNIT[c] = 1;
}
/** Words looked at per line: enough for the count buckets (6+) and the prose share of a paragraph's start. */
export const WORD_CLASS_MAX_WORDS = 16;

/**
 * Per class, how many of the first `WORD_CLASS_MAX_WORDS` words of `key` (a line key, see
 * `lineKey`) belong to it; a word also counts with one leading و or ف removed when the whole word
 * is not listed.
 * @example wordClassCounts('قال انه لن يلتقي', bundledWordClasses()) // [2, 0, 0, 1, 0, 0, 0] (انه, لن; قال)
 */
export function wordClassCounts(key: string, wc: WordClasses): number[] {
  const counts = new Array<number>(wc.names.length).fill(0);
  let seen = 0;
  for (let i = 0; i < key.length && seen < WORD_CLASS_MAX_WORDS;) {
    if (WORD_UNIT[key.charCodeAt(i)] === 0) { i++; continue; }
    let e = i + 1;
    while (e < key.length && WORD_UNIT[key.charCodeAt(e)] === 1) e++;
    const len = e - i;
    const w = len > wc.maxLength ? '' : key.slice(i, e);
    i = e;
    seen++;
    if (w === '') continue;
    let bits = wc.words.get(w);
    if (bits === undefined && w.length > 2 && (w[0] === 'و' || w[0] === 'ف')) bits = wc.words.get(w.slice(1));
    if (bits === undefined) continue;
    for (let i = 0; bits !== 0; i++, bits >>>= 1) if (bits & 1) counts[i]++;
  }
  return counts;
}
