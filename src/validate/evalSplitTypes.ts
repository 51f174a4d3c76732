/**
 * Record types of the splitter's evaluation against gold line roles: what a labeller is (the
 * rule splitter today, a trained line labeller later), how one page scores, and the report.
 */
import type { Page, Role } from '../corpus/types';
import type { GoldPageKind, SplitGoldPage } from '../split/readSplitGoldTypes';
import type { PrecisionRecallF1 } from '../stats/precisionRecallF1';

/** What a labeller says about a page; an `Article` from `splitPage` is one. */
export interface LabelledPage {
  /** One entry per line of `page.text` (split on LF, CRLF, CR), in order, with its role. */
  lines: readonly { role: Role }[];
  /** The title found, or null (an empty string counts as no title). */
  title: string | null;
  /** The reader comments found (only their number is compared). */
  comments: readonly unknown[];
  /** The page kind (`Article.pageKind`), when the labeller decides one; absent = not measured. */
  pageKind?: GoldPageKind | null;
}

/** Labels a page as khitab reads it (text, or HTML through `htmlToPageText`). */
export type Labeller = (page: Page) => LabelledPage;

/** Makes a labeller from training pages: what leave-one-layout-out cross-validation plugs in. */
export interface LabellerFactory {
  /** Name shown in reports, e.g. `rule splitter`. */
  name: string;
  /** Whether `train` learns from its pages; false: every fold gets the same labeller. */
  trains: boolean;
  /** A labeller trained on `pages` (the gold pages of the other layout families). */
  train(pages: readonly SplitGoldPage[]): Labeller;
}

/** One compared line: a gold line and khitab's line aligned with it (null where one side has none). */
export interface ScoredLine {
  /** The gold role, or null for a khitab line with no gold line (extra). */
  gold: Role | null;
  /**
   * khitab's role. A gold line of a saved page that khitab's HTML reader dropped (it never reaches
   * the analysis) counts as `boilerplate`, with `dropped` set; null only on text pages' impossible
   * case never arises (text pages pair line by line).
   */
  pred: Role | null;
  /** True when khitab's HTML reader dropped the gold line (its `pred` is then `boilerplate`). */
  dropped?: boolean;
}

/** How one gold page scores. */
export interface SplitPageScore {
  /** Gold file. */
  file: string;
  /** Layout family. */
  layout: string;
  /** Aligned lines in page order (gold order; extra khitab lines where they fall). */
  scored: ScoredLine[];
  /** Non-blank gold lines (the accuracy's denominator). */
  lines: number;
  /** Non-blank gold lines given their gold role. */
  correct: number;
  /** Blank gold lines, and how many of them khitab labelled `blank`. */
  blank: { total: number; correct: number };
  /**
   * Gold lines not found among khitab's lines (HTML pages): blocks the HTML reader dropped. They are
   * scored as `boilerplate` (not analysed): right for gold boilerplate, wrong for any other role.
   */
  missing: number;
  /** Of `missing`, the gold lines of another role than boilerplate (text the reader lost). */
  missingText: number;
  /** khitab lines with no gold line (HTML pages; not in the accuracy, false positives of their role). */
  extra: number;
  /** Gold lines paired with a khitab line of the same text out of order (HTML pages; scored as pairs). */
  moved: number;
  /** HTML pages: gold lines paired with a line khitab's HTML reader wrote another way (`pairRewritten`). */
  rewritten: number;
  /** Gold title and khitab's (whitespace collapsed; null = none), and whether they are equal. */
  title: { gold: string | null; pred: string | null; right: boolean };
  /** Gold comment count and khitab's parsed count. */
  comments: { gold: number; pred: number };
  /** Gold kind and khitab's (undefined: the labeller does not decide one). */
  kind: { gold: GoldPageKind; pred: GoldPageKind | null | undefined };
  /** Every line right (blank lines too, none missing or extra), title right and comment count right. */
  exact: boolean;
}

/** A count out of a total, with the share (null when the total is 0). */
export interface Share {
  /** How many. */
  count: number;
  /** Out of how many. */
  total: number;
  /** count / total, or null when total is 0. */
  value: number | null;
}

/** Figures of a group of pages (all pages, one layout family, one fold). */
export interface SplitGroupScore {
  /** Layout family, or `all`. */
  layout: string;
  /** Pages scored. */
  pages: number;
  /** Non-blank gold lines right (blank lines excluded). */
  lineAccuracy: Share;
  /** Pages fully right (see `SplitPageScore.exact`). */
  pagesExact: Share;
  /** Pages whose parsed comment count equals the gold count. */
  commentCountExact: Share;
  /** Titles right (a `(none)` page must get no title). */
  titlesRight: Share;
  /** Comments parsed on pages whose gold has none, and on how many such pages. */
  phantomComments: { comments: number; pages: number };
}

/** The evaluation of one labeller on a set of gold pages. */
export interface SplitEvalReport extends SplitGroupScore {
  /** Labeller name. */
  labeller: string;
  /** Per role except `blank`: precision, recall, F1 and support over aligned lines. */
  roles: ({ role: Role } & PrecisionRecallF1)[];
  /** Blank gold lines and how many were labelled blank (not in `lineAccuracy`). */
  blankLines: Share;
  /** Gold lines not found in khitab's lines, khitab lines not in the gold, lines paired out of order (HTML pages). */
  alignment: { missing: number; missingText: number; extra: number; moved: number; rewritten: number };
  /** Page kinds right, or null when the labeller outputs no kind ("not measured"). */
  kind: Share | null;
  /** Per layout family, in name order. */
  families: SplitGroupScore[];
  /** The family with the lowest line accuracy (ties: first by name), or null. */
  worstFamily: string | null;
  /** Pages that could not be scored, with the reason (e.g. the HTML has no visible text). */
  failed: { file: string; reason: string }[];
  /** Per page: file, layout, line accuracy and whether it is exact. */
  perPage: { file: string; layout: string; correct: number; lines: number; exact: boolean }[];
}

/** Leave-one-layout-out cross-validation. */
export interface SplitCvReport {
  /** Labeller factory name. */
  labeller: string;
  /** Whether the factory trains (false: per-family figures of one labeller). */
  trains: boolean;
  /** A line for the reader, e.g. `rule splitter: no training; per-family figures`. */
  note: string;
  /** One fold per layout family, in name order: trained on the others, tested on it. */
  folds: (SplitGroupScore & { trainPages: number })[];
  /** Unweighted mean of the folds' line accuracies (folds without lines left out), or null. */
  meanLineAccuracy: number | null;
  /** The fold with the lowest line accuracy, or null. */
  worst: { layout: string; lineAccuracy: number } | null;
  /**
   * Every fold's pages pooled (each page scored by the model that never saw its family): line
   * accuracy, comment count exact, phantom comments and titles right over the whole set.
   */
  pooled: Pick<SplitGroupScore, 'lineAccuracy' | 'commentCountExact' | 'phantomComments' | 'titlesRight' | 'pagesExact'>;
}
