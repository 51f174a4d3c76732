/**
 * Citing contexts: whether an occurrence of an outlet's text cue names the page's outlet (a
 * header, footer, source line or dateline) or only quotes, cites or credits that outlet («قالت
 * روسيا اليوم», «نقلاً عن سانا», «لـ«الشرق الأوسط»», «… (سانا)» inside body text). A page must
 * never be attributed to an outlet it cites. The citing words are data (`citing:` in
 * data/outlets.yaml, documented in data/README.md); words are compared on the splitter's line key.
 */
import { OUTLETS_FILE, outletsDocument } from '../corpus/outlets';
import { lineKey } from './lineKey';

/** The citing-context rules (data/outlets.yaml `citing:`). */
export interface CitingRules {
  /** Citing phrases (line keys, words split): one ending right before a cue makes it a citation. */
  words: string[][];
  /** Outlet nouns and adjectives that may stand between a citing phrase and the cue (line keys). */
  nouns: Set<string>;
  /** Prefixes that, glued to a cue or to a noun before it, make it a mention in running text (line keys). */
  glued: Set<string>;
  /** Lines with more words than this are body text (default 12). */
  lineWords: number;
  /** In body text a cue still counts when at most this many words stand before it (a dateline; default 3). */
  datelineWords: number;
}

const cache = new Map<string, CitingRules>();

const strings = (x: unknown): string[] => (Array.isArray(x) ? x.map(String) : []);

/**
 * Loads the `citing:` block of an outlet registry file (cached per file). A file without one has
 * no citing words (every cue occurrence outside body text counts).
 * @example loadCitingRules().glued.has('ل') // true
 */
export function loadCitingRules(file: string = OUTLETS_FILE): CitingRules {
  const hit = cache.get(file);
  if (hit) return hit;
  const doc = outletsDocument(file) as { citing?: Record<string, unknown> };
  const c = doc.citing ?? {};
  const num = (v: unknown, d: number, key: string): number => {
    if (v === undefined) return d;
    if (!Number.isInteger(v) || (v as number) < 0) throw new Error(`${file}: citing.${key} must be a whole number ≥ 0`);
    return v as number;
  };
  const rules: CitingRules = {
    words: strings(c.words).map((w) => lineKey(w).split(' ')).filter((ws) => ws[0] !== ''),
    nouns: new Set(strings(c.nouns).map(lineKey)),
    glued: new Set(strings(c.glued).map(lineKey)),
    lineWords: num(c.lineWords, 12, 'lineWords'),
    datelineWords: num(c.datelineWords, 3, 'datelineWords'),
  };
  cache.set(file, rules);
  return rules;
}

/** Quote marks and brackets around a cue or a word. */
const WRAP = /^[«»"“”„'‘’()[\]{}<>‹›]+|[«»"“”„'‘’()[\]{}<>‹›]+$/g;
/** Punctuation that may close the word before a cue («قالت:») without changing the reading. */
const TRAIL = /[:،,؛;.!?؟…]+$/;

/** Whether word key `w` is phrase word `p`, or `p` with a و/ف in front. */
function wordIs(w: string, p: string): boolean {
  return w === p || ((w[0] === 'و' || w[0] === 'ف') && w.slice(1) === p);
}

/** Whether the words (keys) end with one of the citing phrases. */
function endsWithCiting(words: string[], rules: CitingRules): boolean {
  for (const phrase of rules.words) {
    const n = phrase.length;
    if (n > words.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const w = words[words.length - n + k];
      ok = k === 0 ? wordIs(w, phrase[k]) : w === phrase[k];
    }
    if (ok) return true;
  }
  return false;
}

/** A word's glued prefix when the rest is a noun (`لوكالة` → `ل`), else null. */
function gluedNoun(w: string, rules: CitingRules): boolean {
  for (let i = 1; i <= 2 && i < w.length; i++) if (rules.glued.has(w.slice(0, i)) && rules.nouns.has(w.slice(i))) return true;
  return false;
}

/**
 * Whether the occurrence of `cue` at offset `at` of `text` names the page's outlet (true), or only
 * quotes, cites or credits it (false), by the rules of data/outlets.yaml `citing:`.
 * @example isPageLevelCue('المصدر: عرب 48', 0, 'المصدر: عرب 48') // true
 * @example isPageLevelCue('وقالت روسيا اليوم إن الاجتماع تأجل', 6, 'روسيا اليوم') // false
 */
export function isPageLevelCue(text: string, at: number, cue: string, rules: CitingRules = loadCitingRules()): boolean {
  // Only the 120 code units on each side are read: a citing phrase stands within a few words of the
  // cue, and a line longer than that on either side has more words than a short line or a dateline
  // allows (more than `lineWords`), so a long paragraph costs no more than a short line.
  const ls = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - CONTEXT_UNITS);
  const clipped = ls > 0 && text.charCodeAt(ls - 1) !== 10;
  let le = text.indexOf('\n', at + cue.length);
  if (le < 0) le = text.length;
  const clippedAfter = le - (at + cue.length) > CONTEXT_UNITS;
  const before = text.slice(ls, at);
  const after = text.slice(at + cue.length, Math.min(le, at + cue.length + CONTEXT_UNITS));
  // The verdict depends only on these strings and flags: repeated source lines and footers (the
  // same occurrence on many pages of an outlet) are decided once.
  let memo = verdicts.get(rules);
  if (!memo) verdicts.set(rules, (memo = new Map()));
  const key = `${clipped ? 1 : 0}${clippedAfter ? 1 : 0}\u0000${before}\u0000${cue}\u0000${after}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const verdict = cueVerdict(before, cue, after, clipped, clippedAfter, rules);
  memo.set(key, verdict);
  return verdict;
}

/** Verdicts already reached, per rules, by context (at most `MEMO_SIZE` kept). */
const verdicts = new WeakMap<CitingRules, Map<string, boolean>>();
const MEMO_SIZE = 4096;

/** `isPageLevelCue` on the context of one occurrence: the text before and after it on its line (clipped or not). */
function cueVerdict(before: string, cue: string, after: string, clipped: boolean, clippedAfter: boolean, rules: CitingRules): boolean {
  // Glued to the word before («لـ"أورينت نت"», «لروسيا اليوم»): a mention in running text.
  const tail = /(\S*)$/.exec(before)![1].replace(WRAP, '');
  if (tail !== '' && rules.glued.has(lineKey(tail))) return false;
  const words = lineKey(before).split(' ').map((w) => w.replace(WRAP, '').replace(TRAIL, '')).filter((w) => w !== '');
  // Skip outlet nouns («وكالة», «قناة»): a noun with a glued prefix («لوكالة») cites, otherwise look further back.
  let end = words.length;
  while (end > 0 && (rules.nouns.has(words[end - 1]) || gluedNoun(words[end - 1], rules))) {
    if (gluedNoun(words[end - 1], rules)) return false;
    end--;
  }
  if (endsWithCiting(words.slice(0, end), rules)) return false;
  // A credit in parentheses after other words, not a dateline («القدس (عرب 48) –»).
  const wrapped = /\(\s*$/.test(before) || cue.startsWith('(');
  if (wrapped && words.length > 0 && !/^\s*\)?\s*[-–—ـ:]/.test(after)) return false;
  // A short line (header, footer, source or copyright line) names the page's outlet; in body text
  // only a dateline does: the cue among the first words, set off by a dash, slash or colon.
  const lineWords = clipped || clippedAfter ? Infinity : words.length + lineKey(cue + after).split(' ').filter((w) => w !== '').length;
  if (lineWords <= rules.lineWords) return true;
  return !clipped && words.length <= rules.datelineWords && (DATELINE.test(cue) || /[-–—/|]\s*$/.test(before) || /^\s*[-–—/|:]/.test(after));
}

/** Code units read on each side of a cue. */
const CONTEXT_UNITS = 120;

/** A cue that is itself a dateline («دمشق-سانا», «المصدر: سانا»). */
const DATELINE = /[-–—/|:]/;
