/**
 * Record types of the marker matcher and stance scoring.
 */
import type { Role } from '../split/types';
import type { Polarity } from '../lexicon/types';

/** One marker hit, pointing back to the original text. */
export interface Hit {
  /** Page id. */
  id: string;
  /** Source file, relative to the corpus root. */
  file: string;
  /** 1-based input line. */
  line: number;
  /** UTF-16 offset of the match in the original line (0-based). */
  col: number;
  /** UTF-16 length of the match in the original line. */
  len: number;
  /** Original text of the span: `lines[line-1].text.slice(col, col + len)`. */
  matched: string;
  /** Role of the line (never `boilerplate`). */
  role: Role;
  /** Index of the comment the line belongs to, or null for reporting lines. */
  comment: number | null;
  /** Category id of the marker. */
  category: string;
  /** Marker id. */
  marker: string;
  /** Marker polarity. */
  polarity: Polarity;
  /** Whether a negator governs the hit within the negation window. */
  negated: boolean;
  /** Whether the hit is inside quotation marks or reported speech. */
  quoted: boolean;
  /** Speaker named by a reporting verb, or null. */
  speaker: string | null;
  /**
   * Attitude × target rule hits only: the parts that made the hit (attitude, target, condition …
   * with their spans) and how many negators flipped the attitude. Marker hits have neither.
   */
  parts?: RuleHitPart[];
  /** Rule hits only: negators that governed the attitude or phrase (each flips its polarity once). */
  negators?: number;
}

/**
 * A match cancelled by one of its marker's sense guards (`exclude:` in the codebook): not a hit,
 * not counted anywhere, but reported (`ScanOptions.onGuarded`, `khitab markers`) so a researcher
 * can see what a guard removed. Its id, file, line, col, len, matched, role, comment, category and
 * marker are those of `Hit`, for the cancelled match.
 */
export interface GuardedHit extends Pick<Hit, 'id' | 'file' | 'line' | 'col' | 'len' | 'matched' | 'role' | 'comment' | 'category' | 'marker'> {
  /** 0-based index of the guard in the marker's `exclude` list. */
  guard: number;
  /** The context words that cancelled the match, as written in the line. */
  context: string;
  /** UTF-16 offset of `context` in the line. */
  contextCol: number;
}

/** Stance counts of one segment. `index = (support − oppose) / (support + oppose)`, null when both are 0. */
export interface StanceScore {
  /** Non-negated hits of categories with `stance: support` (shipped: `stance_support`). */
  support: number;
  /** Non-negated hits of categories with `stance: oppose` (shipped: `stance_oppose` and `slogan`). */
  oppose: number;
  /** (support − oppose) / (support + oppose), or null. */
  index: number | null;
}

/** Stance of one page: the reporting as a whole and each comment. */
export interface ArticleStance {
  /** The reporting (title, byline, body, subheading, caption lines). */
  reporting: StanceScore;
  /** One entry per comment, in split order. */
  comments: (StanceScore & { comment: number })[];
}

/** One part of an attitude × target rule hit (its provenance): what it is, its entry and its span. */
export interface RuleHitPart {
  /** What the part is in the rule. */
  role: 'attitude' | 'target' | 'condition' | 'phrase' | 'denial' | 'sarcasm';
  /** Id of the rule entry (`reject`, `normalization` …; `denial`/`sarcasm` for those lists). */
  term: string;
  /** UTF-16 offset of the part in the original line (0-based). */
  col: number;
  /** UTF-16 length of the part. */
  len: number;
  /** Original text of the part. */
  text: string;
}

/**
 * A line's tokens as parallel arrays (entries `0 … n-1` are valid): what the matcher already has
 * in its reusable buffers, so it can ask for quotation without building a `QuoteToken` per token.
 */
export interface QuoteColumns {
  /** Number of tokens. */
  n: number;
  /** Token texts. */
  text: readonly string[];
  /** Whether each token is punctuation. */
  punct: readonly boolean[];
  /** UTF-16 starts and ends in the line. */
  start: readonly number[];
  end: readonly number[];
  /** Matching keys of the non-punctuation tokens (entries of punctuation tokens are not read). */
  key: readonly string[];
  /** `reportingClass` of each non-punctuation token. */
  report: readonly (0 | 1 | 2)[];
}
