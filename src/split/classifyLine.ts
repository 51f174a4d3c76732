/**
 * What a single line looks like on its own (before its place on the page is considered): the first
 * pass of the splitter. The second pass (`splitArticle`) turns kinds into roles using the zone.
 */
import { countWords, isBlankLine, lineKey, lineKeyWords } from './lineKey';
import type { RelativeAgeParts } from './relativeAge';
import { asciiDigits, mayBeRelativeAge, parseRelativeAgeParts } from './relativeAge';
import { hasFourDigits, parseCommentDate } from './commentDate';
import type { SplitProfile } from './profile';
import { firstHeaderWordUnit, headerWordsWithin } from './profile';
import type { LinePatterns } from './linePatterns';
import { matchLinePatterns, unionLinePatterns } from './linePatterns';
import type { LongLineRules } from './longLine';
import { isPlainLongLine, longLineRules } from './longLine';
import { MEMO_MAX_CHARS, rememberKind } from './kindMemo';

/** The kind of a line seen alone. `rule` names the profile rule that matched. */
export type LineKind =
  | { kind: 'blank' }
  | { kind: 'link' }
  | { kind: 'counter' }
  | { kind: 'comment_header'; count: number | null }
  | { kind: 'comment_form' }
  | { kind: 'comment_action' }
  | { kind: 'footer' }
  | { kind: 'boilerplate'; rule: string }
  | { kind: 'meta'; age: RelativeAgeParts | null; date: string | null; trailing: boolean }
  | { kind: 'author'; name: string }
  | { kind: 'author_meta'; name: string; meta: string; age: RelativeAgeParts | null; date: string | null }
  | { kind: 'byline'; rule: string }
  | { kind: 'caption'; rule: string }
  /**
   * `key` is null for a plain long line decided without keying it: then `words` is only a lower
   * bound, and `keyOfText` / `wordsOfText` give (and keep) the exact key and count.
   */
  | { kind: 'text'; words: number; finalPunct: boolean; key: string | null };

const URL_LINE = /^(?:https?:\/\/|www\.)[^\s]+$/i;
const COUNTER = /^#?[0-9]{1,4}\.?$/;
const EMOJI_HEAD = /^\p{Extended_Pictographic}/u;
const SEPARATORS = /[·•|]/;
/** Characters that end a sentence or a clause (a subheading ends with none of them). */
const FINAL = new Set(['.', '!', '?', '؟', ':', '…', '،', '؛', ';', ',', '"', '”', '»', '\''].map((c) => c.charCodeAt(0)));

/** False when the first code unit rules out `URL_LINE` (it starts with «h» or «w», in either case). */
function mayStartUrl(t: string): boolean {
  const c = t.charCodeAt(0) | 0x20;
  return c === 0x68 || c === 0x77;
}

/** True for what `trimmed` removes at the ends: JS `\s` plus bidi marks (LRM, RLM, isolates, embeddings). */
function isTrimUnit(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff ||
    c === 0x200e || c === 0x200f || (c >= 0x2066 && c <= 0x2069) || (c >= 0x202a && c <= 0x202e);
}

/** The line without white space and bidi marks at its ends (the line itself when there are none). */
function trimmed(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isTrimUnit(s.charCodeAt(a))) a++;
  while (b > a && isTrimUnit(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Longest key `COUNTER` can match: «#», four digits and «.». */
const COUNTER_MAX_CHARS = 6;

/** False when the first code unit rules out `EMOJI_HEAD` (no Extended_Pictographic below U+00A9 or in the Arabic block). */
function mayStartWithEmoji(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 0xa9 && !(c >= 0x0600 && c <= 0x06ff);
}

/** Whether a line ends with one of the `FINAL` characters. */
function endsFinal(t: string): boolean {
  return t.length > 0 && FINAL.has(t.charCodeAt(t.length - 1));
}

/** Reads «(… / AFP)»: the credit words of a final parenthesis, as keys. */
function captionCredit(key: string, credits: Set<string>): boolean {
  if (!key.endsWith(')')) return false;
  const open = key.lastIndexOf('(');
  if (open < 0) return false;
  const inside = key.slice(open + 1, -1);
  if (credits.has(inside.trim())) return true;
  for (const part of inside.split(/[/،,:|-]/)) if (credits.has(part.trim())) return true;
  return false;
}

/**
 * Parses a meta line: a relative age or a date, alone or as the last of «·»-separated parts.
 * `words` is `countWords(raw, 60)`; a line with no age word and fewer than four digits is no meta.
 */
function metaOf(raw: string, key: string, words: number, p: SplitProfile): LineKind | null {
  let stripped = raw.trim();
  while (stripped.length && p.metaSeparators.includes(stripped[0])) stripped = stripped.slice(1).trim();
  // Dropping leading separators never adds words: recount only when the line is long and lost some.
  if (words > 12 && (stripped.length === raw.length || countWords(stripped, 12) > 12)) return null;
  if (!mayBeRelativeAge(key) && !hasFourDigits(raw)) return null;
  const age = parseRelativeAgeParts(stripped);
  if (age) return { kind: 'meta', age, date: null, trailing: false };
  if (!SEPARATORS.test(stripped)) {
    const date = parseCommentDate(stripped);
    return date ? { kind: 'meta', age: null, date, trailing: false } : null;
  }
  const parts = stripped.split(SEPARATORS).map((s) => s.trim()).filter((s) => s !== '');
  let ageIdx = -1;
  let partAge: RelativeAgeParts | null = null;
  let partDate: string | null = null;
  for (let i = parts.length - 1; i >= 0; i--) {
    partAge = parseRelativeAgeParts(parts[i]);
    partDate = partAge ? null : parseCommentDate(parts[i]);
    if (partAge || partDate) { ageIdx = i; break; }
  }
  if (ageIdx < 0) return null;
  const others = parts.filter((_, i) => i !== ageIdx).map(lineKey);
  const isAction = (k: string): boolean => p.trailingMetaCues.includes(k) || matchLinePatterns(p.commentActions, k) !== null;
  if (others.every(isAction)) {
    return { kind: 'meta', age: partAge, date: partDate, trailing: others.some((k) => p.trailingMetaCues.includes(k)) };
  }
  if (ageIdx === parts.length - 1 && others.length === 1 && countWords(parts[0]) <= p.maxAuthorWords) {
    return { kind: 'author_meta', name: parts[0], meta: stripped, age: partAge, date: partDate };
  }
  return null;
}

/** A share bar flattened to one line has at most this many words («شاركها فيسبوك تويتر واتساب …»). */
const SHARE_BAR_MAX_WORDS = 10;

/** What `classifyLine` derives from a profile once (cached per profile object, released with it). */
interface ProfileDispatch {
  /** First code units of the comment-header words: other lines skip the header lookup. */
  headerUnits: Set<number>;
  /** Length of the longest comment-header words: lines with longer words skip the header lookup. */
  headerMaxLength: number;
  /** Comment forms, footer start, comment actions and boilerplate together: lines matching none skip all four. */
  lineRules: LinePatterns;
  /** The shortcut for plain long lines. */
  longLines: LongLineRules;
  /** Kinds of recurring short lines (see `rememberKind`). */
  shortKinds: Map<string, LineKind>;
}

const dispatchCache = new WeakMap<SplitProfile, ProfileDispatch>();

/** The profile's dispatch data, built on first use. */
function dispatchOf(p: SplitProfile): ProfileDispatch {
  let d = dispatchCache.get(p);
  if (!d) {
    const lineRules = unionLinePatterns([p.commentForms, p.footerStart, p.commentActions, p.boilerplate]);
    d = {
      headerUnits: new Set([...p.commentHeaders.keys()].map(firstHeaderWordUnit)),
      headerMaxLength: Math.max(0, ...[...p.commentHeaders.keys()].map((h) => h.length)),
      lineRules,
      longLines: longLineRules(p, lineRules, SHARE_BAR_MAX_WORDS),
      shortKinds: new Map(),
    };
    dispatchCache.set(p, d);
  }
  return d;
}

/**
 * Whether every word of a line key is itself a one-word boilerplate line (a share bar or a menu
 * flattened to one line: «فيسبوك تويتر», «شاركها فيسبوك تويتر واتساب»).
 * @example isWordsOf('فيسبوك تويتر', new Set(['فيسبوك', 'تويتر'])) // true
 */
export function isWordsOf(key: string, words: ReadonlySet<string>): boolean {
  let from = 0;
  while (from <= key.length) {
    const sp = key.indexOf(' ', from);
    const w = key.slice(from, sp === -1 ? key.length : sp);
    if (!words.has(w)) return false;
    if (sp === -1) return true;
    from = sp + 1;
  }
  return true;
}

/** The one `blank` kind (kinds are read, never changed, except a text kind's `key`). */
const BLANK: LineKind = { kind: 'blank' };

/**
 * Classifies one line on its own, using a profile's patterns. Lines longer than
 * `profile.maxShortLine` are only tested for blankness and are otherwise `text`, so huge lines cost
 * one linear scan. Plain long lines (body paragraphs) are decided without keying them
 * (`isPlainLongLine`): their `text` kind has `key: null`. Kinds of short lines are memoized per
 * profile (`rememberKind`): the returned kind may be shared with other lines and must not be changed.
 * @example classifyLine('التعليقات (2)', generic).kind // 'comment_header'
 * @example classifyLine('    ·منذ 7 سنوات 3 أشهر', generic) // {kind:'meta', age:{months:87,days:0}, …}
 */
export function classifyLine(raw: string, p: SplitProfile): LineKind {
  if (isBlankLine(raw)) return BLANK;
  if (raw.length > p.maxShortLine) return { kind: 'text', words: Infinity, finalPunct: true, key: '' };
  const t = trimmed(raw);
  const d = dispatchOf(p);
  if (isPlainLongLine(t, d.longLines)) return { kind: 'text', words: d.longLines.minWords, finalPunct: endsFinal(t), key: null };
  if (t.length > MEMO_MAX_CHARS) return classifyKeyed(t, p, d);
  return d.shortKinds.get(t) ?? rememberKind(d.shortKinds, t, classifyKeyed(t, p, d));
}

/** A `text` kind. */
export type TextKind = LineKind & { kind: 'text' };

/** Fills in the key and exact word count of a plain long line's kind (see `LineKind`). */
function completeText(k: TextKind, raw: string): string {
  const keyed = lineKeyWords(trimmed(raw));
  k.words = Math.min(keyed.words, 61);
  k.key = keyed.key;
  return keyed.key;
}

/**
 * The key of a line's `text` kind, built and kept on first use when `classifyLine` left it null.
 * @example keyOfText(classifyLine(longParagraph, generic), longParagraph) === lineKey(longParagraph) // true
 */
export function keyOfText(k: TextKind, raw: string): string {
  return k.key ?? completeText(k, raw);
}

/**
 * The word count of a line's `text` kind (as `countWords(line, 60)`), counted on first use when
 * `classifyLine` left only a lower bound.
 * @example wordsOfText(classifyLine(longParagraph, generic), longParagraph) // 37
 */
export function wordsOfText(k: TextKind, raw: string): number {
  if (k.key === null) completeText(k, raw);
  return k.words;
}

/**
 * The full classification of a trimmed, non-blank line of at most `maxShortLine` code units: every
 * rule in order, on its key. The reference that the `isPlainLongLine` shortcut must agree with.
 * @example classifyKeyed('التعليقات (2)', generic).kind // 'comment_header'
 */
export function classifyKeyed(t: string, p: SplitProfile, d: ProfileDispatch = dispatchOf(p)): LineKind {
  const keyed = lineKeyWords(t);
  const key = keyed.key;
  if (mayStartUrl(t) && URL_LINE.test(t)) return { kind: 'link' };
  if (key.length <= COUNTER_MAX_CHARS && COUNTER.test(asciiDigits(key))) return { kind: 'counter' };
  if (key.length <= 60 && d.headerUnits.has(firstHeaderWordUnit(key))) {
    const hw = headerWordsWithin(key, d.headerMaxLength);
    if (hw !== null && p.commentHeaders.has(hw)) {
      const digits = /([0-9]+)/.exec(asciiDigits(key));
      return { kind: 'comment_header', count: digits ? Number(digits[1]) : p.commentHeaders.get(hw)! };
    }
  }
  if (matchLinePatterns(d.lineRules, key)) {
    if (matchLinePatterns(p.commentForms, key)) return { kind: 'comment_form' };
    if (matchLinePatterns(p.footerStart, key)) return { kind: 'footer' };
    if (matchLinePatterns(p.commentActions, key)) return { kind: 'comment_action' };
    const b = matchLinePatterns(p.boilerplate, key);
    if (b) return { kind: 'boilerplate', rule: `boilerplate_${b}` };
  }
  if (p.emojiHeadedBoilerplate && mayStartWithEmoji(t) && EMOJI_HEAD.test(t)) return { kind: 'boilerplate', rule: 'emoji_navigation' };
  if (keyed.words >= 2 && keyed.words <= SHARE_BAR_MAX_WORDS && isWordsOf(key, p.boilerplate.exact)) {
    return { kind: 'boilerplate', rule: 'share_bar' };
  }
  const words = Math.min(keyed.words, 61); // as countWords(t, 60): counting stops past 60
  const cap = t.length <= p.captionMaxChars ? matchLinePatterns(p.caption, key) : null;
  if (cap) return { kind: 'caption', rule: `caption_${cap}` };
  const meta = metaOf(t, key, words, p);
  if (meta) return meta;
  if (words <= p.maxAuthorWords + 2) {
    for (const s of p.authorSuffixes) {
      if (key.endsWith(s) && key.length > s.length) {
        const name = t.replace(/\s*:\s*$/, '').replace(/\s*\S+$/, '').trim();
        if (name) return { kind: 'author', name };
      }
    }
  }
  if (t.length <= p.bylineMaxChars) {
    const by = matchLinePatterns(p.byline, key);
    if (by) return { kind: 'byline', rule: `byline_${by}` };
  }
  for (const c of p.captionPrefix) if (key.startsWith(c)) return { kind: 'caption', rule: 'caption_prefix' };
  if (captionCredit(key, p.captionCredits)) return { kind: 'caption', rule: 'caption_credit' };
  return { kind: 'text', words, finalPunct: endsFinal(t), key };
}
