/**
 * Record types of the corpus stage: what was read from disk, before splitting.
 */

/** One row of the metadata table (data/metadata.csv or a user's `--meta` CSV). */
export interface PageMeta {
  /** Page id; by default the file name without its extension. */
  id: string;
  /** File name relative to the corpus folder. */
  file: string;
  /** Canonical outlet id from data/outlets.yaml, or null when unknown. */
  outlet: string | null;
  /** Original URL of the page, or null. */
  url: string | null;
  /** Publication date as written in the table: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when unknown. */
  published: string | null;
  /** Crawl (download) date, same formats as `published`; null when unknown. */
  crawled: string | null;
  /** BCP 47 language tag of the page, e.g. `ar`; null when unknown. */
  language: string | null;
  /** Free-text notes: how each value was determined. */
  notes: string | null;
}

/** Encodings the reader can detect and decode. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';

/** Input formats recognised by content. */
export type InputFormat = 'text' | 'html' | 'jsonl';

/** Result of decoding a file's bytes. */
export interface DecodedText {
  /** The decoded text, without a byte-order mark. */
  text: string;
  /** The encoding that was detected. */
  encoding: Encoding;
  /** How many invalid byte sequences were replaced by U+FFFD. */
  replacements: number;
  /** Set when the encoding is a guess worth checking (a legacy code page chosen unsure): a page warning. */
  warning?: string;
}

/** One page ready to split: text plus what is known about it. */
export interface Page {
  /** Stable page id (metadata id, JSON-lines id, or file stem). */
  id: string;
  /** File the page came from, relative to the corpus root (for JSON lines: `file#lineNo`). */
  file: string;
  /** Detected text encoding of the file. */
  encoding: Encoding;
  /** Input format detected from the content. */
  format: InputFormat;
  /** Page text with original line ends (LF or CRLF) preserved. */
  text: string;
  /** SHA-256 of the file's bytes (hex), for provenance and duplicate detection. */
  sha256: string;
  /** Size of the page's source in bytes. */
  bytes: number;
  /** Metadata row for the page, or null when the table has none. */
  meta: PageMeta | null;
  /** Per-line role hints from structured input (HTML DOM); index i is line i+1; null where unknown. */
  roleHints?: (Role | null)[];
  /** Warnings raised while reading (e.g. replacement characters, metadata problems). */
  warnings: string[];
}

/** An input that could not be analyzed, with the reason. */
export interface Reject {
  /** File (or `file#lineNo` for a JSON-lines record) that was rejected. */
  file: string;
  /** Short machine-readable reason: `empty`, `binary`, `unreadable`, `duplicate`, `not_found`, `bad_record`, `too_large`, … */
  reason: string;
  /** Human-readable detail naming what was wrong. */
  detail: string;
}

/** Pages plus rejects: every input file ends up in exactly one of the two. */
export interface Corpus {
  /** Root folder the corpus was read from (absolute path). */
  root: string;
  /** Pages in stable order (sorted by file path, then record order). */
  pages: Page[];
  /** Inputs that could not be read, with reasons. */
  rejects: Reject[];
  /** Problems with the metadata table (missing columns, unknown ids, bad dates), each naming the row. */
  metaWarnings: string[];
}

/**
 * The fixed role vocabulary. `subheading` is a crosshead inside the body and counts as body.
 * Comment roles: `comment_header` («التعليقات (2)»), `comment_author`, `comment_meta`
 * (time or age line such as «·منذ 7 سنوات 3 أشهر»), `comment_body`.
 */
export type Role =
  | 'title'
  | 'byline'
  | 'body'
  | 'subheading'
  | 'caption'
  | 'link'
  | 'comment_header'
  | 'comment_author'
  | 'comment_meta'
  | 'comment_body'
  | 'boilerplate'
  | 'blank';

/**
 * The roles in their canonical order (for tables and legends).
 * @example ROLES.indexOf('comment_body') // 9
 */
export const ROLES: readonly Role[] = [
  'title', 'byline', 'body', 'subheading', 'caption', 'link',
  'comment_header', 'comment_author', 'comment_meta', 'comment_body',
  'boilerplate', 'blank',
];
