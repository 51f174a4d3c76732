import { describe, expect, it } from 'vitest';
import type { Article, LabelledLine } from '../../src/split/types';
import { splitConfidenceOf, withPageKind } from '../../src/split/withPageKind';
import { splitArticle } from '../../src/split/splitArticle';
import { ARTICLE, LISTING, linesOf } from './pageKindFixtures';

describe('splitConfidenceOf', () => {
  it('is the lowest confidence of the non-blank lines', () => {
    expect(splitConfidenceOf(linesOf(['أ', '', 'ب'], 'body', [0.9, 0.1, 0.55]))).toBe(0.55);
  });
  it('is null when no line has a confidence (the rule labeller)', () => {
    expect(splitConfidenceOf(linesOf(ARTICLE))).toBeNull();
    expect(splitConfidenceOf(splitArticle(ARTICLE.join('\n')).lines)).toBeNull();
  });
});

describe('withPageKind', () => {
  const article = (lines: LabelledLine[]): Article => ({
    id: 'p', file: 'p.txt', encoding: 'utf-8', outlet: null, outletSource: null, title: null, lines, comments: [],
    declaredCommentCount: null, warnings: [], pageKind: 'article', pageKindReason: '', splitConfidence: null,
  });

  it('sets the kind, the reason and the confidence, and warns low_confidence_split once below the threshold', () => {
    const a = withPageKind(article(linesOf(LISTING, 'boilerplate', LISTING.map((_, i) => (i === 4 ? 0.42 : 0.95)))));
    expect([a.pageKind, a.pageKindReason, a.splitConfidence]).toEqual(['listing', '3 teaser headlines and no run of body paragraphs', 0.42]);
    withPageKind(a);
    expect(a.warnings).toEqual(["low_confidence_split: a line's role has probability 0.42 (< 0.6)"]);
  });

  it('gives a page that is no article no title and turns its article roles into boilerplate, keeping comment lines', () => {
    const lines = linesOf(LISTING, 'body');
    lines[0].role = 'title';
    lines[lines.length - 1].role = 'comment_body';
    const a = article(lines);
    a.title = lines[0].text;
    withPageKind(a);
    expect(a.pageKind).toBe('listing');
    expect(a.title).toBeNull();
    expect(a.lines.slice(0, -1).every((l) => l.role === 'boilerplate' && l.rule === 'page_kind_listing')).toBe(true);
    expect(a.lines[a.lines.length - 1].role).toBe('comment_body');
  });

  it('does not warn at or above the threshold, nor without confidences', () => {
    expect(withPageKind(article(linesOf(ARTICLE, 'body', ARTICLE.map(() => 0.6)))).warnings).toEqual([]);
    expect(withPageKind(article(linesOf(ARTICLE))).warnings).toEqual([]);
  });
});
