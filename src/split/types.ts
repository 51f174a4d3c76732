/**
 * Record types of the split stage: every input line gets exactly one role, and the
 * article record is derived from those labels.
 */

import type { Role } from '../corpus/types';
export type { Role };
export { ROLES } from '../corpus/types';

/** One input line with its role. Joining `text + eol` over all lines gives the input exactly. */
export interface LabelledLine {
  /** 1-based line number in the input. */
  n: number;
  /** The role assigned to the line. */
  role: Role;
  /** The line's text exactly as in the input, without its line end. */
  text: string;
  /** The line end that followed the line in the input: `\n`, `\r\n`, `\r` or `` for the last line. */
  eol: string;
  /** Name of the rule that assigned the role (for debugging and the notebooks). */
  rule: string;
  /** For comment lines: index (0-based) of the comment the line belongs to; otherwise null. */
  comment: number | null;
  /** Probability of `role` under the trained labeller (only when it labelled the line). */
  confidence?: number;
}

/** One reader comment. */
export interface Comment {
  /** 0-based position of the comment on the page. */
  index: number;
  /** Author name as shown, or null. */
  author: string | null;
  /** The meta line as shown (e.g. «·منذ 7 سنوات 3 أشهر»), or null. */
  meta: string | null;
  /** Age in months parsed from a relative age in `meta`, or null. */
  ageMonths: number | null;
  /** Crawl date minus `ageMonths` as `YYYY-MM` (or an absolute date from `meta`), or null. */
  approxDate: string | null;
  /** The comment text (its body lines joined with `\n`, trimmed). */
  text: string;
  /** 1-based input line numbers of the comment's body lines. */
  lines: number[];
}

/**
 * What a page is: an `article` (one story), a `listing` (teasers of several stories: a tag, section
 * or archive page) or `no_article` (navigation, notices, an error or login page). Only articles
 * enter the stance aggregates; the other pages are still listed in articles.csv with a reason.
 */
export type PageKind = 'article' | 'listing' | 'no_article';

/**
 * The page kinds in their canonical order.
 * @example PAGE_KINDS.includes('listing') // true
 */
export const PAGE_KINDS: readonly PageKind[] = ['article', 'listing', 'no_article'];

/** A page split into its parts. Derived entirely from `lines`. */
export interface Article {
  /** Page id. */
  id: string;
  /** Source file, relative to the corpus root. */
  file: string;
  /** Detected encoding of the source. */
  encoding: string;
  /** Canonical outlet id, or null when unknown. */
  outlet: string | null;
  /** How the outlet was determined: `metadata`, `url`, `text_cue`, `profile` or null. */
  outletSource: 'metadata' | 'url' | 'text_cue' | 'profile' | null;
  /** Title (once, even when the page repeats it), or null. */
  title: string | null;
  /** Every input line with its role. */
  lines: LabelledLine[];
  /** Reader comments in page order. */
  comments: Comment[];
  /** The comment count the page declares («التعليقات (2)»), or null. */
  declaredCommentCount: number | null;
  /** Problems found while splitting (count mismatch, unrecognised comment block, `low_confidence_split`, …). */
  warnings: string[];
  /** What the page is (see `PageKind`), decided from the labelled lines by `pageKindOf`. */
  pageKind: PageKind;
  /** Why the page is not an article (e.g. `4 teaser headlines and no body`); `''` for an article. */
  pageKindReason: string;
  /** Lowest `confidence` over the page's non-blank lines (trained labeller); null when the rules labelled it. */
  splitConfidence: number | null;
}
