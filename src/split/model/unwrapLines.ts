/**
 * Hard-wrapped paragraphs read as the paragraphs they are. Print, PDF and OCR text breaks a
 * paragraph into lines of about the same width, so each line looks like a short unpunctuated line
 * (a headline, a list item, chrome) although it is a piece of running text. A wrapped run is a layout
 * property, not a page's words: adjacent lines (no blank between) of about the same width, each but
 * the last ending open (a letter or a comma) and with at least four words, the last ending a
 * sentence and no longer than the others; no line of it starts like a list item or a reply marker,
 * and none holds a separator of a menu or a meta row («|», «·»). The labeller reads every line of
 * such a run as the whole paragraph (its text joined), so what it learnt of paragraphs on other
 * layouts carries over; the lines keep their own roles and text.
 */
import { isBlankLine } from '../lineKey';

/** The thresholds of a wrapped run (fixed: they describe how print breaks lines, not a corpus). */
export interface UnwrapOptions {
  /** Shortest open line (code units, trimmed) that may run on. Default 20. */
  minChars?: number;
  /** Fewest words of a line that runs on. Default 4. */
  minWords?: number;
  /** The shortest open line is at least this share of the longest. Default 0.7. */
  minWidthShare?: number;
  /** The closing line is at most this multiple of the longest open line. Default 1.2. */
  maxLastShare?: number;
  /**
   * A run with no closing line (a page break cuts the paragraph) needs at least this many open
   * lines, and a clause break («، », «. ») inside at least half of them. Default 3.
   */
  minUnclosedLines?: number;
}

const DEFAULTS: Required<UnwrapOptions> = { minChars: 20, minWords: 4, minWidthShare: 0.7, maxLastShare: 1.2, minUnclosedLines: 3 };

/** Arabic letters (with harakat and presentation forms) and Latin letters: a line ending in one runs on. */
function isLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x0652) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfefc)
    || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
}
/** A line's last character (`c`) leaves it open: a letter, «،», «؛», a comma or a colon (a digit does not: list items end with dates). */
function endsOpenAt(c: number): boolean {
  return isLetter(c) || c === 0x060c || c === 0x061b || c === 44 || c === 58;
}
/** Closing quotes, brackets, footnote markers («.¹», «.(2)») that may follow a sentence's end. */
const TRAILER = /(?:\([0-9٠-٩]{1,3}\)|[\s"»”'’)\]¹²³⁰⁴-⁹])+$/u;
/** A line ending a sentence (an ellipsis is a placeholder or a teaser, not an end). */
function endsSentence(t: string): boolean {
  const u = t.replace(TRAILER, '');
  return /[.!?؟]$/.test(u) && !/(?:\.\.|…)$/.test(u);
}
/** A line that starts a list item, a reply or a bullet: never the continuation of a paragraph. */
const ITEM_START = /^(?:[0-9٠-٩]+\s*[-–)\].]|[-–—•●▪◄►↳→*#@|])/;
/** Separators of menus and meta rows. */
const SEPARATOR = /[|·]/;

/** The code units `String.prototype.trim` removes. */
function isTrimmed(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028
    || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `t[from, to)` has at least `min` words (white-space separated), counting no further. */
function hasWords(t: string, from: number, to: number, min: number): boolean {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    const sp = c <= 32 || c === 0xa0;
    if (!sp && !inWord && ++n >= min) return true;
    inWord = !sp;
  }
  return false;
}

/**
 * The wrapped runs of a page: `[first, last]` input line indices of each, in order.
 * @example wrappedRuns(['قال الوزير في مؤتمر صحافي عقده اليوم إن', 'المحادثات مع الجانب الآخر ستستأنف قريباً.']) // [[0, 1]]
 */
export function wrappedRuns(raws: readonly string[], options: UnwrapOptions = {}): [number, number][] {
  const o = { ...DEFAULTS, ...options };
  const runs: [number, number][] = [];
  const t = (i: number): string => raws[i].trim();
  // Cheap tests first (most lines fail the length or the ending), without trimming.
  const opens = (i: number): boolean => {
    const r = raws[i];
    if (r.length < o.minChars) return false;
    let e = r.length;
    while (e > 0 && isTrimmed(r.charCodeAt(e - 1))) e--;
    let b = 0;
    while (b < e && isTrimmed(r.charCodeAt(b))) b++;
    return e - b >= o.minChars && endsOpenAt(r.charCodeAt(e - 1)) && hasWords(r, b, e, o.minWords) && !SEPARATOR.test(r);
  };
  let i = 0;
  while (i < raws.length) {
    if (isBlankLine(raws[i]) || !opens(i)) { i++; continue; }
    let k = i + 1;
    while (k < raws.length && !isBlankLine(raws[k]) && opens(k) && !ITEM_START.test(t(k))) k++;
    if (k < raws.length && !isBlankLine(raws[k]) && wrapsInto(raws, i, k, o)) {
      runs.push([i, k]);
      i = k + 1;
    } else {
      if (unclosedRun(raws, i, k, o)) runs.push([i, k - 1]);
      i = k;
    }
  }
  return runs;
}

/** A clause break inside a line: a comma or a sentence end followed by more text. */
const INNER_BREAK = /[،,.؛][\s"»]+\S/;

/** Whether open lines `i`..`k−1` make a paragraph cut by a page break: enough of them, of one width, with clause breaks. */
function unclosedRun(raws: readonly string[], i: number, k: number, o: Required<UnwrapOptions>): boolean {
  if (k - i < o.minUnclosedLines || !sameWidth(raws, i, k, o)) return false;
  let breaks = 0;
  for (let j = i; j < k; j++) if (INNER_BREAK.test(raws[j])) breaks++;
  return 2 * breaks >= k - i;
}

/** The longest of lines `i`..`k−1` when the shortest is at least `minWidthShare` of it, else 0. */
function sameWidth(raws: readonly string[], i: number, k: number, o: Required<UnwrapOptions>): number {
  let max = 0;
  let min = Infinity;
  for (let j = i; j < k; j++) {
    const n = raws[j].trim().length;
    if (n > max) max = n;
    if (n < min) min = n;
  }
  return min >= o.minWidthShare * max ? max : 0;
}

/** Whether open lines `i`..`k−1` and the closing line `k` make one wrapped paragraph. */
function wrapsInto(raws: readonly string[], i: number, k: number, o: Required<UnwrapOptions>): boolean {
  const last = raws[k].trim();
  if (!endsSentence(last) || ITEM_START.test(last) || SEPARATOR.test(last)) return false;
  const max = sameWidth(raws, i, k, o);
  return max > 0 && last.length <= o.maxLastShare * max;
}

/**
 * The text the labeller reads for each line: a line of a wrapped run (`wrappedRuns`) reads as its
 * whole paragraph (the run's lines trimmed and joined by a space), every other line as itself.
 * Returns `raws` itself when the page has no wrapped run.
 * @example unwrapLines(['قال الوزير في مؤتمر صحافي عقده اليوم إن', 'المحادثات مع الجانب الآخر ستستأنف قريباً.'])[1] // 'قال الوزير في مؤتمر صحافي عقده اليوم إن المحادثات مع الجانب الآخر ستستأنف قريباً.'
 */
export function unwrapLines(raws: string[], options: UnwrapOptions = {}): string[] {
  const runs = wrappedRuns(raws, options);
  if (runs.length === 0) return raws;
  const out = raws.slice();
  for (const [a, b] of runs) {
    const joined = raws.slice(a, b + 1).map((s) => s.trim()).join(' ');
    for (let j = a; j <= b; j++) out[j] = joined;
  }
  return out;
}
