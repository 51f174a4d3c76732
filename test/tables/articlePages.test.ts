import { describe, expect, it } from 'vitest';
import { articlePagesOf, isArticlePage } from '../../src/tables/articlePages';

describe('isArticlePage', () => {
  it('is true for article rows (and rows without a pageKind), false for listings and pages with no article', () => {
    expect([isArticlePage({ pageKind: 'article' }), isArticlePage({}), isArticlePage({ pageKind: 'listing' }), isArticlePage({ pageKind: 'no_article' })])
      .toEqual([true, true, false, false]);
  });
});

describe('articlePagesOf', () => {
  it('keeps the article rows in order and names the pages left out', () => {
    const r = articlePagesOf([{ id: 'a', pageKind: 'article' }, { id: 'b', pageKind: 'listing' }, { id: 'c', pageKind: 'article' }, { id: 'd', pageKind: 'no_article' }] as const);
    expect(r.kept.map((x) => x.id)).toEqual(['a', 'c']);
    expect([...r.leftOut]).toEqual(['b', 'd']);
  });
});
