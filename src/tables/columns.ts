/**
 * Column order of every table: the CSV header and the DataFrame columns.
 */
import type { AnalysisTables, ArticleRow, CommentRow, HitRow } from './types';

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

/**
 * Columns of each table, in order.
 * @example TABLE_COLUMNS.rejects // ['file', 'reason', 'detail']
 */
export const TABLE_COLUMNS: { [K in keyof AnalysisTables]: (keyof AnalysisTables[K][number] & string)[] } = {
  articles: ['id', 'file', 'outlet', 'camp', 'outletSource', 'published', 'title', 'pageKind', 'pageKindReason',
    'splitConfidence', 'bodyTokens', 'commentsParsed',
    'commentsDeclared', 'hits', 'support', 'oppose', 'index', 'meanCommentIndex', 'warnings',
    'authorialSupport', 'authorialOppose', 'reportedSupport', 'reportedOppose'],
  comments: ['articleId', 'file', 'outlet', 'comment', 'author', 'meta', 'ageMonths', 'approxDate', 'tokens', 'hits', 'support', 'oppose',
    'index', 'text'],
  hits: ['id', 'file', 'outlet', 'line', 'col', 'len', 'role', 'segment', 'comment', 'category', 'marker', 'polarity',
    'negated', 'quoted', 'speaker', 'pre', 'keyword', 'post', 'voice'],
  outletProfile: ['outlet', 'segment', 'category', 'hits', 'tokens', 'rate', 'ciLow', 'ciHigh', 'articles', 'resamples',
    'seed'],
  naming: ['dimension', 'segment', 'outlet', 'variant', 'count', 'share'],
  namingTests: ['dimension', 'segment', 'outlets', 'variants', 'n', 'chi2', 'df', 'p', 'cramersV', 'minExpected', 'valid',
    'fisherP', 'note'],
  keyness: ['comparison', 'term', 'targetCount', 'referenceCount', 'targetTotal', 'referenceTotal', 'g2', 'chi2',
    'logRatio', 'p', 'pAdjusted'],
  hashtags: ['tag', 'kind', 'outlet', 'segment', 'count'],
  rejects: ['file', 'reason', 'detail'],
  voices: ['outlet', 'segment', 'voice', 'hits', 'support', 'oppose', 'conditional', 'neutral', 'pages', 'kwicFilter'],
};

/** Value kinds of the row tables' columns (SQL names, as DuckDB and Parquet use them). */
export type ColumnKind = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

/**
 * Column kinds of the three row tables, for typed readers and writers (Parquet, reading CSVs back).
 * @example ROW_TABLE_TYPES.hits.negated // 'BOOLEAN'
 */
export const ROW_TABLE_TYPES: {
  articles: Record<keyof ArticleRow, ColumnKind>;
  comments: Record<keyof CommentRow, ColumnKind>;
  hits: Record<keyof HitRow, ColumnKind>;
} = {
  articles: {
    id: 'VARCHAR', file: 'VARCHAR', outlet: 'VARCHAR', camp: 'VARCHAR', outletSource: 'VARCHAR', published: 'VARCHAR',
    title: 'VARCHAR', pageKind: 'VARCHAR', pageKindReason: 'VARCHAR', splitConfidence: 'DOUBLE', bodyTokens: 'INTEGER', commentsParsed: 'INTEGER', commentsDeclared: 'INTEGER', hits: 'INTEGER', support: 'DOUBLE',
    oppose: 'DOUBLE', index: 'DOUBLE', meanCommentIndex: 'DOUBLE', warnings: 'VARCHAR',
    authorialSupport: 'INTEGER', authorialOppose: 'INTEGER', reportedSupport: 'INTEGER', reportedOppose: 'INTEGER',
  },
  comments: {
    articleId: 'VARCHAR', file: 'VARCHAR', outlet: 'VARCHAR', comment: 'INTEGER', author: 'VARCHAR', meta: 'VARCHAR', ageMonths: 'DOUBLE',
    approxDate: 'VARCHAR', tokens: 'INTEGER', hits: 'INTEGER', support: 'DOUBLE', oppose: 'DOUBLE', index: 'DOUBLE', text: 'VARCHAR',
  },
  hits: {
    id: 'VARCHAR', file: 'VARCHAR', outlet: 'VARCHAR', line: 'INTEGER', col: 'INTEGER', len: 'INTEGER', role: 'VARCHAR',
    segment: 'VARCHAR', comment: 'INTEGER', category: 'VARCHAR', marker: 'VARCHAR', polarity: 'INTEGER',
    negated: 'BOOLEAN', quoted: 'BOOLEAN', speaker: 'VARCHAR', pre: 'VARCHAR', keyword: 'VARCHAR', post: 'VARCHAR',
    voice: 'VARCHAR',
  },
};
