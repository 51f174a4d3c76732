/**
 * What the line labeller sees in one line on its own: named features ("atoms") such as its length
 * bucket, final punctuation, digit and letter shares, dates, URLs, the rule classifier's kind and the
 * line's key. Names are hashed (FNV-1a) so the model's feature space stays bounded; short lines'
 * atoms are memoized per profile, since the same chrome lines recur on page after page.
 */
import { fnv1a32, fnv1aSpan } from '../../corpus/fnv1a';
import { classifyLine } from '../classifyLine';
import { lineKey } from '../lineKey';
import { parseCommentDate } from '../commentDate';
import type { SplitProfile } from '../profile';
import { matchLinePatterns } from '../linePatterns';

/**
 * A line's shape: the values of its shape atoms (length, punctuation, shares, kinds, flags), which
 * take few values, so lines of one shape share `sig` and their scores can be memoized.
 */
export interface LineShape {
  /** Rule kind (`classifyLine`). */
  kind: string;
  /** Kind and rule name, e.g. `byline:byline_prefix`. */
  rule: string;
  /** Length, word, and share buckets: [len, w, ar, lat, dig]. */
  buckets: [number, number, number, number, number];
  /** Character classes of the last and first characters. */
  end: string;
  start: string;
  /** Flags in `FLAGS` order. */
  flags: number;
}

/** Flag names: the first three are context atoms, the rest own atoms. */
const FLAGS = ['date', 'age', 'time', 'indic', 'emoji', 'url', 'hashtag', 'handle', 'dash', 'paren', 'category'] as const;
const FLAG = Object.fromEntries(FLAGS.map((f, i) => [f, 1 << i])) as Record<(typeof FLAGS)[number], number>;
const CTX_FLAGS = 3;

/** A line's atoms: its shape, and its lexical atoms (first and last word, the key of a short line) hashed. */
export interface LineAtoms {
  /** The shape (see `shapeAtomNames` for its atoms). */
  shape: LineShape;
  /** Hashes of the lexical atoms (own position only). */
  lex: number[];
  /** Equal for lines of equal shape. */
  sig: string;
  /** Hash of the rule kind alone (for the kind conjunctions). */
  kind: number;
  /** The line key when the line is short (≤ 80 code units), else null (for repeat detection). */
  key: string | null;
}

/** Atom names before hashing (what `lineAtoms` hashes; for tests and debugging). */
export interface LineAtomNames {
  /** Shape atoms used only at the line's own position. */
  own: string[];
  /** Shape atoms also seen from the neighbours (±1, ±2). */
  ctx: string[];
  /** Lexical atoms (own position only). */
  lex: string[];
  /** The kind atom. */
  kind: string;
  /** As `LineAtoms.key`. */
  key: string | null;
}

/** Index of the first edge `x` does not exceed (edges.length when it exceeds them all). */
function bucket(x: number, edges: readonly number[]): number {
  let b = 0;
  while (b < edges.length && x > edges[b]) b++;
  return b;
}
const LEN_EDGES = [10, 20, 40, 80, 160];
const WORD_EDGES = [1, 2, 3, 5, 8, 15, 30];
const SHARE_EDGES = [0.3, 0.7, 0.9];
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

/** Shape, lexical atoms (unhashed, without their prefixes) and key of a line. */
function readLine(raw: string, p: SplitProfile): { shape: LineShape; w0: string; wN: string; key: string | null } {
  const t = raw.trim();
  const k = classifyLine(raw, p);
  let ar = 0; let lat = 0; let dig = 0; let indic = 0; let chars = 0; let words = 0; let inWord = false; let symbol = false;
  const scan = Math.min(t.length, 400); // shares and words of a long paragraph from its start
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
    if (DASH.test(t)) flags |= FLAG.dash;
    if (t.endsWith(')') && t.includes('(')) flags |= FLAG.paren;
  }
  const key = t.length <= 80 ? lineKey(t) : null;
  if (key !== null && matchLinePatterns(p.category, key)) flags |= FLAG.category;
  const sp = t.indexOf(' ');
  const lastSp = t.lastIndexOf(' ');
  return {
    shape: {
      kind: k.kind, rule: 'rule' in k ? `${k.kind}:${k.rule}` : k.kind,
      buckets: [bucket(t.length, LEN_EDGES), bucket(words, WORD_EDGES), share(ar, chars), share(lat, chars), share(dig + indic, chars)],
      end: charClass(t, t.length - 1), start: charClass(t, 0), flags,
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
  return { own, ctx };
}

/**
 * The atom names of one line (see `LineAtoms`). Shares are bucketed: Arabic / Latin letters and digits
 * as a fraction of non-space characters, 0 | ≤ .3 | ≤ .7 | ≤ .9 | more.
 * @example lineAtomNames('التعليقات (2)', generic).ctx // ['kind=comment_header', 'len=1', 'w=1', 'end=)', 'ar=3', 'lat=0']
 */
export function lineAtomNames(raw: string, p: SplitProfile): LineAtomNames {
  const r = readLine(raw, p);
  const lex = [`w0=${r.w0}`, `wN=${r.wN}`];
  if (r.key !== null && r.key.length <= 40) lex.push(`key=${r.key}`);
  return { ...shapeAtomNames(r.shape), lex, kind: `kind=${r.shape.kind}`, key: r.key };
}

/** FNV-1a states after the lexical atoms' prefixes (hashing the rest continues from them). */
const W0 = fnv1a32('w0=');
const WN = fnv1a32('wN=');
const KEY = fnv1a32('key=');
const kindHashes = new Map<string, number>();

/** Memo of short lines' atoms per profile (emptied when full). */
const memo = new WeakMap<SplitProfile, Map<string, LineAtoms>>();
/** Longest line (code units) whose atoms are memoized. */
export const ATOM_MEMO_MAX_CHARS = 80;
const MEMO_MAX_ENTRIES = 8192;

/**
 * The atoms of one non-blank line (`lineAtomNames`, lexical ones hashed with `fnv1a32`), memoized
 * for short lines. The result may be shared and must not be changed.
 * @example lineAtoms('التعليقات (2)', generic).kind === fnv1a32('kind=comment_header') // true
 */
export function lineAtoms(raw: string, p: SplitProfile): LineAtoms {
  const short = raw.length <= ATOM_MEMO_MAX_CHARS;
  let m = memo.get(p);
  if (short) {
    if (!m) { m = new Map(); memo.set(p, m); }
    const hit = m.get(raw);
    if (hit) return hit;
  }
  const r = readLine(raw, p);
  const s = r.shape;
  const lex = [fnv1aSpan(r.w0, 0, r.w0.length, W0), fnv1aSpan(r.wN, 0, r.wN.length, WN)];
  if (r.key !== null && r.key.length <= 40) lex.push(fnv1aSpan(r.key, 0, r.key.length, KEY));
  let kind = kindHashes.get(s.kind);
  if (kind === undefined) { kind = fnv1a32(`kind=${s.kind}`); kindHashes.set(s.kind, kind); }
  const b = s.buckets;
  const a: LineAtoms = {
    shape: s, lex, kind, key: r.key === null ? null : (' ' + r.key).slice(1),
    sig: `${s.rule}\u0001${s.end}\u0001${s.start}\u0001${String.fromCharCode(b[0], b[1], b[2], b[3], b[4], s.flags)}`,
  };
  if (short && m) {
    if (m.size >= MEMO_MAX_ENTRIES) m.clear();
    m.set((' ' + raw).slice(1), a);
  }
  return a;
}
