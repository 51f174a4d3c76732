/**
 * Setting a split page's kind, reason and confidence in one place (`splitPage` calls it): the
 * decision of `pageKindOf`, the lowest line probability of the trained labeller, the
 * `low_confidence_split` warning, and a listing's teasers turned boilerplate.
 */
import type { Article, LabelledLine } from './types';
import { pageKindOf } from './pageKind';
import { loadPageKindRules, type PageKindRules } from './pageKindRules';

/**
 * The lowest `confidence` over the non-blank lines, or null when no line has one (rule labeller).
 * @example splitConfidenceOf([{role: 'body', text: 'نص', confidence: 0.9}, {role: 'title', text: 'ع', confidence: 0.55}]) // 0.55
 */
export function splitConfidenceOf(lines: readonly Pick<LabelledLine, 'role' | 'text' | 'confidence'>[]): number | null {
  let min: number | null = null;
  for (const l of lines) {
    if (l.confidence === undefined || l.role === 'blank' || l.text.trim() === '') continue;
    if (min === null || l.confidence < min) min = l.confidence;
  }
  return min;
}

/** Prefix of the warning a page with a low split confidence gets. */
export const LOW_CONFIDENCE_SPLIT = 'low_confidence_split';

/** Roles that belong to an article's own text: on a page with no article they are teasers or chrome. */
const ARTICLE_ROLES = new Set(['title', 'byline', 'body', 'subheading', 'caption', 'link']);

/**
 * Sets an article's `pageKind`, `pageKindReason` and `splitConfidence` from its lines, and adds
 * the `low_confidence_split` warning when the confidence is below `rules.lowConfidence`. A listing
 * has no headline and no article text: its title is null and its title, byline, body, subheading,
 * caption and link lines (teasers and snippets) become boilerplate (rule `page_kind_listing`), its
 * comment lines stay. A `no_article` page keeps its lines: the decision also takes a one-paragraph
 * brief for one (data/README.md), whose text must not vanish. The one place these fields are
 * decided (`splitPage` calls it). Returns the same article.
 * @example withPageKind(article).pageKind // 'listing'
 */
export function withPageKind(a: Article, rules: PageKindRules = loadPageKindRules()): Article {
  const k = pageKindOf(a.lines, rules);
  a.pageKind = k.kind;
  a.pageKindReason = k.reason;
  if (k.kind === 'listing') {
    a.title = null;
    for (const l of a.lines) {
      if (!ARTICLE_ROLES.has(l.role)) continue;
      l.role = 'boilerplate';
      l.rule = `page_kind_${k.kind}`;
    }
  }
  a.splitConfidence = splitConfidenceOf(a.lines);
  if (a.splitConfidence !== null && a.splitConfidence < rules.lowConfidence && !a.warnings.some((w) => w.startsWith(LOW_CONFIDENCE_SPLIT))) {
    a.warnings.push(`${LOW_CONFIDENCE_SPLIT}: a line's role has probability ${a.splitConfidence.toFixed(2)} (< ${rules.lowConfidence})`);
  }
  return a;
}
