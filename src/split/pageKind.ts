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

/** Default thresholds file. */
export const PAGE_KINDS_FILE = path.resolve(__dirname, '../../data/split-page-kinds.yaml');

/** The thresholds of data/split-page-kinds.yaml (its comments say what each one means). */
export interface PageKindRules {
  paragraph: { lineMinWords: number; minWords: number; unendedMinWords: number };
  article: { minWords: number; minRun: number; maxGap: number };
  listing: {
    minTeasers: number; headlineMinWords: number; headlineMaxWords: number; dateWithin: number;
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
      teaserDate: compileLinePatterns((l.teaserDate ?? {}) as LinePatternSpec),
    },
    lowConfidence: num((y as Record<string, unknown>).lowConfidence, 'lowConfidence'),
  };
  cache.set(file, rules);
  return rules;
}

/** Sentence-final characters: a line ending with one closes a paragraph. */
const SENTENCE_END = /[.!?؟…»"”'):؛]\s*$/;
/** What a headline does not end with. */
const NOT_HEADLINE_END = /[.،,:]\s*$/;

/** Navigation separators between spaces («أخبار | سياسة», «فيسبوك · تلغرام», «الرئيسية » أخبار»). */
const NAV_SEPARATOR = / [|·•»›] /;

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
 * @example letterWords('الرئيسية | سياسة | 2024') // 2
 */
export function letterWords(line: string): number {
  let words = 0, inWord = false, letter = false;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 32;
    if (isSpaceCode(c)) {
      if (inWord && letter) words++;
      inWord = false; letter = false;
    } else {
      inWord = true;
      if (!letter && isLetterUnit(c)) letter = true;
    }
  }
  return words;
}

/** Whether a line is a teaser's date: an absolute date, a relative age or a `teaserDate` pattern. */
function isDateLine(text: string, r: PageKindRules): boolean {
  if (text.length > 80) return false;
  if (parseCommentDate(text) !== null) return true;
  const key = asciiDigits(lineKey(text));
  if (mayBeRelativeAge(key) && parseRelativeAgeParts(text) !== null) return true;
  return matchLinePatterns(r.listing.teaserDate, key) !== null;
}

/**
 * Decides what a page is from its labelled lines:
 * - `listing` when at least `listing.minTeasers` headline + date teasers stand on the page and no
 *   body does (no `article.minRun` paragraphs in a row);
 * - `no_article` when the paragraphs of running text hold fewer than `article.minWords` words
 *   (navigation, notices, error and login pages);
 * - `article` otherwise.
 * @example pageKindOf(splitArticle('الرئيسية\nعذراً، الصفحة غير موجودة').lines) // {kind: 'no_article', reason: 'no body paragraphs'}
 */
export function pageKindOf(lines: readonly LabelledLine[], rules: PageKindRules = loadPageKindRules()): PageKindResult {
  const texts: string[] = [];
  for (const l of lines) if (l.role !== 'blank' && l.text.trim() !== '') texts.push(l.text.trim());
  const words = texts.map(letterWords);
  // Paragraphs: blocks of long-enough lines, closed by a sentence end or a short, navigation or date line.
  let paraWords = 0, run = 0, bestRun = 0, gap = 0, block = 0, blockLines = 0;
  // A block of several lines that no sentence end closes needs `unendedMinWords`: headings stacked
  // above a date («الوسم: …», a teaser's headline) are not running text; a print page cut mid-sentence is.
  const closeBlock = (ended = false): void => {
    const P = rules.paragraph;
    if (block >= (ended || blockLines === 1 ? P.minWords : P.unendedMinWords)) {
      paraWords += block;
      run = gap <= rules.article.maxGap || run === 0 ? run + 1 : 1;
      bestRun = Math.max(bestRun, run);
      gap = 0;
    } else if (block > 0) gap++;
    block = 0;
    blockLines = 0;
  };
  for (let i = 0; i < texts.length; i++) {
    if (words[i] < rules.paragraph.lineMinWords || NAV_SEPARATOR.test(texts[i]) || isDateLine(texts[i], rules)) { closeBlock(); gap++; continue; }
    block += words[i];
    blockLines++;
    if (SENTENCE_END.test(texts[i])) closeBlock(true);
  }
  closeBlock();
  const L = rules.listing;
  let teasers = 0;
  for (let i = 0; i < texts.length; i++) {
    if (words[i] < L.headlineMinWords || words[i] > L.headlineMaxWords || NOT_HEADLINE_END.test(texts[i])) continue;
    for (let j = i + 1; j <= i + L.dateWithin && j < texts.length; j++) {
      if (isDateLine(texts[j], rules)) { teasers++; i = j; break; }
    }
  }
  if (teasers >= L.minTeasers && bestRun < rules.article.minRun) {
    return { kind: 'listing', reason: `${teasers} teaser headlines and ${paraWords === 0 ? 'no body' : 'no run of body paragraphs'}` };
  }
  if (paraWords < rules.article.minWords) {
    return { kind: 'no_article', reason: paraWords === 0 ? 'no body paragraphs' : `only ${paraWords} words of running text` };
  }
  return { kind: 'article', reason: '' };
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

/**
 * Sets an article's `pageKind`, `pageKindReason` and `splitConfidence` from its lines, and adds
 * the `low_confidence_split` warning when the confidence is below `rules.lowConfidence`. The one
 * place these fields are decided (`splitPage` calls it). Returns the same article.
 * @example withPageKind(article).pageKind // 'listing'
 */
export function withPageKind(a: Article, rules: PageKindRules = loadPageKindRules()): Article {
  const k = pageKindOf(a.lines, rules);
  a.pageKind = k.kind;
  a.pageKindReason = k.reason;
  a.splitConfidence = splitConfidenceOf(a.lines);
  if (a.splitConfidence !== null && a.splitConfidence < rules.lowConfidence && !a.warnings.some((w) => w.startsWith(LOW_CONFIDENCE_SPLIT))) {
    a.warnings.push(`${LOW_CONFIDENCE_SPLIT}: a line's role has probability ${a.splitConfidence.toFixed(2)} (< ${rules.lowConfidence})`);
  }
  return a;
}
