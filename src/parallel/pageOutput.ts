/**
 * The compact result of one page that crosses the worker boundary: the page's rows already
 * formatted as CSV text (or as row objects, for Parquet), plus the small partial counts the
 * aggregate tables need. Maps become parallel arrays, which clone faster than Maps.
 */
import type { Page } from '../corpus/types';
import type { Lexicon } from '../lexicon/types';
import type { ArticleRow, CommentRow, HitRow } from '../tables/types';
import { processPage, type PageResult } from '../tables/processPage';
import { TABLE_COLUMNS } from '../tables/columns';
import { NAMING_DIMENSIONS } from '../tables/naming';
import { SEGMENTS, type Segment } from '../tables/segments';
import { formatCsvRow } from './csvCells';

/** How a page's row tables travel: as CSV text (streamed to disk) or as row objects (Parquet). */
export type RowEmit = 'csv' | 'rows';

/** Options of `pageOutputOf`. */
export interface PageOutputOptions {
  /** Camp of each outlet id. Default: none known. */
  camps?: ReadonlyMap<string, string>;
  /** KWIC characters on each side of a hit. Default 40 (as `processPage`). */
  kwicWindow?: number;
  /** Row form. Default 'csv'. */
  emit?: RowEmit;
}

/** One segment's partial counts as arrays. */
export interface SegmentPartial {
  tokens: number;
  hitCategories: string[];
  hitCounts: number[];
  terms: string[];
  termCounts: number[];
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
  /** Comments parsed on the page (rows of comments.csv). */
  commentCount: number;
  /** Hits on the page (rows of hits.csv). */
  hitCount: number;
  /**
   * CSV lines of the page (emit 'csv') as UTF-8 bytes, encoded in the worker so the main thread
   * only copies them: one article line, comment lines and hit lines in table order.
   */
  csv: { articles: Uint8Array; comments: Uint8Array; hits: Uint8Array } | null;
  /** Row objects (emit 'rows'), in table order within the page. */
  rows: { articles: ArticleRow[]; comments: CommentRow[]; hits: HitRow[] } | null;
  /**
   * Hits the aggregate tables read (naming variants, slogans, hashtags), each reduced to the
   * fields those tables use, as a JSON key `[segment, outlet, category, marker, keyword]`.
   */
  aggregateHits: string[];
  units: Record<Segment, SegmentPartial>;
}

const UTF8 = new TextEncoder();

const AGGREGATE_CATEGORIES: ReadonlySet<string> = new Set([
  ...NAMING_DIMENSIONS.flatMap((d) => d.variants), 'slogan', 'hashtag',
]);

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

/**
 * Reduces a `PageResult` to a `PageOutput`.
 * @example new TextDecoder().decode(pageOutputFromResult(processPage(page, lexicon), page).csv!.articles) // '000_be8f…,…\n'
 */
export function pageOutputFromResult(r: PageResult, page: Page, emit: RowEmit = 'csv'): PageOutput {
  const comments = [...r.commentRows].sort(compareCommentRows);
  const hits = [...r.hitRows].sort(compareHitRows);
  const units = {} as Record<Segment, SegmentPartial>;
  for (const seg of SEGMENTS) {
    const u = r.units[seg];
    units[seg] = {
      tokens: u.tokens,
      hitCategories: [...u.hits.keys()], hitCounts: [...u.hits.values()],
      terms: [...r.terms[seg].keys()], termCounts: [...r.terms[seg].values()],
    };
  }
  const aggregateHits = hits.filter((h) => AGGREGATE_CATEGORIES.has(h.category))
    .map((h) => JSON.stringify([h.segment, h.outlet, h.category, h.marker, h.keyword]));
  let csv: PageOutput['csv'] = null;
  let rows: PageOutput['rows'] = null;
  if (emit === 'csv') {
    const colsA = TABLE_COLUMNS.articles as string[];
    const colsC = TABLE_COLUMNS.comments as string[];
    const colsH = TABLE_COLUMNS.hits as string[];
    let c = '';
    for (const row of comments) c += formatCsvRow(row as unknown as Record<string, unknown>, colsC);
    let h = '';
    for (const row of hits) h += formatCsvRow(row as unknown as Record<string, unknown>, colsH);
    csv = {
      articles: UTF8.encode(formatCsvRow(r.articleRow as unknown as Record<string, unknown>, colsA)),
      comments: UTF8.encode(c),
      hits: UTF8.encode(h),
    };
  } else {
    rows = { articles: [r.articleRow], comments, hits };
  }
  return {
    id: r.id, file: page.file, sha256: page.sha256, bytes: page.bytes, outlet: r.outlet,
    commentCount: r.commentRows.length, hitCount: r.hitRows.length, csv, rows, aggregateHits, units,
  };
}

/**
 * Processes one page (split, match, score) into its compact output: the unit of parallel work.
 * @example pageOutputOf(page, lexicon).id // '000_be8fd5d588858933'
 */
export function pageOutputOf(page: Page, lexicon: Lexicon, options: PageOutputOptions = {}): PageOutput {
  const r = processPage(page, lexicon, { camps: options.camps, kwicWindow: options.kwicWindow });
  return pageOutputFromResult(r, page, options.emit ?? 'csv');
}

/**
 * Turns aggregate-hit keys into shared `HitRow` objects, one per distinct key, so the aggregate
 * tables' hit list costs one pointer per hit instead of one object: memory stays flat however
 * many hits the corpus has. (Only segment, outlet, category, marker and keyword are real; the
 * other fields are placeholders the aggregate tables never read.)
 * @example
 * const i = new AggregateHitInterner();
 * i.rowOf(k) === i.rowOf(k) // true
 */
export class AggregateHitInterner {
  private readonly rows = new Map<string, HitRow>();

  /** The shared row of a key. */
  rowOf(key: string): HitRow {
    let row = this.rows.get(key);
    if (!row) {
      const [segment, outlet, category, marker, keyword] = JSON.parse(key) as [HitRow['segment'], string | null, string, string, string];
      row = Object.freeze({
        id: '', file: '', outlet, line: 0, col: 0, len: 0, role: '', segment, comment: null, category, marker, polarity: 0,
        negated: false, quoted: false, speaker: null, pre: '', keyword, post: '',
      }) as HitRow;
      this.rows.set(key, row);
    }
    return row;
  }

  /** Distinct keys seen. */
  get size(): number {
    return this.rows.size;
  }
}

/**
 * Rebuilds the part of a `PageResult` that `TableBuilder` needs for the aggregate tables
 * (outlet profile, naming, keyness, hashtags). Row tables are NOT in it: the article row is a stub,
 * `commentRows` only has the right emptiness and hits are shared placeholder rows (see
 * `AggregateHitInterner`), which is exactly what `TableBuilder.add` reads when it is built with
 * `keepRows: false` (documented there); the streamed row tables are written from
 * `PageOutput.csv`/`rows` instead.
 * @example aggregatePartOf(out, interner).units.reporting.tokens // 812
 */
export function aggregatePartOf(o: PageOutput, interner: AggregateHitInterner): PageResult {
  const units = {} as PageResult['units'];
  const terms = {} as PageResult['terms'];
  for (const seg of SEGMENTS) {
    const u = o.units[seg];
    const hits = new Map<string, number>();
    u.hitCategories.forEach((c, i) => hits.set(c, u.hitCounts[i]));
    units[seg] = { tokens: u.tokens, hits };
    const t = new Map<string, number>();
    u.terms.forEach((k, i) => t.set(k, u.termCounts[i]));
    terms[seg] = t;
  }
  const stub = { id: o.id } as ArticleRow;
  return {
    article: null, id: o.id, outlet: o.outlet, articleRow: stub,
    commentRows: o.commentCount > 0 ? [{} as CommentRow] : [],
    hitRows: o.aggregateHits.map((k) => interner.rowOf(k)), units, terms,
  };
}
