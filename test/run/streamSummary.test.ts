import { describe, expect, it } from 'vitest';
import { leftOutOfAggregatesLine } from '../../src/run/streamSummary';

describe('leftOutOfAggregatesLine', () => {
  it('is null when every page is an article', () => {
    expect(leftOutOfAggregatesLine({ article: 5, listing: 0, no_article: 0 })).toBeNull();
  });
  it('counts each other kind, in the singular or plural, and says where to look', () => {
    expect(leftOutOfAggregatesLine({ article: 5, listing: 2, no_article: 1 })).toBe(
      'left out of the aggregate tables: 2 listing pages, 1 page with no article (not articles; each is in the articles table with pageKind and pageKindReason, its comments and hits in the comments and hits tables)');
    expect(leftOutOfAggregatesLine({ article: 0, listing: 1, no_article: 0 })).toMatch(/^left out of the aggregate tables: 1 listing page \(/);
  });
});
