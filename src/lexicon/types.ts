/**
 * Record types of the codebook: markers grouped into categories.
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
}

/** A loaded, validated codebook. */
export interface Lexicon {
  /** Markers in file order. */
  markers: Marker[];
  /** Files the lexicon was read from, with SHA-256 content hashes (for sidecars). */
  files: { path: string; sha256: string; version: string | null }[];
}
