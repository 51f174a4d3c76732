/**
 * The Arabic stopword list (data/stopwords/arabic.txt), loaded once and normalized to matching keys.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { matchKey } from './matchKey';

/** Default location of the stopword list. */
export const STOPWORDS_FILE = path.resolve(__dirname, '../..', 'data/stopwords/arabic.txt');

let cached: Set<string> | null = null;

/**
 * Reads a stopword file (one word a line, `#` comments) into a set of matching keys.
 * @example parseStopwords('# c\nإلى\nالى\n').size // 1
 */
export function parseStopwords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const w = raw.trim();
    if (w && !w.startsWith('#')) out.add(matchKey(w));
  }
  return out;
}

/**
 * The default stopword set (matching keys), read from data/stopwords/arabic.txt on first use.
 * @example arabicStopwords().has('الى') // true
 */
export function arabicStopwords(): ReadonlySet<string> {
  if (!cached) cached = parseStopwords(readFileSync(STOPWORDS_FILE, 'utf8'));
  return cached;
}
