/**
 * Column order of every table: the CSV header and the DataFrame columns.
 */
import type { AnalysisTables } from './buildTables';

/** Table names as written to disk (`<name>.csv`). */
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
};

/** Columns of each table, in order. */
export const TABLE_COLUMNS: { [K in keyof AnalysisTables]: (keyof AnalysisTables[K][number] & string)[] } = {
  articles: ['id', 'file', 'outlet', 'camp', 'outletSource', 'published', 'title', 'bodyTokens', 'commentsParsed',
    'commentsDeclared', 'hits', 'support', 'oppose', 'index', 'meanCommentIndex', 'warnings'],
  comments: ['articleId', 'outlet', 'comment', 'author', 'meta', 'ageMonths', 'approxDate', 'tokens', 'hits', 'support', 'oppose',
    'index', 'text'],
  hits: ['id', 'file', 'outlet', 'line', 'col', 'len', 'role', 'segment', 'comment', 'category', 'marker', 'polarity',
    'negated', 'quoted', 'speaker', 'pre', 'keyword', 'post'],
  outletProfile: ['outlet', 'segment', 'category', 'hits', 'tokens', 'rate', 'ciLow', 'ciHigh', 'articles', 'resamples',
    'seed'],
  naming: ['dimension', 'segment', 'outlet', 'variant', 'count', 'share'],
  namingTests: ['dimension', 'segment', 'outlets', 'variants', 'n', 'chi2', 'df', 'p', 'cramersV', 'minExpected', 'valid',
    'fisherP', 'note'],
  keyness: ['comparison', 'term', 'targetCount', 'referenceCount', 'targetTotal', 'referenceTotal', 'g2', 'chi2',
    'logRatio', 'p', 'pAdjusted'],
  hashtags: ['tag', 'kind', 'outlet', 'segment', 'count'],
  rejects: ['file', 'reason', 'detail'],
};
