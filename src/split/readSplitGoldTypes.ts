/**
 * Record types of the splitter's gold pages (`data/gold/split/`, format in its README): a page
 * written line by line with the role of every line, its layout family, kind, outlet and title.
 * The evaluation (`validate/evalSplit`) compares the splitter's labels with these.
 */
import type { Role } from '../corpus/types';
import { PAGE_KINDS, type PageKind } from './types';

/** What a gold page is: an article, a listing of teasers, or a page without an article (`Article.pageKind`'s values). */
export type GoldPageKind = PageKind;

/** The page kinds the `kind:` header accepts. */
export const GOLD_PAGE_KINDS: readonly GoldPageKind[] = PAGE_KINDS;

/**
 * The layout families of data/gold/split/README.md (a family is a kind of layout, not an outlet).
 * A page may name another family (a researcher's new layout); the reader then warns, and the
 * family is its own fold in `--cv layout`.
 */
export const LAYOUT_FAMILIES: readonly string[] = [
  'plain-wire', 'nav-breadcrumb', 'kicker-headline', 'no-headline', 'byline-forms', 'captions-credits',
  'tweets-embeds', 'read-also-inline', 'related-lists', 'widgets-tickers', 'notices-footer', 'print-pdf',
  'listing-teasers', 'no-article', 'aggregator-reprint', 'declared-comments', 'wordpress-comments',
  'disqus-comments', 'facebook-comments', 'disclaimer-comments', 'numbered-comments',
  'headerless-comments', 'threaded-comments',
];

/** One `ROLE<TAB>TEXT` line of a gold file. */
export interface GoldLine {
  /** 1-based line number in the gold file (for messages). */
  n: number;
  /** The line's role (`comment_body*` is `comment_body` with `startsComment` true). */
  role: Role;
  /** The page line exactly as written after the tab (`''` for `blank`). */
  text: string;
  /** Whether a new comment starts at this line (the README's comment-boundary rule). */
  startsComment: boolean;
}

/** One gold page read from a `*.gold.txt` file. */
export interface SplitGoldPage {
  /** The gold file's path as given to the reader (relative to the folder for a folder read). */
  file: string;
  /** File name without `.gold.txt`: the page's id. */
  name: string;
  /** Layout family (`layout:` header). */
  layout: string;
  /** Page kind (`kind:` header; default `article`). */
  kind: GoldPageKind;
  /** Outlet id (`outlet:` header), or null for `-` or no header. */
  outlet: string | null;
  /** The headline (`title:` header, else the `title` line), or null for `(none)` / no headline. */
  title: string | null;
  /** Free-text `note:` headers in order. */
  notes: string[];
  /** `html` when the page is the sibling `NAME.html` (header `format: html`), else `text`. */
  format: 'text' | 'html';
  /** Contents of the sibling `NAME.html` for `format: html`, else null. */
  html: string | null;
  /** The role lines in page order. */
  lines: GoldLine[];
  /** Number of reader comments (comment starts per the README rule). */
  comments: number;
}

/** A problem in a gold file, printed as `file:line: message`. */
export interface GoldProblem {
  /** The gold file. */
  file: string;
  /** 1-based line of the gold file the problem is on. */
  line: number;
  /** What is wrong, and how to write it instead. */
  message: string;
}

/**
 * A problem as one line, `file:line: message`.
 * @example formatGoldProblem({file: 'a.gold.txt', line: 3, message: "unknown role 'bodyy'"}) // "a.gold.txt:3: unknown role 'bodyy'"
 */
export function formatGoldProblem(p: GoldProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}
