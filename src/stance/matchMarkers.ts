/**
 * The marker matcher's entry points. Per line: one tokenizer pass with one cached analysis per
 * distinct token (match/lineTokens.ts, match/tokenInfo.ts), candidate phrases continued from the
 * tokens that start them, with context and sense-guard windows checked only at candidates
 * (match/candidates.ts, match/windows.ts, match/guards.ts), overlap resolution with negation and
 * quotation (match/resolveHits.ts), then the attitude × target rules (match/ruleHits.ts).
 * `scanArticle` also hands each line's word count and keyness terms to the caller from the same
 * pass, so the tables never tokenize a line twice.
 */
import type { Article, LabelledLine, Role } from '../split/types';
import type { Lexicon } from '../lexicon/types';
import type { GuardedHit, Hit } from './types';
import { compileLexicon, isCompiledLexicon } from '../lexicon/compileLexicon';
import type { CompiledLexicon } from '../lexicon/compileLexicon';
import type { TermSlot } from '../text/termTally';
import { lineMayMatch, RULE_SCAN } from './attitudeTarget';
import * as lineTokens from './match/lineTokens';
import * as candidates from './match/candidates';
import { reportGuarded } from './match/guards';
import { resolveLineHits } from './match/resolveHits';
import { addRuleHits, sortLineHits } from './match/ruleHits';

/** Roles whose lines are matched. Boilerplate, blank, link and comment header/author/meta never are. */
export const MATCHED_ROLES: ReadonlySet<Role> = new Set<Role>(['title', 'byline', 'body', 'subheading', 'caption', 'comment_body']);

/** Options of `matchMarkers`. */
export interface MatchOptions {
  /** Roles to match; default `MATCHED_ROLES` (boilerplate etc. are never matched even if listed). */
  roles?: Role[];
  /**
   * Called with every match a sense guard cancelled (once per marker and start token, in line
   * order), so cancelled matches stay traceable. Default: none (they are only left out).
   */
  onGuarded?: (g: GuardedHit) => void;
}

// Module-level copies of the per-line functions (see match/lineTokens.ts).
const LineTokens = lineTokens.LineTokens;
const scanLine = lineTokens.scanLine;
const findCandidates = candidates.findCandidates;

const NEVER: ReadonlySet<Role> = new Set<Role>(['boilerplate', 'blank', 'link', 'comment_header', 'comment_author', 'comment_meta']);

const buffers = new LineTokens();

/**
 * What the token pass of one line yields besides its hits (see `ScanOptions.onLine`). The object
 * and its `terms` array are reused for the next line: read them before returning.
 */
export interface LineCounts {
  /** Word-like tokens of the line, as `countTokens(line.text)`. */
  words: number;
  /** Keyness terms of the line in order, as `termsOf(line.text)`; only the first `termCount` are valid. */
  terms: string[];
  /** Number of valid entries in `terms`. */
  termCount: number;
  /** The counting slot of each entry of `terms` (see `TermTally`); only the first `termCount` are valid. */
  termSlots: TermSlot[];
}

/** Options of `scanArticle`. */
export interface ScanOptions extends MatchOptions {
  /**
   * Called once per matched line with non-empty text (in line order, before that line's hits are
   * resolved) with the line's word count and keyness terms from the same token pass. Default: none.
   */
  onLine?: (line: LabelledLine, counts: LineCounts) => void;
}

const lineCounts: LineCounts = { words: 0, terms: buffers.terms, termCount: 0, termSlots: buffers.termSlots };

/**
 * `matchMarkers` with one token pass per line shared with the statistics: finds the hits and,
 * through `options.onLine`, gives each matched line's word count (`countTokens`) and keyness
 * terms (`termsOf`). Why: tokenizing every line once instead of three times.
 * @example
 * let words = 0;
 * const hits = scanArticle(article, lexicon, { onLine: (_line, c) => { words += c.words; } });
 * hits.length // same as matchMarkers(article, lexicon).length
 * words       // sum of countTokens over the matched lines
 */
export function scanArticle(article: Article, lexicon: Lexicon | CompiledLexicon, options: ScanOptions = {}): Hit[] {
  const c = isCompiledLexicon(lexicon) ? lexicon : compileLexicon(lexicon);
  const roles = options.roles ? new Set(options.roles) : MATCHED_ROLES;
  const onLine = options.onLine;
  const b = buffers;
  if (b.covered.length < c.groupCount) b.covered = new Int32Array(c.groupCount);
  const hits: Hit[] = [];
  // Hits come out ordered within each line; lines come in increasing `n` in split pages, and
  // then the final sort has nothing to do.
  let lastLine = -Infinity;
  let ordered = true;
  for (const line of article.lines) {
    if (!roles.has(line.role) || NEVER.has(line.role) || !line.text) continue;
    scanLine(c, line.text, b, onLine !== undefined);
    b.quotesOf = null;
    if (onLine) {
      lineCounts.words = b.words;
      lineCounts.termCount = b.termCount;
      onLine(line, lineCounts);
    }
    const found = findCandidates(c, b);
    if (b.guarded > 0 && options.onGuarded) reportGuarded(c, article, line, b, options.onGuarded);
    const first = hits.length;
    if (found > 0) resolveLineHits(c, article, line, b, found, hits);
    // Rule hits come after the line's marker hits: the line's hits are put in order in place.
    // (`RULE_SCAN.exhaustive`, for tests: every line with a rule word is read, whatever its kinds.)
    const ruled = RULE_SCAN.exhaustive ? (b.nRule > 0 ? -1 : 0) : b.ruled;
    if (ruled !== 0 && c.rules !== null && lineMayMatch(ruled, line.role === 'comment_body', c.rules.symbols.length > 0) && addRuleHits(c, article, line, b, hits, first) > 0) sortLineHits(hits, first);
    if (hits.length === first) continue;
    if (line.n <= lastLine) ordered = false;
    lastLine = line.n;
  }
  if (!ordered) hits.sort((x, y) => x.line - y.line || x.col - y.col || (x.marker < y.marker ? -1 : x.marker > y.marker ? 1 : 0));
  return hits;
}

/**
 * Finds every marker of the lexicon in an article's matched lines (title, byline, body,
 * subheading, caption, comment body; never boilerplate, blank, link or comment header/author/meta).
 * Within an overlap group the longest match wins and earlier starts win (see `overlapGroup`).
 * Hits are ordered by line, col, marker id; `matched === line.text.slice(col, col + len)`.
 * @example
 * const hits = matchMarkers(article, loadLexicon());
 * hits[0] // { line: 1, col: 1, len: 8, matched: 'لن نصالح', category: 'slogan', negated: false, quoted: true, … }
 */
export function matchMarkers(article: Article, lexicon: Lexicon | CompiledLexicon, options: MatchOptions = {}): Hit[] {
  return scanArticle(article, lexicon, { roles: options.roles, onGuarded: options.onGuarded });
}
