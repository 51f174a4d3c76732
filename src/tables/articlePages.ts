/**
 * Which rows belong in aggregates: only pages of kind `article` (see `PageKind`). Listings and
 * pages without an article keep their rows in articles, comments and hits, but are left out of
 * every pooled figure — the builder's tables and the charts that pool article rows — so a tag
 * page's teasers never count as an outlet's reporting.
 */
import type { ArticleRow } from './types';

/**
 * Whether an articles.csv row is an article page (and so enters aggregates). A row without
 * `pageKind` (written before the column existed) counts as an article.
 * @example isArticlePage({pageKind: 'listing'}) // false
 */
export function isArticlePage(row: Partial<Pick<ArticleRow, 'pageKind'>>): boolean {
  return (row.pageKind ?? 'article') === 'article';
}

/**
 * Splits article rows into those that enter aggregates and the ids of the pages left out, so a
 * caller can also drop those pages' comment and hit rows.
 * @example articlePagesOf([{id: 'a', pageKind: 'article'}, {id: 'b', pageKind: 'listing'}]).leftOut // Set {'b'}
 */
export function articlePagesOf<T extends Pick<ArticleRow, 'id'> & Partial<Pick<ArticleRow, 'pageKind'>>>(rows: readonly T[]): { kept: T[]; leftOut: Set<string> } {
  const kept: T[] = [];
  const leftOut = new Set<string>();
  for (const r of rows) {
    if (isArticlePage(r)) kept.push(r);
    else leftOut.add(r.id);
  }
  return { kept, leftOut };
}
