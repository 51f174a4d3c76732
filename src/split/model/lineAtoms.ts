/**
 * What the line labeller sees in one line on its own: named features ("atoms") such as its length
 * bucket, final punctuation, digit and letter shares, dates, URLs, the rule classifier's kind and the
 * line's key. Names are hashed (FNV-1a) so the model's feature space stays bounded; short lines'
 * atoms are memoized per profile, since the same chrome lines recur on page after page.
 */
import { fnv1a32 } from '../../corpus/fnv1a';
import { classifyLine } from '../classifyLine';
import { lineKey } from '../lineKey';
import { parseCommentDate } from '../commentDate';
import { parseRelativeAgeParts } from '../relativeAge';
import type { SplitProfile } from '../profile';
import { matchLinePatterns } from '../linePatterns';

/**
 * A line's atoms. Shape atoms (`own`, `ctx`: length, punctuation, shares, kinds, …) take few values,
 * so lines of one shape share `sig` and their scores can be memoized; lexical atoms (`lex`: first and
 * last word, the key of a short line) are hashed per line.
 */
export interface LineAtoms {
  /** Shape atoms used only at the line's own position. */
  own: string[];
  /** Shape atoms also seen from the neighbours (±1, ±2). */
  ctx: string[];
  /** Hashes of the lexical atoms (own position only). */
  lex: number[];
  /** `own` and `ctx` joined: lines with equal `sig` have equal shape atoms. */
  sig: string;
  /** Hash of the rule kind alone (for the previous-kind × kind conjunction). */
  kind: number;
  /** The line key when the line is short (≤ 80 code units), else null (for repeat detection). */
  key: string | null;
}

/** Atom names before hashing (what `lineAtoms` hashes; for tests and debugging). */
export interface LineAtomNames {
  own: string[];
  ctx: string[];
  lex: string[];
  kind: string;
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

/**
 * The atom names of one line (see `LineAtoms`). Shares are bucketed: Arabic / Latin letters and digits
 * as a fraction of non-space characters, 0 | ≤ .3 | ≤ .7 | ≤ .9 | more.
 * @example lineAtomNames('التعليقات (2)', generic).ctx // ['kind=comment_header', 'len=1', 'w=1', 'end=)', 'ar=3', 'lat=0']
 */
export function lineAtomNames(raw: string, p: SplitProfile): LineAtomNames {
  const t = raw.trim();
  const k = classifyLine(raw, p);
  const rule = 'rule' in k ? `:${k.rule}` : '';
  const kind = `kind=${k.kind}`;
  let ar = 0; let lat = 0; let dig = 0; let indic = 0; let chars = 0; let words = 0; let inWord = false;
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
  }
  const ctx = [kind, `len=${bucket(t.length, LEN_EDGES)}`, `w=${bucket(words, WORD_EDGES)}`,
    `end=${charClass(t, t.length - 1)}`, `ar=${share(ar, chars)}`, `lat=${share(lat, chars)}`];
  const own = [`rule=${k.kind}${rule}`, `start=${charClass(t, 0)}`, `dig=${share(dig + indic, chars)}`];
  const lex: string[] = [];
  if (indic) own.push('indic');
  if (t.length <= 120) {
    if (parseCommentDate(t)) ctx.push('date');
    if (parseRelativeAgeParts(t.replace(/^[·•|\-–\s]+/, ''))) ctx.push('age');
    if (TIME.test(t)) ctx.push('time');
    if (EMOJI.test(t)) own.push('emoji');
  }
  if (t.length <= 300) {
    if ((t.includes('http') || t.includes('www.') || t.includes('WWW.')) && URL_IN.test(t)) own.push('url');
    if (t.includes('#') && /(?:^|\s)#\S/.test(t)) own.push('hashtag');
    if (t.includes('@') && /(?:^|\s)@\w/.test(t)) own.push('handle');
    if (DASH.test(t)) own.push('dash');
    if (t.endsWith(')') && t.includes('(')) own.push('paren');
  }
  const sp = t.indexOf(' ');
  const first = lineKey(t.slice(0, sp < 0 ? Math.min(t.length, 20) : Math.min(sp, 20)));
  const lastSp = t.lastIndexOf(' ');
  lex.push(`w0=${first}`, `wN=${lineKey(t.slice(lastSp < 0 ? Math.max(0, t.length - 20) : Math.max(lastSp + 1, t.length - 20)))}`);
  const key = t.length <= 80 ? lineKey(t) : null;
  if (key !== null && key.length <= 40) lex.push(`key=${key}`);
  if (key !== null && matchLinePatterns(p.category, key)) own.push('category');
  return { own, ctx, lex, kind, key };
}

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
  const n = lineAtomNames(raw, p);
  const a: LineAtoms = {
    own: n.own, ctx: n.ctx, lex: n.lex.map(fnv1a32), sig: `${n.own.join(' ')}|${n.ctx.join(' ')}`, kind: fnv1a32(n.kind),
    key: n.key === null ? null : (' ' + n.key).slice(1),
  };
  if (short && m) {
    if (m.size >= MEMO_MAX_ENTRIES) m.clear();
    m.set((' ' + raw).slice(1), a);
  }
  return a;
}
