/**
 * Row types of the analysis tables. Each table is tidy: one row per unit, rows in a stable order
 * stated per table. The column order of the CSV files and DataFrames is `TABLE_COLUMNS`
 * (src/tables/columns.ts); the README has the data dictionary.
 */
import type { KeynessStat } from '../stats/keyness';
import type { PageKind } from '../split/types';
import type { Voice } from '../stance/voices/voiceIds';

/** articles.csv: one row per analyzed page, ordered by `id`. */
export interface ArticleRow {
  id: string;
  file: string;
  /** Outlet id; `(unknown)` (`UNKNOWN_OUTLET`) when none was found, as in every table (null only in rows built by hand or read from a run older than issue 19). */
  outlet: string | null;
  camp: string | null;
  outletSource: string | null;
  published: string | null;
  title: string | null;
  /** `article`, `listing` or `no_article`; only articles enter the aggregate tables (outlet profile, naming, keyness, hashtags). */
  pageKind: PageKind;
  /** Why the page is not an article (e.g. `3 teaser headlines and no body`); empty for an article. */
  pageKindReason: string;
  /** Lowest line confidence of the trained labeller on the page; null when the rule labeller split it. */
  splitConfidence: number | null;
  /** Tokens on reporting lines (title, byline, body, subheading, caption). */
  bodyTokens: number;
  commentsParsed: number;
  commentsDeclared: number | null;
  /** Marker hits on reporting lines (rows of hits.csv with segment `reporting` for this page). */
  hits: number;
  support: number;
  oppose: number;
  /** Stance index (support − oppose) / (support + oppose), null when both are 0 (named `stanceIndex`, not `index`, which clashes with pandas' `df.index` and SQL). */
  stanceIndex: number | null;
  /** Mean of the comments' stance indexes (comments with an index only), or null. */
  meanCommentIndex: number | null;
  /** Warnings joined with ` | `. */
  warnings: string;
  /** Support hits in the outlet's own words (reporting hits with voice `authorial`; with `reportedSupport` they make `support`). */
  authorialSupport: number;
  /** Oppose hits in the outlet's own words (voice `authorial`). */
  authorialOppose: number;
  /** Support hits the outlet quotes or reports (any other voice: a named actor or `unnamed_source`). */
  reportedSupport: number;
  /** Oppose hits the outlet quotes or reports. */
  reportedOppose: number;
}

/** comments.csv: one row per comment, ordered by `articleId`, `comment`. */
export interface CommentRow {
  articleId: string;
  /** The article's file (as `ArticleRow.file`): tells apart the comments of pages whose ids are the same. */
  file: string;
  /** Outlet id; `(unknown)` (`UNKNOWN_OUTLET`) when none was found, as in every table (null only in rows built by hand or read from a run older than issue 19). */
  outlet: string | null;
  comment: number;
  author: string | null;
  meta: string | null;
  ageMonths: number | null;
  approxDate: string | null;
  tokens: number;
  /** Marker hits in the comment (rows of hits.csv for this comment). */
  hits: number;
  support: number;
  oppose: number;
  /** Stance index (support − oppose) / (support + oppose), null when both are 0 (named `stanceIndex`, not `index`, which clashes with pandas' `df.index` and SQL). */
  stanceIndex: number | null;
  text: string;
}

/** hits.csv: one row per marker hit, ordered by `id`, `line`, `col`, `marker`. */
export interface HitRow {
  id: string;
  file: string;
  /** Outlet id; `(unknown)` (`UNKNOWN_OUTLET`) when none was found, as in every table (null only in rows built by hand or read from a run older than issue 19). */
  outlet: string | null;
  line: number;
  col: number;
  len: number;
  role: string;
  /** 'reporting' or 'comments'. */
  segment: 'reporting' | 'comments';
  comment: number | null;
  category: string;
  marker: string;
  polarity: number;
  negated: boolean;
  quoted: boolean;
  speaker: string | null;
  pre: string;
  keyword: string;
  post: string;
  /** Whose stance the hit states (src/stance/voices/): `authorial`, a named actor id of data/voices.yaml, or `unnamed_source`. */
  voice: Voice;
}

/** outlet_profile.csv: one row per outlet × segment × category, ordered by those three. */
export interface OutletProfileRow {
  outlet: string;
  segment: 'reporting' | 'comments';
  category: string;
  hits: number;
  tokens: number;
  /** Hits per 1,000 tokens. */
  rate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Number of articles resampled. */
  articles: number;
  /** Bootstrap resamples used. */
  resamples: number;
  seed: number;
}

/** naming.csv: one row per naming dimension × segment × outlet × variant, in that order. */
export interface NamingRow {
  /** Naming dimension id from the lexicon's `dimensions:` (shipped: `gov`, `turkey`, `north`). */
  dimension: string;
  /** 'reporting' (the outlet's own voice) or 'comments' (its readers). */
  segment: 'reporting' | 'comments';
  outlet: string;
  /** Category id of the variant, e.g. `naming_gov_regime`. */
  variant: string;
  count: number;
  /** count / total of the outlet in this dimension, or null when the total is 0. */
  share: number | null;
}

/** naming_tests.csv: one row per dimension × segment: chi-square of outlet × variant, Cramér's V, Fisher for 2×2. */
export interface NamingTestRow {
  dimension: string;
  segment: 'reporting' | 'comments';
  outlets: number;
  variants: number;
  n: number;
  chi2: number | null;
  df: number | null;
  p: number | null;
  cramersV: number | null;
  /** Smallest expected cell count. */
  minExpected: number | null;
  /** False when more than 20% of expected counts are below 5 or any is below 1 (Cochran 1954). */
  valid: boolean;
  /** Fisher's exact two-sided p for 2×2 tables, else null. */
  fisherP: number | null;
  note: string;
}

/**
 * keyness.csv: one row per comparison × term, ordered by comparison, then signed G² descending, then
 * term. The statistics are those of `statKeyness` (src/stats/keyness.ts), where each field is documented.
 */
export interface KeynessRow extends KeynessStat {
  /** e.g. `outlet:orient_news vs rest (reporting)` or `comments vs reporting`. */
  comparison: string;
}

/** hashtags.csv: one row per tag × kind × outlet × segment, for the categories with a `hashtags` mode. */
export interface HashtagRow {
  /** The hashtag or slogan as normalized (e.g. `#لن_نصالح`, `لن نصالح`). */
  tag: string;
  /** The category the tag comes from (shipped: `hashtag` or `slogan`). */
  kind: string;
  outlet: string;
  segment: 'reporting' | 'comments';
  count: number;
}

/**
 * voices.csv: one row per outlet × segment × voice with hits (article pages only), ordered by
 * outlet, segment, then voice in `VOICES` order (authorial, the actors, unnamed_source): who each
 * outlet gives voice to, and with what stance.
 */
export interface VoiceRow {
  outlet: string;
  /** 'reporting' (the outlet's text) or 'comments' (its readers; their own words are `authorial`). */
  segment: 'reporting' | 'comments';
  /** `authorial`, a named actor id of data/voices.yaml, or `unnamed_source` (hits.csv `voice`). */
  voice: Voice;
  /** Hits of the voice (rows of hits.csv), with or without a stance. */
  hits: number;
  /** Hits counted as support (not negated; as the stance index counts them). */
  support: number;
  /** Hits counted as oppose. */
  oppose: number;
  /** Hits of a precondition (`stance: conditional`). */
  conditional: number;
  /** Hits with no stance: naming, frames, topics, negated stance hits (hits − support − oppose − conditional). */
  neutral: number;
  /** Pages on which the voice has at least one hit. */
  pages: number;
  /** Condition selecting these hits in hits.csv, e.g. `outlet=="orient_news" & segment=="reporting" & voice=="erdogan"` (an unknown outlet is an empty cell there: `outlet==""`). */
  kwicFilter: string;
}

/** rejects.csv: one row per rejected input. */
export interface RejectRow {
  file: string;
  reason: string;
  detail: string;
}

/** All analysis tables, as plain row arrays in their documented order. */
export interface AnalysisTables {
  articles: ArticleRow[];
  comments: CommentRow[];
  hits: HitRow[];
  outletProfile: OutletProfileRow[];
  naming: NamingRow[];
  namingTests: NamingTestRow[];
  keyness: KeynessRow[];
  hashtags: HashtagRow[];
  rejects: RejectRow[];
  voices: VoiceRow[];
}
