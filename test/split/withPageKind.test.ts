import { describe, expect, it } from 'vitest';
import type { Article, LabelledLine } from '../../src/split/types';
import { splitConfidenceOf, withPageKind } from '../../src/split/withPageKind';
import { splitArticle } from '../../src/split/splitArticle';
import { ARTICLE, LISTING, linesOf } from './pageKindFixtures';

describe('splitConfidenceOf', () => {
  it('is the lowest confidence of the non-blank lines', () => {
    expect(splitConfidenceOf(linesOf(['أ', '', 'ب'], 'body', [0.9, 0.1, 0.55]))).toBe(0.55);
  });
  it('splitConfidenceOf averages the given number of least sure lines', () => {
    expect(splitConfidenceOf(linesOf(['أ', 'ب', 'ج', 'د'], 'body', [0.9, 0.2, 0.6, 0.4]), 2)).toBeCloseTo(0.3, 10); // (0.2 + 0.4) / 2
    expect(splitConfidenceOf(linesOf(['أ'], 'body', [0.7]), 3)).toBe(0.7); // fewer lines than asked
  });
  it('splitConfidenceOf leaves out the title and lines a constraint relabelled after the labeller', () => {
    const lines = linesOf(['عنوان', 'نص', 'عنوان فرعي', 'نص آخر'], 'body', [0.1, 0.8, 0.2, 0.6]);
    lines[0].role = 'title';
    lines[2].role = 'subheading';
    lines[2].rule = 'model_crosshead';
    expect(splitConfidenceOf(lines, 1)).toBe(0.6);
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
    const a = withPageKind(article(linesOf(LISTING, 'boilerplate', LISTING.map((_, i) => (i === 4 ? 0.42 : i === 6 ? 0.38 : 0.95)))));
    expect([a.pageKind, a.pageKindReason]).toEqual(['listing', '3 teaser headlines and no run of body paragraphs']);
    expect(a.splitConfidence).toBeCloseTo(0.4, 10); // data/split-page-kinds.yaml: the 2 least sure lines, (0.42 + 0.38) / 2
    withPageKind(a);
    expect(a.warnings).toEqual(['low_confidence_split: its 2 least sure line(s) have mean probability 0.40 (< 0.5)']);
  });

  it('does not warn when one line alone is unsure', () => {
    const a = withPageKind(article(linesOf(ARTICLE, 'body', ARTICLE.map((_, i) => (i === 2 ? 0.05 : 0.96)))));
    expect(a.splitConfidence).toBeCloseTo(0.505, 10);
    expect(a.warnings).toEqual([]);
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
    expect(withPageKind(article(linesOf(ARTICLE, 'body', ARTICLE.map(() => 0.5)))).warnings).toEqual([]);
    expect(withPageKind(article(linesOf(ARTICLE))).warnings).toEqual([]);
  });
});
