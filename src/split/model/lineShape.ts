/**
 * A line's shape for the line labeller: the rule classifier's kind, length / word / letter-share
 * buckets, first and last character classes and flags (date, relative age, time, emoji, URL, …), as
 * values, plus its first and last word and its key. Shapes take few values, so the labeller can
 * memoize per shape what it derives from the shape's atom names (`shapeAtomNames`).
 */
import { classifyLine } from '../classifyLine';
import { lineKey } from '../lineKey';
import { parseCommentDate } from '../commentDate';
import type { SplitProfile } from '../profile';
import { matchLinePatterns } from '../linePatterns';
import { bundledWordClasses, wordClassCounts } from './wordClasses';

/**
 * A line's shape: the values of its shape atoms (length, punctuation, shares, kinds, flags), which
 * take few values, so lines of one shape can share what is derived from them.
 */
export interface LineShape {
  /** Rule kind (`classifyLine`). */
  kind: string;
  /** Kind and rule name, e.g. `byline:byline_prefix`. */
  rule: string;
  /** Length, word, and share buckets: [len, w, ar, lat, dig]. */
  buckets: [number, number, number, number, number];
  /** Class of the last character (`charClass`). */
  end: string;
  /** Class of the first character. */
  start: string;
  /** Flags in `FLAGS` order. */
  flags: number;
  /** Per word class (`wordClasses`), the count bucket of the line's words in it (0, 1, 2, 3–5, 6+), then the prose share bucket. */
  words: number[];
}

/** Flag names: the first three are context atoms, the rest own atoms. */
const FLAGS = ['date', 'age', 'time', 'indic', 'emoji', 'url', 'hashtag', 'handle', 'dash', 'paren', 'category'] as const;
const FLAG = Object.fromEntries(FLAGS.map((f, i) => [f, 1 << i])) as Record<(typeof FLAGS)[number], number>;
const CTX_FLAGS = 3;

/** Index of the first edge `x` does not exceed (edges.length when it exceeds them all). */
function bucket(x: number, edges: readonly number[]): number {
  let b = 0;
  while (b < edges.length && x > edges[b]) b++;
  return b;
}
const LEN_EDGES = [10, 20, 40, 80, 160];
const WORD_EDGES = [1, 2, 3, 5, 8, 15, 30];
const SHARE_EDGES = [0.3, 0.7, 0.9];
const CLASS_EDGES = [0, 1, 2, 5];
const PROSE_SHARE_EDGES = [0, 0.1, 0.2, 0.3];
/** Share bucket of `x` characters among `chars`: 0 for none, else 1 + bucket. */
function share(x: number, chars: number): number {
  return x === 0 ? 0 : 1 + bucket(x / Math.max(1, chars), SHARE_EDGES);
}
const URL_IN = /https?:\/\/|www\./i;
const TIME = /(?:^|[^0-9٠-٩])[0-9٠-٩]{1,2}:[0-9٠-٩]{2}(?![0-9٠-٩])/;
const EMOJI = /\p{Extended_Pictographic}/u;
const DASH = / [–—-] |[–—-]$/;

/** The class of a character for the start / end atoms: digit, indic, ar, lat, or the character itself. */
function charClass(t: string, at: number): string {
  if (at < 0 || at >= t.length) return 'none';
  const c = t.charCodeAt(at);
  if (c >= 48 && c <= 57) return 'digit';
  if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return 'indic';
  if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) return 'ar';
  if ((c | 0x20) >= 97 && (c | 0x20) <= 122) return 'lat';
  return t[at]; // punctuation and symbols stand for themselves
}

/**
 * A line's shape, its first and last word (as keys, at most 20 code units) and its key (lines of at
 * most 80 code units).
 * @example readLine('التعليقات (2)', generic).shape.kind // 'comment_header'
 */
export function readLine(raw: string, p: SplitProfile): { shape: LineShape; w0: string; wN: string; key: string | null } {
  const t = raw.trim();
  const k = classifyLine(raw, p);
  let ar = 0; let lat = 0; let dig = 0; let indic = 0; let chars = 0; let words = 0; let inWord = false; let symbol = false;
  const scan = Math.min(t.length, 200); // shares and words of a long paragraph from its start
  for (let i = 0; i < scan; i++) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) { inWord = false; continue; }
    if (!inWord) { words++; inWord = true; }
    chars++;
    if (c >= 0x0621 && c <= 0x064a) ar++;
    else if ((c | 0x20) >= 97 && (c | 0x20) <= 122) lat++;
    else if (c >= 48 && c <= 57) dig++;
    else if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) indic++;
    else if (c >= 0xa9 && (c < 0x0600 || c > 0x06ff) && (c < 0xfb50 || c > 0xfeff)) symbol = true; // may be an emoji
  }
  let flags = indic ? FLAG.indic : 0;
  if (t.length <= 120) {
    if (parseCommentDate(t)) flags |= FLAG.date;
    if ((k.kind === 'meta' || k.kind === 'author_meta') && k.age !== null) flags |= FLAG.age;
    if (dig + indic >= 3 && TIME.test(t)) flags |= FLAG.time;
    if (symbol && EMOJI.test(t)) flags |= FLAG.emoji;
  }
  if (t.length <= 300) {
    if ((t.includes('http') || t.includes('www.') || t.includes('WWW.')) && URL_IN.test(t)) flags |= FLAG.url;
    if (t.includes('#') && /(?:^|\s)#\S/.test(t)) flags |= FLAG.hashtag;
    if (t.includes('@') && /(?:^|\s)@\w/.test(t)) flags |= FLAG.handle;
    if (t.length <= 160 && DASH.test(t)) flags |= FLAG.dash; // author lines «الاسم -», bylines «دمشق - سانا»
    if (t.endsWith(')') && t.includes('(')) flags |= FLAG.paren;
  }
  const key = t.length <= 80 ? lineKey(t) : null;
  const wc = bundledWordClasses();
  const counts = wordClassCounts(key ?? lineKey(t.slice(0, 100)), wc);
  const wordBuckets = counts.map((c) => bucket(c, CLASS_EDGES));
  wordBuckets.push(bucket(counts[0] / Math.max(1, words), PROSE_SHARE_EDGES));
  if (key !== null && matchLinePatterns(p.category, key)) flags |= FLAG.category;
  const sp = t.indexOf(' ');
  const lastSp = t.lastIndexOf(' ');
  return {
    shape: {
      kind: k.kind, rule: 'rule' in k ? `${k.kind}:${k.rule}` : k.kind,
      buckets: [bucket(t.length, LEN_EDGES), bucket(words, WORD_EDGES), share(ar, chars), share(lat, chars), share(dig + indic, chars)],
      end: charClass(t, t.length - 1), start: charClass(t, 0), flags, words: wordBuckets,
    },
    w0: lineKey(t.slice(0, sp < 0 ? Math.min(t.length, 20) : Math.min(sp, 20))),
    wN: lineKey(t.slice(lastSp < 0 ? Math.max(0, t.length - 20) : Math.max(lastSp + 1, t.length - 20))),
    key,
  };
}

/**
 * The shape atoms of a line shape: `ctx` (also seen from the neighbours) and `own`.
 * @example shapeAtomNames(lineAtoms('التعليقات (2)', generic).shape).own // ['rule=comment_header', 'start=ar', 'dig=1', 'paren']
 */
export function shapeAtomNames(s: LineShape): { own: string[]; ctx: string[] } {
  const [len, w, ar, lat, dig] = s.buckets;
  const ctx = [`kind=${s.kind}`, `len=${len}`, `w=${w}`, `end=${s.end}`, `ar=${ar}`, `lat=${lat}`];
  const own = [`rule=${s.rule}`, `start=${s.start}`, `dig=${dig}`];
  FLAGS.forEach((f, i) => { if (s.flags & (1 << i)) (i < CTX_FLAGS ? ctx : own).push(f); });
  const wc = bundledWordClasses().names;
  s.words.forEach((b, i) => ctx.push(`wc:${i < wc.length ? wc[i] : 'prose_share'}=${b}`));
  return { own, ctx };
}

