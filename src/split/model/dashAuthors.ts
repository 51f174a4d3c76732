/**
 * Author lines written as a name and a dash («name -», «- name»), as some comment blocks print them,
 * inside a comment section: after a comment header, or after a boilerplate line (a comment-section
 * notice or disclaimer) holding one of the profile's one-word comment headers («التعليقات»). They are fixed as `comment_author` before decoding, so the lines around them are decoded
 * as that comment's text.
 */
import type { Role } from '../types';
import type { SplitProfile } from '../profile';
import { classifyLine } from '../classifyLine';
import { countWords, lineKey } from '../lineKey';

/** A dash at either end of a line, set off by a space. */
const NAME_DASH = /\s[–—-]$|^[–—-]\s/;
/** Longest line (code units) looked at: a «name -» line, a comment header or a notice. */
const MAX_CHARS = 200;
/** Most words of a «name -» line (the dash and a place name included). */
const MAX_WORDS = 6;

/**
 * Per line, `comment_author` for a «name -» or «- name» line of at most 6 words after a comment
 * header or a comment-section notice (both by the profile rules), else null.
 * @example dashAuthors(['التعليقات', 'خليل -', 'أخيراً'], generic) // [null, 'comment_author', null]
 */
export function dashAuthors(raws: string[], p: SplitProfile): (Role | null)[] {
  const out: (Role | null)[] = new Array(raws.length).fill(null);
  // Candidates first (cheap): most pages have none, and then no line is classified.
  const cands: number[] = [];
  for (let i = 0; i < raws.length; i++) {
    const t = raws[i].trim();
    if (t.length >= 3 && t.length <= MAX_CHARS && (isDash(t, t.length - 1) || isDash(t, 0)) && NAME_DASH.test(t)
      && countWords(t, MAX_WORDS + 1) <= MAX_WORDS) cands.push(i);
  }
  if (cands.length === 0) return out;
  let inSection = false;
  let next = 0;
  for (let i = 0; i <= cands[cands.length - 1]; i++) {
    if (i === cands[next]) {
      if (inSection) out[i] = 'comment_author';
      next++;
      continue;
    }
    const t = raws[i].trim();
    if (t === '' || t.length > MAX_CHARS) continue;
    const k = classifyLine(raws[i], p);
    if (k.kind === 'comment_header' || (k.kind === 'boilerplate' && lineKey(t).split(' ').some((w) => p.commentHeaders.has(w)))) inSection = true;
  }
  return out;
}

/** Whether `t[at]` is a dash (- – —). */
function isDash(t: string, at: number): boolean {
  const c = t.charCodeAt(at);
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}
