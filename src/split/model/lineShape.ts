/**
 * A line's shape for the line labeller: the rule classifier's kind, length / word / letter-share
 * buckets, first and last character classes and flags (date, relative age, time, emoji, URL, …), as
 * values, plus its first and last word and its key. Shapes take few values, so the labeller can
 * memoize per shape what it derives from the shape's atom names (`shapeAtomNames`). Every line of
 * every page is read, so `readLineFacts` fills one reused record with plain values and the
 * `LineShape` object is made once per distinct shape (`ShapeTable`).
 */
import { classifyLine, type LineKind } from '../classifyLine';
import { lineKey } from '../lineKey';
import { parseCommentDate } from '../commentDate';
import type { SplitProfile } from '../profile';
import { matchLinePatterns } from '../linePatterns';
import { bundledWordClasses, wordClassCountsInto } from './wordClasses';

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
  /** Class of the last character: digit, indic, ar, lat, none, or the character itself. */
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
/** Word classes are counted over a line's first this many code units. */
const WORD_CLASS_CHARS = 100;
/** Shares and words are counted over a line's first this many code units, … */
const SHARE_CHARS = 200;
/** … and the URL, hashtag, handle, dash and bracket flags are tested on lines of at most this many. */
const MARK_CHARS = 300;

/** Character classes of the share scan (`CHAR_CLASS`, a table built once). */
const SPACE = 0; const AR = 1; const LAT = 2; const DIG = 3; const INDIC = 4; const SYMBOL = 5; const OTHER = 6;
const CHAR_CLASS = new Uint8Array(0x10000).fill(OTHER);
for (let c = 0xa9; c < 0x10000; c++) if ((c < 0x0600 || c > 0x06ff) && (c < 0xfb50 || c > 0xfeff)) CHAR_CLASS[c] = SYMBOL; // may be an emoji
for (let c = 0x0660; c <= 0x0669; c++) CHAR_CLASS[c] = INDIC;
for (let c = 0x06f0; c <= 0x06f9; c++) CHAR_CLASS[c] = INDIC;
for (let c = 48; c <= 57; c++) CHAR_CLASS[c] = DIG;
for (let c = 65; c <= 90; c++) { CHAR_CLASS[c] = LAT; CHAR_CLASS[c + 32] = LAT; }
for (let c = 0x0621; c <= 0x064a; c++) CHAR_CLASS[c] = AR;
for (const c of [32, 9, 0xa0]) CHAR_CLASS[c] = SPACE;
const scanCounts = new Int32Array(7);
/**
 * Characters without which a flag's test cannot match (`FLAG_MARK`, a table built once): a URL
 * needs `/` (`://`) or a `w`; a hashtag `#`; a handle `@`; a dash one of - – —; a bracket `(`.
 */
const MARK_URL = 1; const MARK_HASH = 2; const MARK_AT = 4; const MARK_DASH = 8; const MARK_PAREN = 16;
const FLAG_MARK = new Uint8Array(0x10000);
for (const c of '/wW') FLAG_MARK[c.charCodeAt(0)] = MARK_URL;
FLAG_MARK[35] = MARK_HASH; FLAG_MARK[64] = MARK_AT; FLAG_MARK[40] = MARK_PAREN;
for (const c of '-–—') FLAG_MARK[c.charCodeAt(0)] = MARK_DASH;

/** Character-class codes of `LineFacts.start` / `end` (any other value is the code unit itself). */
const CLS_DIGIT = -1; const CLS_INDIC = -2; const CLS_AR = -3; const CLS_LAT = -4; const CLS_NONE = -5;
const CLASS_NAMES: Record<number, string> = { [CLS_DIGIT]: 'digit', [CLS_INDIC]: 'indic', [CLS_AR]: 'ar', [CLS_LAT]: 'lat', [CLS_NONE]: 'none' };

/** The class code of a character for the start / end atoms: digit, indic, ar, lat, none, or the code unit itself. */
function charClassCode(t: string, at: number): number {
  if (at < 0 || at >= t.length) return CLS_NONE;
  const c = t.charCodeAt(at);
  if (c >= 48 && c <= 57) return CLS_DIGIT;
  if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return CLS_INDIC;
  if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) return CLS_AR;
  if ((c | 0x20) >= 97 && (c | 0x20) <= 122) return CLS_LAT;
  return c; // punctuation and symbols stand for themselves
}

/** The atom value of a class code: `digit`, `indic`, `ar`, `lat`, `none`, or the character itself. */
function className(code: number): string {
  return code < 0 ? CLASS_NAMES[code] : String.fromCharCode(code);
}

/**
 * What `readLineFacts` reads from a line, as plain values (the shape's values without the
 * `LineShape` object): one record is refilled line after line, so reading a line allocates nothing
 * but its trimmed text and, for a short line, its key.
 */
export interface LineFacts {
  /** The trimmed line. */
  t: string;
  /** The rule classifier's kind of the line. */
  k: LineKind;
  /** [len, w, ar, lat, dig] buckets (`LineShape.buckets`). */
  buckets: Int32Array;
  /** Class code of the last character (`className` gives the atom value). */
  end: number;
  /** Class code of the first character. */
  start: number;
  /** Flags in `FLAGS` order. */
  flags: number;
  /** Word-class count buckets, then the prose share bucket (`LineShape.words`; length: classes + 1). */
  words: Int32Array;
  /** End of the first word in `t` (`ReadLine.w0End`). */
  w0End: number;
  /** Start of the last word in `t` (`ReadLine.wNStart`). */
  wNStart: number;
  /** The key when `t` has at most 80 code units, else null. */
  key: string | null;
}

/**
 * A fresh record for `readLineFacts`.
 * @example newLineFacts().words.length // 8 (7 bundled classes + the prose share)
 */
export function newLineFacts(): LineFacts {
  const n = bundledWordClasses().names.length;
  return { t: '', k: { kind: 'blank' }, buckets: new Int32Array(5), end: CLS_NONE, start: CLS_NONE, flags: 0, words: new Int32Array(n + 1), w0End: 0, wNStart: 0, key: null };
}

const classCounts = new Int32Array(16);

/**
 * Reads a line's shape values, edge words and key into `f` (see `LineFacts`); `lineShapeOf(f)` is
 * then the shape `readLine` gives.
 * @example readLineFacts('التعليقات (2)', generic, f).buckets // Int32Array [1, 1, 3, 0, 1]
 */
export function readLineFacts(raw: string, p: SplitProfile, f: LineFacts): LineFacts {
  const t = raw.trim();
  const k = classifyLine(raw, p);
  // Shares and words of a long paragraph from its first 200 code units; the characters that some
  // flags need (their tests run only when one is present, on lines of at most 300) from the whole.
  const counts = scanCounts;
  counts.fill(0);
  let words = 0;
  let inWord = false;
  let marks = 0;
  const n = t.length;
  const scan = Math.min(n, SHARE_CHARS);
  const marked = n <= MARK_CHARS;
  for (let i = 0; i < scan; i++) {
    const c = t.charCodeAt(i);
    const cls = CHAR_CLASS[c];
    if (marked) marks |= FLAG_MARK[c];
    if (cls === SPACE) { inWord = false; continue; }
    if (!inWord) { words++; inWord = true; }
    counts[cls]++;
  }
  if (marked) for (let i = scan; i < n; i++) marks |= FLAG_MARK[t.charCodeAt(i)];
  const ar = counts[AR]; const lat = counts[LAT]; const dig = counts[DIG]; const indic = counts[INDIC];
  const chars = ar + lat + dig + indic + counts[SYMBOL] + counts[OTHER];
  let flags = indic ? FLAG.indic : 0;
  if (n <= 120) {
    if (parseCommentDate(t)) flags |= FLAG.date;
    if ((k.kind === 'meta' || k.kind === 'author_meta') && k.age !== null) flags |= FLAG.age;
    if (dig + indic >= 3 && TIME.test(t)) flags |= FLAG.time;
    if (counts[SYMBOL] > 0 && EMOJI.test(t)) flags |= FLAG.emoji;
  }
  if (marks !== 0) {
    if ((marks & MARK_URL) && (t.includes('http') || t.includes('www.') || t.includes('WWW.')) && URL_IN.test(t)) flags |= FLAG.url;
    if ((marks & MARK_HASH) && /(?:^|\s)#\S/.test(t)) flags |= FLAG.hashtag;
    if ((marks & MARK_AT) && /(?:^|\s)@\w/.test(t)) flags |= FLAG.handle;
    if ((marks & MARK_DASH) && n <= 160 && DASH.test(t)) flags |= FLAG.dash; // author lines «الاسم -», bylines «دمشق - سانا»
    if ((marks & MARK_PAREN) && t.endsWith(')')) flags |= FLAG.paren;
  }
  const key = n <= 80 ? lineKey(t) : null;
  const wc = bundledWordClasses();
  const C = wc.names.length;
  wordClassCountsInto(t, 0, Math.min(n, WORD_CLASS_CHARS), wc, classCounts);
  const wb = f.words;
  for (let c = 0; c < C; c++) wb[c] = bucket(classCounts[c], CLASS_EDGES);
  wb[C] = bucket(classCounts[0] / Math.max(1, words), PROSE_SHARE_EDGES);
  if (key !== null && matchLinePatterns(p.category, key)) flags |= FLAG.category;
  const sp = t.indexOf(' ');
  const lastSp = t.lastIndexOf(' ');
  const b = f.buckets;
  b[0] = bucket(n, LEN_EDGES); b[1] = bucket(words, WORD_EDGES); b[2] = share(ar, chars); b[3] = share(lat, chars); b[4] = share(dig + indic, chars);
  f.t = t;
  f.k = k;
  f.end = charClassCode(t, n - 1);
  f.start = charClassCode(t, 0);
  f.flags = flags;
  f.w0End = sp < 0 ? Math.min(n, 20) : Math.min(sp, 20);
  f.wNStart = lastSp < 0 ? Math.max(0, n - 20) : Math.max(lastSp + 1, n - 20);
  f.key = key;
  return f;
}

/**
 * The `LineShape` of facts read by `readLineFacts` (a new object).
 * @example lineShapeOf(readLineFacts('التعليقات (2)', generic, newLineFacts())).rule // 'comment_header'
 */
export function lineShapeOf(f: LineFacts): LineShape {
  const k = f.k;
  const b = f.buckets;
  return {
    kind: k.kind, rule: 'rule' in k ? `${k.kind}:${k.rule}` : k.kind,
    buckets: [b[0], b[1], b[2], b[3], b[4]], end: className(f.end), start: className(f.start), flags: f.flags, words: Array.from(f.words),
  };
}

/** What `readLine` reads from a line. */
export interface ReadLine {
  /** The shape. */
  shape: LineShape;
  /** The trimmed line. */
  t: string;
  /** End of its first word in `t` (at most 20 code units); the word's key is the `w0` atom. */
  w0End: number;
  /** Start of its last word in `t` (at most 20 code units before the end); its key is the `wN` atom. */
  wNStart: number;
  /** Its key when it has at most 80 code units, else null. */
  key: string | null;
}

/**
 * A line's shape, where its first and last words are (their keys, see `edgeWords`, are atoms) and
 * its key (lines of at most 80 code units).
 * @example readLine('التعليقات (2)', generic).shape.kind // 'comment_header'
 */
export function readLine(raw: string, p: SplitProfile): ReadLine {
  const f = readLineFacts(raw, p, newLineFacts());
  return { shape: lineShapeOf(f), t: f.t, w0End: f.w0End, wNStart: f.wNStart, key: f.key };
}

/**
 * The keys of a line's first and last words (the `w0` and `wN` atoms).
 * @example edgeWords(readLine('التعليقات (2)', generic)) // ['التعليقات', '(2)']
 */
export function edgeWords(r: ReadLine): [string, string] {
  return [lineKey(r.t.slice(0, r.w0End)), lineKey(r.t.slice(r.wNStart))];
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

