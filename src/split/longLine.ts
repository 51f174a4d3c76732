/**
 * A cheap decision for plain long lines (most of a page's body) that `classifyLine` takes before
 * building any line key: a line with many words and many characters can only be something other
 * than `text` through a few profile literals at its ends or inside it, and those are checked on the
 * raw line (key head and tail, one indexOf per `contains` literal).
 */
import { keyUnitSources, lineKeyEndsWith, lineKeyFirstUnit, lineKeyLastUnit, lineKeyStartsWith } from './lineKey';
import type { LinePatterns } from './linePatterns';
import type { SplitProfile } from './profile';
import { headerWords } from './profile';

/** What `isPlainLongLine` needs from a profile (built once per profile, see `longLineRules`). */
export interface LongLineRules {
  /**
   * Matches a line with more (lettered) words than share bars, author lines, meta lines and comment
   * headers can have, and so a key longer than exact lines and counters (see `letteredWords`): one
   * native scan of the line's start instead of a loop over its characters.
   */
  manyWords: RegExp;
  /** The fewest words a plain long line has (one more than those rules allow). */
  minWords: number;
  /** A line must be longer (code units) than this: bylines are at most as long. */
  maxRuleChars: number;
  /** Literal key prefixes (line rules and caption prefixes) by first code unit. */
  prefixByFirst: Map<number, string[]>;
  /** Literal key suffixes (line rules, and `)` which opens a caption credit) by last code unit. */
  suffixByLast: Map<number, string[]>;
  /**
   * One entry per `contains` literal: the code units of the line that can give one chosen unit of it.
   * A line holding none of them cannot contain the literal.
   */
  containsSources: string[][];
  /**
   * False when the profile allows no shortcut: line-rule regexes (they can match anything), an
   * empty caption prefix (it matches every key), or author lines of 59 words or more (word counts
   * stop at 61).
   */
  enabled: boolean;
  /** First code units that make a line a possible meta line («· منذ …»): the one-unit meta separators. */
  metaSeparatorUnits: Set<number>;
  /** Whether an emoji-headed line is boilerplate. */
  emojiHeaded: boolean;
}

/** `classifyLine` counts words up to this many (as `countWords(t, 60)`). */
const WORDS_COUNTED = 61;

/** What `classifyLine` takes for an emoji-headed line (its `EMOJI_HEAD`). */
const EMOJI_HEAD = /^\p{Extended_Pictographic}/u;

/** Groups strings by the code unit at `at(s)`, appending to `m`. */
function addByUnit(m: Map<number, string[]>, xs: string[], at: (s: string) => number): void {
  for (const x of xs) {
    const c = at(x);
    const list = m.get(c);
    if (list) list.push(x); else m.set(c, [x]);
  }
}

/** The unit of a key literal with the fewest sources, preferring units outside the Arabic block (rarer in Arabic text). */
function rarestSources(literal: string): string[] {
  let best: number[] | null = null;
  let bestScore = Infinity;
  for (let i = 0; i < literal.length; i++) {
    const c = literal.charCodeAt(i);
    if (c === 32) continue;
    const sources = keyUnitSources(c);
    const score = sources.length * 2 + (c >= 0x0600 && c <= 0x06ff ? 1 : 0);
    if (score < bestScore) { best = sources; bestScore = score; }
  }
  return (best ?? [32]).map((c) => String.fromCharCode(c));
}

/**
 * Letters (Arabic and Latin) as a regex class body: the key keeps each of them as a letter, which
 * `headerWords` never strips. (Other code units may be letters too: this is a subset, enough for a
 * sufficient test.)
 */
const LETTERS = '\\u0621-\\u063a\\u0641-\\u064aA-Za-z';

/**
 * A regex matching (at its start) a trimmed line holding at least `n` *lettered* words: runs
 * between ASCII spaces holding at least one Arabic or Latin letter. Such a line has at least `n`
 * words (other white space only splits runs further), its key at least `n` words and `2n - 1` code
 * units, and `headerWords` of its key at least `n` words. A sufficient test, not a count: lines it
 * misses are classified in full. Linear: every run can be read one way only.
 * @example letteredWords(3).test('واحد 2 اثنان ثلاثة') // true
 * @example letteredWords(3).test('واحد 2 اثنان') // false
 */
export function letteredWords(n: number): RegExp {
  const skipLetterless = `(?:[^ ${LETTERS}]+ +)*[^ ${LETTERS}]*`;
  return new RegExp(`^(?:${skipLetterless}[${LETTERS}][^ ]* +){${n - 1}}${skipLetterless}[${LETTERS}]`);
}

/**
 * Derives the long-line rules of a profile. `lineRules` is the union of its comment forms, footer
 * start, comment actions and boilerplate; `shareBarMaxWords` the longest share bar.
 * @example longLineRules(generic, lineRules, 10).minWords // 15
 */
export function longLineRules(p: SplitProfile, lineRules: LinePatterns, shareBarMaxWords: number): LongLineRules {
  const maxHeaderWords = Math.max(0, ...[...p.commentHeaders.keys()].map((h) => headerWords(h).split(' ').length));
  // More words than the word-limited rules allow, and a key (>= 2n - 1 units) longer than any exact line.
  const minWords = Math.max(12, shareBarMaxWords, p.maxAuthorWords + 2, maxHeaderWords) + 1;
  const wordsForLength = Math.ceil((lineRules.exactMaxLength + 2) / 2);
  const prefixByFirst = new Map<number, string[]>();
  addByUnit(prefixByFirst, lineRules.prefix, (x) => x.charCodeAt(0));
  addByUnit(prefixByFirst, p.captionPrefix.filter((x) => x !== ''), (x) => x.charCodeAt(0));
  const suffixByLast = new Map<number, string[]>();
  addByUnit(suffixByLast, [...lineRules.suffix, ')'], (x) => x.charCodeAt(x.length - 1));
  return {
    manyWords: letteredWords(Math.max(minWords, wordsForLength)),
    minWords,
    maxRuleChars: Math.max(p.bylineMaxChars, p.captionMaxChars),
    prefixByFirst,
    suffixByLast,
    containsSources: lineRules.contains.map(rarestSources),
    enabled: lineRules.regex.length === 0 && !p.captionPrefix.includes('') && p.maxAuthorWords + 2 < WORDS_COUNTED,
    metaSeparatorUnits: new Set(p.metaSeparators.filter((x) => x.length === 1).map((x) => x.charCodeAt(0))),
    emojiHeaded: p.emojiHeadedBoilerplate,
  };
}

/**
 * True when a trimmed, non-blank line is certainly plain `text` for the profile (no rule of
 * `classifyLine` can match it); false when the caller must classify it in full. Runs one native
 * regex on the line's start, a few native searches, and keys only a few code units at its ends.
 * @example isPlainLongLine('وكان وزير الدفاع التركي … (a long paragraph)', rules) // true
 * @example isPlainLongLine('التعليقات (2)', rules) // false
 */
export function isPlainLongLine(t: string, r: LongLineRules): boolean {
  if (!r.enabled || t.length <= r.maxRuleChars) return false;
  const c0 = t.charCodeAt(0);
  // Emoji-headed boilerplate (no Extended_Pictographic below U+00A9 or in the Arabic block).
  if (r.emojiHeaded && c0 >= 0xa9 && !(c0 >= 0x0600 && c0 <= 0x06ff) && EMOJI_HEAD.test(t)) return false;
  if (r.metaSeparatorUnits.has(c0)) return false;
  if (!r.manyWords.test(t)) return false;
  const prefixes = r.prefixByFirst.get(lineKeyFirstUnit(t));
  if (prefixes) for (const x of prefixes) if (lineKeyStartsWith(t, x)) return false;
  const suffixes = r.suffixByLast.get(lineKeyLastUnit(t));
  if (suffixes) for (const x of suffixes) if (lineKeyEndsWith(t, x)) return false;
  for (const sources of r.containsSources) {
    for (const s of sources) if (t.includes(s)) return false;
  }
  return true;
}
