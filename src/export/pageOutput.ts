/**
 * The compact result of one page that crosses the worker boundary: the page's rows already
 * formatted as CSV text (or as staging lines, for Parquet; or as the typed rows themselves, for the
 * in-memory API), plus the small partial counts the aggregate tables need. Maps become parallel
 * arrays, which clone faster than Maps.
 */
import type { Page } from '../corpus/types';
import type { CategorySet, Lexicon } from '../lexicon/types';
import type { Article, PageKind } from '../split/types';
import type { SplitChoice } from '../split/splitChoice';
import type { ArticleRow, CommentRow, HitRow } from '../tables/types';
import { processPage, type PageResult } from '../tables/processPage';
import { taggedCategories, type PagePartial, type TaggedCount } from '../tables/buildTables';
import { ROW_TABLE_TYPES, TABLE_COLUMNS } from '../tables/columns';
import { formatStagingRows } from './stagingCsv';
import { SEGMENTS, type Segment } from '../tables/segments';
import { formatCsvRow, formatCsvRows, formatHitRows } from './csvCells';
import { TermIds } from '../text/termIds';
import type { VoiceCount } from '../tables/voiceCounts';

/**
 * How a page's row tables travel: as UTF-8 bytes streamed to disk, the CSV tables' lines ('csv')
 * or the staging lines the Parquet writer converts (`formatStagingRows`, 'parquet'); or as the
 * typed rows themselves, for a sink that keeps them in memory ('rows', see `PageOutput.rows`).
 */
export type RowEmit = 'csv' | 'parquet' | 'rows';

/** A page's typed rows (emit 'rows'), in table order within the page. */
export interface PageRows {
  /** The page's row of articles.csv. */
  article: ArticleRow;
  /** Its rows of comments.csv, sorted by comment number. */
  comments: CommentRow[];
  /** Its rows of hits.csv, sorted by line, column and marker. */
  hits: HitRow[];
  /** The split page, when asked for (`PageOutputOptions.keepArticle`); else null. */
  split: Article | null;
}

/** Options of `pageOutputOf`. */
export interface PageOutputOptions {
  /** Camp of each outlet id. Default: none known. */
  camps?: ReadonlyMap<string, string>;
  /** KWIC characters on each side of a hit. Default 40 (as `processPage`). */
  kwicWindow?: number;
  /** Which line labeller splits pages. Default: the profile rules. */
  split?: SplitChoice;
  /** Row form. Default 'csv'. */
  emit?: RowEmit;
  /** Numbering of keyness terms shared by the outputs of one thread. Default: a fresh one per page. */
  termIds?: TermIds;
  /** Emit 'rows': keep the split page in `PageRows.split` (notebooks read it). Default false. */
  keepArticle?: boolean;
}

/** One segment's partial counts as arrays. */
export interface SegmentPartial {
  tokens: number;
  /** Counted hits per category (parallel arrays). */
  hitCategories: string[];
  hitCounts: number[];
  /** Keyness terms by number in the producing thread's `TermIds` (see `PageOutput.terms`), and their counts. */
  termIds: Int32Array;
  termCounts: Int32Array;
}

/** What one page contributes, in a form that clones cheaply. */
export interface PageOutput {
  /** Page id (sort key of every row table). */
  id: string;
  /** Page file (for sidecars). */
  file: string;
  /** SHA-256 of the page's bytes. */
  sha256: string;
  /** Source bytes (progress). */
  bytes: number;
  outlet: string | null;
  /** The page's kind (`Article.pageKind`): only articles enter the aggregate tables. */
  pageKind: PageKind;
  /** Comments parsed on the page (rows of comments.csv). */
  commentCount: number;
  /** Hits on the page (rows of hits.csv). */
  hitCount: number;
  /**
   * Lines of the page as UTF-8 bytes, encoded in the worker so the main thread only copies them:
   * one article line, comment lines and hit lines in table order — CSV table lines (emit 'csv') or
   * staging lines (emit 'parquet').
   */
  csv: { articles: Uint8Array; comments: Uint8Array; hits: Uint8Array };
  /** Emit 'parquet': the longest staging line in UTF-16 code units (`StagedPage.maxLine`); else 0. */
  maxLine: number;
  /** Emit 'rows': the page's typed rows (then `csv` holds empty arrays); else null. */
  rows: PageRows | null;
  /**
   * Hits the aggregate tables read (`taggedCategories`: naming variants, slogans, hashtags), counted per distinct
   * (segment, outlet, category, marker, keyword), in order of first occurrence.
   */
  tagged: TaggedCount[];
  /** The page's hits per segment × voice (`PageResult.voiceCounts`, for voices.csv). */
  voiceCounts: VoiceCount[];
  units: Record<Segment, SegmentPartial>;
  /** How to read `units[*].termIds`: the numbering (`TermIds.dictionary`) and the terms it met first on this page. */
  terms: { dictionary: string; newTerms: string[] };
}

const UTF8 = new TextEncoder();

/** Largest scratch buffer kept (bytes). */
const SCRATCH_LIMIT = 16 << 20;
/** Reused encoding target of `utf8` (grown as needed up to SCRATCH_LIMIT; one per thread). */
let scratch = new Uint8Array(1 << 20);

/**
 * UTF-8 bytes of a string in a buffer of their own (transferable): encoded into a reused scratch
 * buffer, then copied out — cheaper than `TextEncoder.encode`, which measures the string first.
 */
function utf8(s: string): Uint8Array {
  const max = s.length * 3;
  if (max > SCRATCH_LIMIT) return UTF8.encode(s); // a huge page: do not keep a huge scratch buffer
  if (max > scratch.length) scratch = new Uint8Array(Math.max(max, scratch.length * 2));
  return scratch.slice(0, UTF8.encodeInto(s, scratch).written);
}

function cmp(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

/** Hit order within one page, as `TableBuilder.finish` sorts hits (id, line, col, marker). */
export function compareHitRows(a: HitRow, b: HitRow): number {
  return cmp(a.id, b.id) || cmp(a.line, b.line) || cmp(a.col, b.col) || cmp(a.marker, b.marker);
}

/** Comment order, as `TableBuilder.finish` sorts comments (articleId, comment). */
export function compareCommentRows(a: CommentRow, b: CommentRow): number {
  return cmp(a.articleId, b.articleId) || cmp(a.comment, b.comment);
}

/** Whether rows are already in the order of `compare` (then sorting a copy is skipped). */
function isSorted<T>(rows: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < rows.length; i++) if (compare(rows[i - 1], rows[i]) > 0) return false;
  return true;
}

/**
 * Reduces a `PageResult` to a `PageOutput`; keyness terms are numbered by `termIds` (one per
 * producing thread; default: a fresh one, so the output stands alone). The lexicon says which
 * categories the aggregate tables count hit by hit (`taggedCategories`).
 * @example new TextDecoder().decode(pageOutputFromResult(processPage(page, lexicon), page, lexicon).csv!.articles) // '000_be8f…,…\n'
 */
export function pageOutputFromResult(r: PageResult, page: Page, lexicon: CategorySet, emit: RowEmit = 'csv', termIds: TermIds = new TermIds()): PageOutput {
  const comments = isSorted(r.commentRows, compareCommentRows) ? r.commentRows : [...r.commentRows].sort(compareCommentRows);
  const hits = isSorted(r.hitRows, compareHitRows) ? r.hitRows : [...r.hitRows].sort(compareHitRows);
  const units = {} as Record<Segment, SegmentPartial>;
  for (const seg of SEGMENTS) {
    const u = r.units[seg];
    // The tally numbers its terms through the numbers cached on its slots (same numbers and order
    // as the Map's entries); a result without tallies (built by hand) goes through the Map.
    const tally = r.tallies?.[seg];
    let termIds_: Int32Array;
    let termCounts: Int32Array;
    if (tally) ({ ids: termIds_, counts: termCounts } = tally.idsInto(termIds));
    else {
      const terms = r.terms[seg];
      termIds_ = new Int32Array(terms.size);
      termCounts = new Int32Array(terms.size);
      let k = 0;
      terms.forEach((n, t) => { termIds_[k] = termIds.idOf(t); termCounts[k] = n; k++; });
    }
    units[seg] = { tokens: u.tokens, hitCategories: [...u.hits.keys()], hitCounts: [...u.hits.values()], termIds: termIds_, termCounts };
  }
  // Count per distinct tuple: found by marker, then keyword, then among the few tuples that share both.
  const tagged: TaggedCount[] = [];
  const byMarker = new Map<string, Map<string, TaggedCount[]>>();
  const aggregate = taggedCategories(lexicon);
  for (const h of hits) {
    if (!aggregate.has(h.category)) continue;
    let byKeyword = byMarker.get(h.marker);
    if (!byKeyword) byMarker.set(h.marker, (byKeyword = new Map()));
    let same = byKeyword.get(h.keyword);
    if (!same) byKeyword.set(h.keyword, (same = []));
    const t = same.find((x) => x.segment === h.segment && x.outlet === h.outlet && x.category === h.category);
    if (t) { t.count++; continue; }
    const first: TaggedCount = { segment: h.segment, outlet: h.outlet, category: h.category, marker: h.marker, keyword: h.keyword, count: 1 };
    same.push(first);
    tagged.push(first);
  }
  const colsA = TABLE_COLUMNS.articles as string[];
  const colsC = TABLE_COLUMNS.comments as string[];
  let csv: PageOutput['csv'];
  let maxLine = 0;
  let rows: PageRows | null = null;
  if (emit === 'csv') {
    csv = {
      articles: utf8(formatCsvRow(r.articleRow as unknown as Record<string, unknown>, colsA)),
      comments: utf8(formatCsvRows(comments, colsC)),
      hits: utf8(formatHitRows(hits)),
    };
  } else if (emit === 'parquet') {
    const a = formatStagingRows([r.articleRow], colsA, ROW_TABLE_TYPES.articles);
    const c = formatStagingRows(comments, colsC, ROW_TABLE_TYPES.comments);
    const h = formatStagingRows(hits, TABLE_COLUMNS.hits as string[], ROW_TABLE_TYPES.hits);
    csv = { articles: utf8(a.text), comments: utf8(c.text), hits: utf8(h.text) };
    maxLine = Math.max(a.maxLine, c.maxLine, h.maxLine);
  } else if (emit === 'rows') {
    const none = new Uint8Array(0);
    csv = { articles: none, comments: none, hits: none };
    rows = { article: r.articleRow, comments, hits, split: r.article };
  } else {
    throw new RangeError(`pageOutputOf: emit must be 'csv', 'parquet' or 'rows', got ${JSON.stringify(emit)}`);
  }
  return {
    id: r.id, file: page.file, sha256: page.sha256, bytes: page.bytes, outlet: r.outlet, pageKind: r.articleRow.pageKind,
    commentCount: r.commentRows.length, hitCount: r.hitRows.length, csv, maxLine, rows,
    tagged, voiceCounts: r.voiceCounts, units,
    terms: { dictionary: termIds.dictionary, newTerms: termIds.takeNew() },
  };
}

/**
 * Processes one page (split, match, score) into its compact output: the unit of parallel work.
 * @example pageOutputOf(page, lexicon).id // '000_be8fd5d588858933'
 */
export function pageOutputOf(page: Page, lexicon: Lexicon, options: PageOutputOptions = {}): PageOutput {
  const r = processPage(page, lexicon, { camps: options.camps, kwicWindow: options.kwicWindow, keepArticle: options.keepArticle, split: options.split });
  return pageOutputFromResult(r, page, lexicon, options.emit ?? 'csv', options.termIds);
}

/**
 * The count form of a page output for `TableBuilder.addPartial`. `termIndexes` translates the
 * output's term numbers to the builder's term indexes (`TermTranslator.read` gives it); outputs
 * of one thread must be turned into partials in the order that thread produced them.
 * @example builder.addPartial(pagePartialOf(out, translator.read(out.terms.dictionary, out.terms.newTerms)))
 */
export function pagePartialOf(o: PageOutput, termIndexes: readonly number[]): PagePartial {
  const units = {} as PagePartial['units'];
  for (const seg of SEGMENTS) {
    const u = o.units[seg];
    const idx = new Int32Array(u.termIds.length);
    for (let k = 0; k < idx.length; k++) idx[k] = termIndexes[u.termIds[k]];
    units[seg] = { tokens: u.tokens, hitCategories: u.hitCategories, hitCounts: u.hitCounts, termIndexes: idx, termCounts: u.termCounts };
  }
  return { outlet: o.outlet, pageKind: o.pageKind, hasComments: o.commentCount > 0, units, tagged: o.tagged, voiceCounts: o.voiceCounts };
}
