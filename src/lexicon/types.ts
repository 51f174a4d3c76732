/**
 * Record types of the codebook: markers grouped into categories, categories grouped into naming
 * dimensions. What a category means to the tables, charts and stance score (labels, order, stance
 * direction, overlap group) is data, declared in a codebook's `categories:` block.
 */

/** Polarity of a marker toward reconciliation/normalization: −1 against, 0 neutral, +1 for. */
export type Polarity = -1 | 0 | 1;

/** One codebook entry. */
export interface Marker {
  /** Unique id, e.g. `gov_regime_nizam_assad`. */
  id: string;
  /** Category id, e.g. `naming_gov_regime`, `slogan`, `stance_oppose`. */
  category: string;
  /** Polarity toward reconciliation/normalization. */
  polarity: Polarity;
  /** Surface patterns: words or multi-word phrases, in any spelling; `*` is a glob for user dictionaries. */
  patterns: string[];
  /** Whether inflectional/pronoun suffixes may follow the last word (ات، ون، ين، ة، ها، هم …). */
  suffixes: boolean;
  /** What the marker captures. */
  description: string;
  /** Sentences in which the marker must match. */
  examples: string[];
  /** Sentences in which it must not match. */
  counterExamples: string[];
  /** Source or rationale for the entry. */
  source: string;
  /** File and 1-based line where the marker is defined, for error messages. */
  origin: { file: string; line: number };
  /**
   * Optional right-context exclusion: the match is dropped when the next word is one of these
   * (compared on matching keys, article optional), e.g. «النظام» followed by «التركي».
   */
  notFollowedBy?: string[];
  /** Optional left-context exclusion: the match is dropped when the previous word is one of these. */
  notPrecededBy?: string[];
  /**
   * Optional: when true, the first word must not carry a preposition proclitic (ب ك ل), e.g. the
   * metonym «دمشق» as an actor but not «بدمشق» "in Damascus". Default false.
   */
  bare?: boolean;
  /**
   * Optional sense guards: contexts that cancel a match of this marker («تجارة» before
   * «المخدرات» is not the economy frame). Checked with the context rules, before overlaps.
   */
  exclude?: Guard[];
}

/**
 * A sense guard of a marker: when one of its patterns stands within `before` word tokens before
 * the match or `after` word tokens after it, in the same clause, the match is cancelled (and
 * reported as guarded, not counted). Patterns use the marker pattern syntax.
 */
export interface Guard {
  /** Context patterns (marker pattern syntax: phrases, `=word`, single-word globs, `#tag`). */
  patterns: string[];
  /** Word tokens before the match searched for a pattern (default 0). */
  before: number;
  /** Word tokens after the match searched for a pattern (default 0). */
  after: number;
  /** Why the context cancels the marker, e.g. `illicit trade is not the economy frame` ('' if not given). */
  reason: string;
  /** File and 1-based line of the guard, for error messages. */
  origin: { file: string; line: number };
}

/**
 * How a category's hits count toward the stance score: `support` (+1), `oppose` (−1) or `none`.
 * Negated hits of a support/oppose category count neither way nor toward its rate.
 * `conditional` (acceptance under a precondition) is counted apart: never in the index.
 */
export type StanceDirection = 'support' | 'oppose' | 'conditional' | 'none';

/** One category: declared in a `categories:` block, or defaulted for a category only markers name. */
export interface Category {
  /** Category id, as markers name it, e.g. `naming_gov_regime`. */
  id: string;
  /** English label, e.g. `regime`; the id for an undeclared category. */
  labelEn: string;
  /** Arabic label, e.g. `النظام`; null for an undeclared category. */
  labelAr: string | null;
  /** Naming dimension the category is a variant of (e.g. `gov`), or null. */
  dimension: string | null;
  /** Stance direction of its hits. Default `none`. */
  stance: StanceDirection;
  /** Chart and naming-table order (ascending); null sorts after every ordered category, by id. */
  order: number | null;
  /** Overlap group: the longest match wins inside a group. Default: the dimension, else the id. */
  overlap: string;
  /** Whether a negator before a hit marks it negated. Default true; false for slogans («لن نصالح» is itself a refusal). */
  negatable: boolean;
  /**
   * Whether and how hits go to hashtags.csv: `marker` (one tag per marker, labelled by its first
   * pattern), `keyword` (one tag per matched text, NFKC), or null (not at all, the default).
   */
  hashtags: 'marker' | 'keyword' | null;
  /** What the category captures ('' when undeclared). */
  description: string;
  /** Where it is declared, or null for an undeclared category. */
  origin: { file: string; line: number } | null;
}

/** A naming dimension: categories that are alternative names for the same referent. */
export interface NamingDimension {
  /** Short id used in naming.csv, e.g. `gov`. */
  id: string;
  /** English label (chart facet titles), e.g. `Syrian government`. */
  labelEn: string;
  /** Arabic label, e.g. `الحكومة السورية`. */
  labelAr: string;
  /** What is being named. */
  description: string;
  /** Category ids of its variants, in category order. */
  variants: string[];
  /** Where it is declared. */
  origin: { file: string; line: number };
}

/** A loaded, validated codebook. */
export interface Lexicon {
  /** Markers in file order. */
  markers: Marker[];
  /** Files the lexicon was read from, with SHA-256 content hashes (for sidecars). */
  files: { path: string; sha256: string; version: string | null }[];
  /**
   * Every category of the lexicon (each one a marker names, and each one declared), in category
   * order: `order` ascending, then unordered ones by id.
   */
  categories: Category[];
  /** Naming dimensions, in the order of their first variant. */
  dimensions: NamingDimension[];
  /** Attitude × target stance rules (the codebook's `stanceRules:` block), or null when no file has one. */
  stanceRules?: StanceRules | null;
}

import type { StanceRules } from './stanceRuleTypes';

/** The part of a lexicon that tables and charts read about categories. */
export type CategorySet = Pick<Lexicon, 'categories' | 'dimensions'>;
