/**
 * The column definitions of every table, in one place: order, type and meaning of each column.
 * The CSV header, the DataFrame columns, the Parquet types, the typed readers, the xlsx cell types
 * and the run's data dictionary `schema.json` are all derived from `TABLE_SCHEMA`, so they cannot
 * disagree (the row types of src/tables/types.ts make it complete: a column missing here does not
 * type-check).
 */
import type { AnalysisTables } from './types';

/** Value kinds of the columns (SQL names, as DuckDB and Parquet use them; INTEGER is 32-bit, BIGINT 64-bit). */
export type ColumnKind = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN';

/** One column's definition. */
export interface ColumnDef {
  /** Value kind. */
  type: ColumnKind;
  /** Whether the column may hold an empty cell (null). Default false. */
  nullable?: boolean;
  /** What the column holds, for the data dictionary. */
  description: string;
}

/** The definitions of one table's columns, in file order (object key order). */
type TableDefs<R> = { [C in keyof R & string]: ColumnDef };

/** Text column. */
const text = (description: string, nullable = false): ColumnDef => ({ type: 'VARCHAR', description, ...(nullable ? { nullable } : {}) });
/** 32-bit whole-number column. */
const int = (description: string, nullable = false): ColumnDef => ({ type: 'INTEGER', description, ...(nullable ? { nullable } : {}) });
/** 64-bit whole-number column (totals that can pass 2^31 on large corpora). */
const big = (description: string): ColumnDef => ({ type: 'BIGINT', description });
/** Real-number column. */
const real = (description: string, nullable = false): ColumnDef => ({ type: 'DOUBLE', description, ...(nullable ? { nullable } : {}) });
/** True/false column. */
const bool = (description: string): ColumnDef => ({ type: 'BOOLEAN', description });

/**
 * The outlet cell of a page whose outlet is unknown, in every table (row tables and aggregates
 * alike): a visible token rather than an empty cell, because pandas and R read an empty cell as
 * NaN/NA, which a join on `outlet` (or SQL's `=`) does not match, so the unknown outlet's rows
 * would drop out of joins between tables. The parentheses keep it apart from every outlet id.
 * @example result.tables.outletProfile.filter((r) => r.outlet === UNKNOWN_OUTLET)
 */
export const UNKNOWN_OUTLET = '(unknown)';

const OUTLET = 'canonical outlet id (data/outlets.yaml); `(unknown)` when no outlet was found, in every table';
const SEGMENT = '`reporting` (the outlet\'s own lines) or `comments` (its readers)';

/**
 * Every table's columns, in order, with type, nullability and meaning.
 * @example TABLE_SCHEMA.hits.negated // { type: 'BOOLEAN', description: 'a negator governs the hit' }
 */
export const TABLE_SCHEMA: { [K in keyof AnalysisTables]: TableDefs<AnalysisTables[K][number]> } = {
  articles: {
    id: text('page id: the metadata\'s or JSON-lines record\'s, else the file path without extension'),
    file: text('source file, relative to the corpus folder'),
    outlet: text(OUTLET),
    camp: text('camp of the outlet (data/outlets.yaml)', true),
    outletSource: text('how the outlet was found: metadata, url, text_cue or profile', true),
    published: text('publication date as in the metadata (YYYY, YYYY-MM or YYYY-MM-DD)', true),
    title: text('the title (once, even when the page repeats it)', true),
    pageKind: text('article, listing or no_article; only article pages enter the aggregate tables'),
    pageKindReason: text('why the page is not an article; empty for an article'),
    splitConfidence: real('how sure the trained labeller was of the page: mean probability of its least sure lines (data/split-page-kinds.yaml); empty with the rule labeller', true),
    bodyTokens: int('tokens on reporting lines (a repeat of the title counted once)'),
    commentsParsed: int('reader comments found'),
    commentsDeclared: int('comment count the page declares, if any', true),
    hits: int('marker hits on reporting lines (rows of hits.csv with segment reporting)'),
    support: int('counted support hits of the reporting'),
    oppose: int('counted opposition hits of the reporting'),
    stanceIndex: real('(support − oppose) / (support + oppose), from −1 to +1; empty when both are 0', true),
    meanCommentIndex: real('mean stanceIndex of the page\'s comments that have one', true),
    warnings: text('reading and splitting warnings, joined with " | "'),
    authorialSupport: int('support hits of the reporting in the outlet\'s own words (hits.voice = authorial)'),
    authorialOppose: int('opposition hits of the reporting in the outlet\'s own words'),
    reportedSupport: int('support hits the outlet quotes or reports (any other voice); authorial + reported = support'),
    reportedOppose: int('opposition hits the outlet quotes or reports; authorial + reported = oppose'),
  },
  comments: {
    articleId: text('page id (articles.id)'),
    file: text('source file (articles.file)'),
    outlet: text(OUTLET),
    comment: int('0-based position of the comment on the page'),
    author: text('author line as shown', true),
    meta: text('meta line as shown (e.g. a relative date)', true),
    ageMonths: real('age in months parsed from a relative date', true),
    approxDate: text('crawl date minus age, YYYY-MM', true),
    tokens: int('tokens in the comment'),
    hits: int('marker hits in the comment'),
    support: int('counted support hits'),
    oppose: int('counted opposition hits'),
    stanceIndex: real('(support − oppose) / (support + oppose); empty when both are 0', true),
    text: text('the comment text'),
  },
  hits: {
    id: text('page id (articles.id)'),
    file: text('source file (articles.file)'),
    outlet: text(OUTLET),
    line: int('1-based input line'),
    col: int('UTF-16 offset of the match in the original line'),
    len: int('UTF-16 length of the match'),
    role: text('role of the line (title, body, comment_body, …)'),
    segment: text(SEGMENT),
    comment: int('0-based comment position; empty on reporting lines', true),
    category: text('lexicon category'),
    marker: text('marker id'),
    polarity: int('marker polarity: −1, 0 or +1'),
    negated: bool('a negator governs the hit'),
    quoted: bool('inside quotation marks or reported speech'),
    speaker: text('speaker named by a reporting verb', true),
    pre: text('context before the match on the same line (logical order)'),
    keyword: text('the matched text'),
    post: text('context after the match on the same line (logical order)'),
    voice: text('whose stance the hit states: authorial, an actor id of data/voices.yaml, or unnamed_source'),
  },
  outletProfile: {
    outlet: text(OUTLET),
    segment: text(SEGMENT),
    category: text('lexicon category'),
    hits: big('counted hits (negated hits of stance categories not counted)'),
    tokens: big('tokens of the segment'),
    rate: real('hits per 1,000 tokens', true),
    ciLow: real('95% percentile-bootstrap interval, low end (articles resampled)', true),
    ciHigh: real('95% percentile-bootstrap interval, high end', true),
    articles: big('units resampled'),
    resamples: int('bootstrap resamples'),
    seed: big('bootstrap seed'),
  },
  naming: {
    dimension: text('naming dimension id (lexicon dimensions:)'),
    segment: text(SEGMENT),
    outlet: text(OUTLET),
    variant: text('category id of the variant'),
    count: big('namings of this variant'),
    share: real('count / the outlet\'s namings in this dimension; empty when that is 0', true),
  },
  namingTests: {
    dimension: text('naming dimension id'),
    segment: text(SEGMENT),
    outlets: int('outlets with namings'),
    variants: int('variants with namings'),
    n: big('namings in the test'),
    chi2: real('Pearson chi-square of outlet × variant', true),
    df: int('degrees of freedom', true),
    p: real('p of the chi-square test', true),
    cramersV: real('Cramér\'s V', true),
    minExpected: real('smallest expected count', true),
    valid: bool('Cochran\'s rule holds: no expected count below 1 and at most 20% below 5'),
    fisherP: real('Fisher\'s exact two-sided p (2×2 tables only)', true),
    note: text('which p to report'),
  },
  keyness: {
    comparison: text('what is compared, e.g. outlet:orient_news vs rest (reporting)'),
    term: text('normalized, clitic-stripped term'),
    targetCount: big('occurrences in the target'),
    referenceCount: big('occurrences in the reference'),
    targetTotal: big('terms in the target'),
    referenceTotal: big('terms in the reference'),
    g2: real('signed log-likelihood G² with Williams correction (Dunning 1993)'),
    chi2: real('chi-square'),
    logRatio: real('log2 ratio of relative frequencies (Hardie 2014)'),
    p: real('p from G², 1 df'),
    pAdjusted: real('Benjamini–Hochberg adjusted p within the comparison'),
  },
  hashtags: {
    tag: text('the hashtag or slogan as normalized'),
    kind: text('the category the tag comes from (slogan, hashtag)'),
    outlet: text(OUTLET),
    segment: text(SEGMENT),
    count: big('occurrences'),
  },
  rejects: {
    file: text('input that could not be analyzed'),
    reason: text('empty, binary, unreadable, duplicate, too_large, too_deep, link_refused, bad_record, …'),
    detail: text('what exactly was wrong'),
  },
  voices: {
    outlet: text(OUTLET),
    segment: text(SEGMENT),
    voice: text('authorial, an actor id of data/voices.yaml, or unnamed_source'),
    hits: big('hits of this voice'),
    support: big('counted support hits'),
    oppose: big('counted opposition hits'),
    conditional: big('conditional (precondition) hits'),
    neutral: big('hits of the voice with no stance polarity'),
    pages: big('pages where the voice has a hit'),
    kwicFilter: text('filter expression that selects these hits in hits.csv'),
  },
};

/**
 * Table names as written to disk (`<name>.csv`).
 * @example TABLE_FILES.outletProfile // 'outlet_profile'
 */
export const TABLE_FILES: Record<keyof AnalysisTables, string> = {
  articles: 'articles',
  comments: 'comments',
  hits: 'hits',
  outletProfile: 'outlet_profile',
  naming: 'naming',
  namingTests: 'naming_tests',
  keyness: 'keyness',
  hashtags: 'hashtags',
  rejects: 'rejects',
  voices: 'voices',
};

type Columns = { [K in keyof AnalysisTables]: (keyof AnalysisTables[K][number] & string)[] };
type Kinds = { [K in keyof AnalysisTables]: Record<keyof AnalysisTables[K][number] & string, ColumnKind> };

/**
 * Columns of each table, in order (the keys of `TABLE_SCHEMA`).
 * @example TABLE_COLUMNS.rejects // ['file', 'reason', 'detail']
 */
export const TABLE_COLUMNS = Object.fromEntries(
  Object.entries(TABLE_SCHEMA).map(([t, defs]) => [t, Object.keys(defs)]),
) as Columns;

/**
 * Column kinds of every table (`TABLE_SCHEMA`'s types), for typed readers and writers.
 * @example TABLE_TYPES.hits.negated // 'BOOLEAN'
 */
export const TABLE_TYPES = Object.fromEntries(
  Object.entries(TABLE_SCHEMA).map(([t, defs]) => [t, Object.fromEntries(Object.entries(defs).map(([c, d]) => [c, d.type]))]),
) as Kinds;

/**
 * Column kinds of the three row tables (Parquet, reading CSVs back): `TABLE_TYPES` of those.
 * @example ROW_TABLE_TYPES.hits.negated // 'BOOLEAN'
 */
export const ROW_TABLE_TYPES: Pick<Kinds, RowTable> = TABLE_TYPES;

/**
 * The row tables (one row per article, comment or hit), in table order; every other table is an
 * aggregate. The one list the writers (CSV, Parquet) and the run reader share.
 * @example ROW_TABLES // ['articles', 'comments', 'hits']
 */
export const ROW_TABLES = ['articles', 'comments', 'hits'] as const;
/** A row table's name. */
export type RowTable = (typeof ROW_TABLES)[number];

/**
 * Nullable columns, as `table.column` (table keys of `TABLE_FILES`): an empty cell there is null;
 * an empty cell in a text column not listed is the empty string.
 * @example NULLABLE_COLUMNS.has('hits.speaker') // true
 */
export const NULLABLE_COLUMNS: ReadonlySet<string> = new Set(
  Object.entries(TABLE_SCHEMA).flatMap(([t, defs]) => Object.entries(defs).filter(([, d]) => d.nullable).map(([c]) => `${t}.${c}`)),
);
