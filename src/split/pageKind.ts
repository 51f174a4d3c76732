/**
 * What a split page is — an article, a listing of teasers, or no article at all — and how sure the
 * labeller was, decided once from the labelled lines so that every output (articles.csv, the
 * aggregates, the notebooks) agrees (`withPageKind` sets it). The decision reads the lines' text shapes (paragraphs of
 * running text, headline + date teasers), not only their roles, so it holds with the rule
 * labeller too. Thresholds are data: data/split-page-kinds.yaml.
 */
import type { LabelledLine, PageKind } from './types';
import { isSpaceCode, lineKey } from './lineKey';
import { parseCommentDate } from './commentDate';
import { asciiDigits, mayBeRelativeAge, parseRelativeAgeParts } from './relativeAge';
import { matchLinePatterns } from './linePatterns';
import { loadPageKindRules, type PageKindRules } from './pageKindRules';
import { classifyLine } from './classifyLine';
import { profileForOutlet } from './profile';

/** A page's kind and why. */
export interface PageKindResult {
  /** The page kind. */
  kind: PageKind;
  /** Why it is not an article (`''` for an article). */
  reason: string;
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
