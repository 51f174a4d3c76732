/**
 * What the line labeller sees in one line on its own: named features ("atoms") such as its length
 * bucket, final punctuation, digit and letter shares, dates, URLs, the rule classifier's kind and the
 * line's key. Names are hashed (FNV-1a) so the model's feature space stays bounded; short lines'
 * atoms are memoized per profile, since the same chrome lines recur on page after page.
 */
import { fnv1a32 } from '../../text/fnv1a';
import { classifyLine } from '../classifyLine';
import { lineKey } from '../lineKey';
import { parseCommentDate } from '../commentDate';
import { parseRelativeAgeParts } from '../relativeAge';
import type { SplitProfile } from '../profile';
import { matchLinePatterns } from '../linePatterns';

/** A line's atoms as hashes: `own` are used for the line itself, `ctx` also for its neighbours. */
export interface LineAtoms {
  /** Hashes of the atoms used only at the line's own position. */
  own: number[];
  /** Hashes of the atoms also seen from the neighbours (±1, ±2). */
  ctx: number[];
  /** Hash of the rule kind alone (for the previous-kind × kind conjunction). */
  kind: number;
  /** The line key when the line is short (≤ 80 code units), else null (for repeat detection). */
  key: string | null;
}

/** Atom names before hashing (what `lineAtoms` hashes; for tests and debugging). */
export interface LineAtomNames {
  own: string[];
  ctx: string[];
  kind: string;
  key: string | null;
}

const bucket = (x: number, edges: number[]): number => { let b = 0; while (b < edges.length && x > edges[b]) b++; return b; };
const URL_IN = /https?:\/\/|www\./i;
const TIME = /(?:^|[^0-9٠-٩])[0-9٠-٩]{1,2}:[0-9٠-٩]{2}(?![0-9٠-٩])/;
const EMOJI = /\p{Extended_Pictographic}/u;

/** The class of a character for the start / end atoms. */
function charClass(c: string): string {
  if (c === '') return 'none';
  if (/[0-9]/.test(c)) return 'digit';
  if (/[٠-٩۰-۹]/.test(c)) return 'indic';
  if (/[\u0600-\u06ff]/.test(c) && /[\u0621-\u064a\u0671-\u06d3]/.test(c)) return 'ar';
  if (/[a-z]/i.test(c)) return 'lat';
  return c; // punctuation and symbols stand for themselves
}

/**
 * The atom names of one line (see `LineAtoms`). Shares are bucketed: Arabic / Latin letters and digits
 * as a fraction of non-space characters, 0 | ≤ .3 | ≤ .7 | ≤ .9 | more.
 * @example lineAtomNames('التعليقات (2)', generic).ctx // ['kind=comment_header', 'len=1', 'w=1', 'end=)', 'ar=3', 'lat=0', …]
 */
export function lineAtomNames(raw: string, p: SplitProfile): LineAtomNames {
  const t = raw.trim();
  const k = classifyLine(raw, p);
  const rule = 'rule' in k ? `:${k.rule}` : '';
  const kind = `kind=${k.kind}`;
  let ar = 0; let lat = 0; let dig = 0; let indic = 0; let chars = 0; let words = 0; let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) { inWord = false; continue; }
    if (!inWord) { words++; inWord = true; }
    chars++;
    if (c >= 0x0621 && c <= 0x064a) ar++;
    else if ((c | 0x20) >= 97 && (c | 0x20) <= 122) lat++;
    else if (c >= 48 && c <= 57) dig++;
    else if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) indic++;
  }
  const share = (x: number): number => (x === 0 ? 0 : 1 + bucket(x / Math.max(1, chars), [0.3, 0.7, 0.9]));
  const ctx = [kind, `len=${bucket(t.length, [10, 20, 40, 80, 160])}`, `w=${bucket(words, [1, 2, 3, 5, 8, 15, 30])}`,
    `end=${charClass(t.slice(-1))}`, `ar=${share(ar)}`, `lat=${share(lat)}`];
  const own = [`rule=${k.kind}${rule}`, `start=${charClass(t.slice(0, 1))}`, `dig=${share(dig + indic)}`];
  if (indic) own.push('indic');
  if (t.length <= 120) {
    if (parseCommentDate(t)) ctx.push('date');
    if (parseRelativeAgeParts(t.replace(/^[·•|\-–\s]+/, ''))) ctx.push('age');
    if (TIME.test(t)) ctx.push('time');
    if (EMOJI.test(t)) own.push('emoji');
  }
  if (URL_IN.test(t)) own.push('url');
  if (/(?:^|\s)#\S/.test(t)) own.push('hashtag');
  if (/(?:^|\s)@\w/.test(t)) own.push('handle');
  if (/ [–—-] /.test(t) || /[–—-]$/.test(t)) own.push('dash');
  if (t.endsWith(')') && t.includes('(')) own.push('paren');
  const sp = t.indexOf(' ');
  const first = lineKey(t.slice(0, sp < 0 ? Math.min(t.length, 20) : Math.min(sp, 20)));
  const lastSp = t.lastIndexOf(' ');
  own.push(`w0=${first}`, `wN=${lineKey(t.slice(lastSp < 0 ? Math.max(0, t.length - 20) : Math.max(lastSp + 1, t.length - 20)))}`);
  const key = t.length <= 80 ? lineKey(t) : null;
  if (key !== null && key.length <= 40) own.push(`key=${key}`);
  if (key !== null && matchLinePatterns(p.category, key)) own.push('category');
  return { own, ctx, kind, key };
}

/** Memo of short lines' atoms per profile (emptied when full). */
const memo = new WeakMap<SplitProfile, Map<string, LineAtoms>>();
const MEMO_MAX_CHARS = 80;
const MEMO_MAX_ENTRIES = 8192;

/**
 * The hashed atoms of one non-blank line (`lineAtomNames` through `fnv1a32`), memoized for short
 * lines. The result may be shared and must not be changed.
 * @example lineAtoms('التعليقات (2)', generic).kind === fnv1a32('kind=comment_header') // true
 */
export function lineAtoms(raw: string, p: SplitProfile): LineAtoms {
  const short = raw.length <= MEMO_MAX_CHARS;
  let m = memo.get(p);
  if (short) {
    if (!m) { m = new Map(); memo.set(p, m); }
    const hit = m.get(raw);
    if (hit) return hit;
  }
  const n = lineAtomNames(raw, p);
  const a: LineAtoms = { own: n.own.map(fnv1a32), ctx: n.ctx.map(fnv1a32), kind: fnv1a32(n.kind), key: n.key === null ? null : (' ' + n.key).slice(1) };
  if (short && m) {
    if (m.size >= MEMO_MAX_ENTRIES) m.clear();
    m.set((' ' + raw).slice(1), a);
  }
  return a;
}
