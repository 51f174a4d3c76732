/**
 * What a split page is — an article, a listing of teasers, or no article at all — and how sure the
 * labeller was, decided once from the labelled lines so that every output (articles.csv, the
 * aggregates, the notebooks) agrees. The decision reads the lines' text shapes (paragraphs of
 * running text, headline + date teasers), not only their roles, so it holds with the rule
 * labeller too. Thresholds are data: data/split-page-kinds.yaml.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Article, LabelledLine, PageKind } from './types';
import { isSpaceCode, lineKey } from './lineKey';
import { parseCommentDate } from './commentDate';
import { asciiDigits, mayBeRelativeAge, parseRelativeAgeParts } from './relativeAge';
import { compileLinePatterns, matchLinePatterns, type LinePatterns, type LinePatternSpec } from './linePatterns';
import { classifyLine } from './classifyLine';
import { profileForOutlet } from './profile';

/** Default thresholds file. */
export const PAGE_KINDS_FILE = path.resolve(__dirname, '../../data/split-page-kinds.yaml');

/** The thresholds of data/split-page-kinds.yaml (its comments say what each one means). */
export interface PageKindRules {
  paragraph: { lineMinWords: number; minWords: number; unendedMinWords: number };
  article: { minWords: number; minRun: number; maxGap: number };
  listing: {
    minTeasers: number; headlineMinWords: number; headlineMaxWords: number; dateWithin: number; dateMaxWords: number;
    /** Compiled `teaserDate` patterns. */
    teaserDate: LinePatterns;
  };
  /** Split confidence below which a page gets `low_confidence_split`. */
  lowConfidence: number;
}

/** A page's kind and why. */
export interface PageKindResult {
  /** The page kind. */
  kind: PageKind;
  /** Why it is not an article (`''` for an article). */
  reason: string;
}

const cache = new Map<string, PageKindRules>();

function num(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`page-kind rules: '${where}' must be a number ≥ 0`);
  return v;
}

/**
 * Reads (once per file) the page-kind thresholds. Throws naming the field that is missing or wrong.
 * @example loadPageKindRules().listing.minTeasers // 3
 */
export function loadPageKindRules(file: string = PAGE_KINDS_FILE): PageKindRules {
  const hit = cache.get(file);
  if (hit) return hit;
  const y = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const p = y.paragraph ?? {}, a = y.article ?? {}, l = y.listing ?? {};
  const rules: PageKindRules = {
    paragraph: {
      lineMinWords: num(p.lineMinWords, 'paragraph.lineMinWords'), minWords: num(p.minWords, 'paragraph.minWords'),
      unendedMinWords: num(p.unendedMinWords, 'paragraph.unendedMinWords'),
    },
    article: { minWords: num(a.minWords, 'article.minWords'), minRun: num(a.minRun, 'article.minRun'), maxGap: num(a.maxGap, 'article.maxGap') },
    listing: {
      minTeasers: num(l.minTeasers, 'listing.minTeasers'), headlineMinWords: num(l.headlineMinWords, 'listing.headlineMinWords'),
      headlineMaxWords: num(l.headlineMaxWords, 'listing.headlineMaxWords'), dateWithin: num(l.dateWithin, 'listing.dateWithin'),
      dateMaxWords: num(l.dateMaxWords, 'listing.dateMaxWords'),
      teaserDate: compileLinePatterns((l.teaserDate ?? {}) as LinePatternSpec),
    },
    lowConfidence: num((y as Record<string, unknown>).lowConfidence, 'lowConfidence'),
  };
  cache.set(file, rules);
  return rules;
}

/** Code units of sentence-final characters: a line ending with one closes a paragraph. */
const SENTENCE_END = new Set([...'.!?؟…»"”\'):؛'].map((c) => c.charCodeAt(0)));
/** Code units a headline does not end with. */
const NOT_HEADLINE_END = new Set([...'.،,:'].map((c) => c.charCodeAt(0)));
/** Longest line tested for navigation separators (a menu line is short; long lines are text). */
const NAV_MAX_CHARS = 300;

/** Navigation separators between spaces («أخبار | سياسة», «فيسبوك · تلغرام», «الرئيسية » أخبار»). */
const NAV_SEPARATOR = / [|·•»›] /;

/** `isSpaceCode` bound once: called per code unit, an imported binding read through its module costs more than the test. */
const isSpace = isSpaceCode;

/** Whether a code unit is a letter (Latin, Arabic incl. presentation forms, other scripts), not a digit or sign. */
function isLetterUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x0660 && c <= 0x066d) return false; // Arabic-Indic digits, Arabic signs
  if (c >= 0x06f0 && c <= 0x06f9) return false;
  if (c === 0x060c || c === 0x061b || c === 0x061f || c === 0x06d4) return false; // ، ؛ ؟ ۔
  return (c >= 0xc0 && c < 0x2000) || (c >= 0x3040 && c < 0xd800) || (c >= 0xf900 && c < 0xfeff);
}

/**
 * Words with at least one letter: «404», «|», «©» and «02:45» are not words of running text.
 * Counting stops at `limit` (default: none).
 * @example letterWords('الرئيسية | سياسة | 2024') // 2
 */
export function letterWords(line: string, limit = Infinity): number {
  let words = 0, inWord = false, letter = false;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 32;
    if (isSpace(c)) {
      if (inWord && letter && ++words >= limit) return words;
      inWord = false; letter = false;
    } else {
      inWord = true;
      if (!letter && isLetterUnit(c)) letter = true;
    }
  }
  return words;
}

/** Whether a line is a comments header («التعليقات (3)», «3 comments») by the generic profile's rules. */
function isCommentHeader(text: string): boolean {
  return classifyLine(text, profileForOutlet(null)).kind === 'comment_header';
}

/**
 * Whether a line is a teaser's date: an absolute date, a relative age or a `teaserDate` pattern,
 * with at most `listing.dateMaxWords` letter words (so headlines and text are never keyed).
 */
function isDateLine(text: string, words: number, r: PageKindRules): boolean {
  if (text.length > 80 || words > r.listing.dateMaxWords) return false;
  if (parseCommentDate(text) !== null) return true;
  const key = asciiDigits(lineKey(text));
  if (mayBeRelativeAge(key) && parseRelativeAgeParts(text) !== null) return true;
  return matchLinePatterns(r.listing.teaserDate, key) !== null;
}

/**
 * Decides what a page is from its labelled lines:
 * - `article` when it has a body (`article.minRun` paragraphs in a row);
 * - else `listing` when at least `listing.minTeasers` headline + date teasers stand on it;
 * - else `no_article` when its paragraphs of running text hold fewer than `article.minWords` words
 *   and no line is a comments header (navigation, notices, error and login pages);
 * - else `article` (a short page readers comment on, or one long paragraph).
 * @example pageKindOf(splitArticle('الرئيسية\nعذراً، الصفحة غير موجودة').lines) // {kind: 'no_article', reason: 'no body paragraphs'}
 */
export function pageKindOf(lines: readonly LabelledLine[], rules: PageKindRules = loadPageKindRules()): PageKindResult {
  const P = rules.paragraph, A = rules.article, L = rules.listing;
  // No decision needs a line's words past this many (a reason's count is below `article.minWords`).
  const cap = Math.max(P.unendedMinWords, P.minWords, A.minWords, L.headlineMaxWords) + 1;
  // Non-blank lines (trimmed) and their letter words, filled as the paragraph pass reads them.
  const texts: string[] = [];
  const words: number[] = [];
  const runs = new ParagraphRuns(rules);
  for (const l of lines) {
    if (l.role === 'blank') continue;
    const t = l.text.trim();
    if (t === '') continue;
    const w = letterWords(t, cap);
    texts.push(t);
    words.push(w);
    if (isDateLine(t, w, rules)) { runs.breakLine(true); continue; }
    if (w < P.lineMinWords || (t.length <= NAV_MAX_CHARS && NAV_SEPARATOR.test(t))) { runs.breakLine(false); continue; }
    runs.add(w);
    // A body makes an article whatever follows: stop reading there.
    if (SENTENCE_END.has(t.charCodeAt(t.length - 1)) && runs.close(true)) return { kind: 'article', reason: '' };
  }
  if (runs.close(false)) return { kind: 'article', reason: '' };
  let teasers = 0;
  for (let i = 0; i < texts.length; i++) {
    if (words[i] < L.headlineMinWords || words[i] > L.headlineMaxWords || NOT_HEADLINE_END.has(texts[i].charCodeAt(texts[i].length - 1))) continue;
    for (let j = i + 1; j <= i + L.dateWithin && j < texts.length; j++) {
      if (isDateLine(texts[j], words[j], rules)) { teasers++; i = j; break; }
    }
  }
  const paraWords = runs.words;
  if (teasers >= L.minTeasers && runs.best < A.minRun) {
    return { kind: 'listing', reason: `${teasers} teaser headlines and ${paraWords === 0 ? 'no body' : 'no run of body paragraphs'}` };
  }
  // No body (else the pass above returned): too little running text is no article, unless readers
  // comment on it (a declared comment section: a line the generic profile reads as a comments header).
  if (paraWords === 0 || (paraWords < A.minWords && !texts.some(isCommentHeader))) {
    return { kind: 'no_article', reason: paraWords === 0 ? 'no body paragraphs' : `only ${paraWords} words of running text` };
  }
  return { kind: 'article', reason: '' };
}

/**
 * Paragraphs of running text and their runs, fed line by line: blocks of long-enough lines, closed
 * by a sentence end (`close(true)`) or broken by a short, navigation or date line (`breakLine`). A
 * block that no sentence end closes needs `unendedMinWords`: headings stacked above a date
 * («الوسم: …», a teaser's headline) are not running text; a print page cut mid-sentence is. A date
 * line ends a run (teasers are paragraphs between dates; a body has none between its paragraphs).
 */
class ParagraphRuns {
  /** Words in paragraphs so far. */
  words = 0;
  /** Longest run of paragraphs so far. */
  best = 0;
  private run = 0;
  private gap = 0;
  private block = 0;
  constructor(private readonly rules: PageKindRules) {}

  /** Adds a line of running text to the open block. */
  add(words: number): void {
    this.block += words;
  }

  /** Closes the open block (a paragraph if long enough); true when the page now has a body. */
  close(ended: boolean): boolean {
    const P = this.rules.paragraph, A = this.rules.article;
    if (this.block >= (ended ? P.minWords : P.unendedMinWords)) {
      this.words += this.block;
      this.run = this.gap <= A.maxGap || this.run === 0 ? this.run + 1 : 1;
      if (this.run > this.best) this.best = this.run;
      this.gap = 0;
    } else if (this.block > 0) this.gap++;
    this.block = 0;
    return this.best >= A.minRun;
  }

  /** A line that is not running text: closes the open block and widens the gap; a date line ends the run. */
  breakLine(date: boolean): void {
    this.close(false);
    this.gap++;
    if (date) this.run = 0;
  }
}

/**
 * The lowest `confidence` over the non-blank lines, or null when no line has one (rule labeller).
 * @example splitConfidenceOf([{role: 'body', text: 'نص', confidence: 0.9}, {role: 'title', text: 'ع', confidence: 0.55}]) // 0.55
 */
export function splitConfidenceOf(lines: readonly Pick<LabelledLine, 'role' | 'text' | 'confidence'>[]): number | null {
  let min: number | null = null;
  for (const l of lines) {
    if (l.confidence === undefined || l.role === 'blank' || l.text.trim() === '') continue;
    if (min === null || l.confidence < min) min = l.confidence;
  }
  return min;
}

/** Prefix of the warning a page with a low split confidence gets. */
export const LOW_CONFIDENCE_SPLIT = 'low_confidence_split';

/** Roles that belong to an article's own text: on a page with no article they are teasers or chrome. */
const ARTICLE_ROLES = new Set(['title', 'byline', 'body', 'subheading', 'caption', 'link']);

/**
 * Sets an article's `pageKind`, `pageKindReason` and `splitConfidence` from its lines, and adds
 * the `low_confidence_split` warning when the confidence is below `rules.lowConfidence`. A listing
 * has no headline and no article text: its title is null and its title, byline, body, subheading,
 * caption and link lines (teasers and snippets) become boilerplate (rule `page_kind_listing`), its
 * comment lines stay. A `no_article` page keeps its lines: the decision also takes a one-paragraph
 * brief for one (data/README.md), whose text must not vanish. The one place these fields are
 * decided (`splitPage` calls it). Returns the same article.
 * @example withPageKind(article).pageKind // 'listing'
 */
export function withPageKind(a: Article, rules: PageKindRules = loadPageKindRules()): Article {
  const k = pageKindOf(a.lines, rules);
  a.pageKind = k.kind;
  a.pageKindReason = k.reason;
  if (k.kind === 'listing') {
    a.title = null;
    for (const l of a.lines) {
      if (!ARTICLE_ROLES.has(l.role)) continue;
      l.role = 'boilerplate';
      l.rule = `page_kind_${k.kind}`;
    }
  }
  a.splitConfidence = splitConfidenceOf(a.lines);
  if (a.splitConfidence !== null && a.splitConfidence < rules.lowConfidence && !a.warnings.some((w) => w.startsWith(LOW_CONFIDENCE_SPLIT))) {
    a.warnings.push(`${LOW_CONFIDENCE_SPLIT}: a line's role has probability ${a.splitConfidence.toFixed(2)} (< ${rules.lowConfidence})`);
  }
  return a;
}
