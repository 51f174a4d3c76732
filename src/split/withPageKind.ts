/**
 * Setting a split page's kind, reason and confidence in one place (`splitPage` calls it): the
 * decision of `pageKindOf`, how sure the trained labeller was of the page (`splitConfidenceOf`), the
 * `low_confidence_split` warning, and a listing's teasers turned boilerplate.
 */
import type { Article, LabelledLine } from './types';
import { pageKindOf } from './pageKind';
import { loadPageKindRules, type PageKindRules } from './pageKindRules';

/** The rule of a line labelled by the trained labeller itself (constraints after it set other rules). */
const MODEL_RULE = 'model';

/**
 * How sure the trained labeller was of a page: the mean probability of its `lowest` least sure
 * lines among those whose role is the labeller's own (rule `model`: a line a later constraint
 * relabelled, such as a kicker or a crosshead, carries the probability of a label it no longer has)
 * and that are not the title (chosen among the candidates by `chooseTitle`, which warns `no_title:`
 * itself). Null when no line counts (the rule labeller gives no confidences).
 * @example splitConfidenceOf([{role: 'body', text: 'نص', rule: 'model', confidence: 0.9}, {role: 'caption', text: 'ع', rule: 'model', confidence: 0.3}, {role: 'body', text: 'ب', rule: 'model', confidence: 0.5}], 2) // 0.4
 */
export function splitConfidenceOf(lines: readonly Pick<LabelledLine, 'role' | 'text' | 'rule' | 'confidence'>[], lowest = 1): number | null {
  const cs: number[] = [];
  for (const l of lines) {
    if (l.confidence === undefined || l.rule !== MODEL_RULE || l.role === 'blank' || l.role === 'title' || l.text.trim() === '') continue;
    cs.push(l.confidence);
  }
  if (cs.length === 0) return null;
  cs.sort((a, b) => a - b);
  const k = Math.max(1, Math.min(lowest, cs.length));
  let sum = 0;
  for (let i = 0; i < k; i++) sum += cs[i];
  return sum / k;
}

/** Prefix of the warning a page with a low split confidence gets. */
export const LOW_CONFIDENCE_SPLIT = 'low_confidence_split';

/** Roles that belong to an article's own text: on a page with no article they are teasers or chrome. */
const ARTICLE_ROLES = new Set(['title', 'byline', 'body', 'subheading', 'caption', 'link']);

/**
 * Sets an article's `pageKind`, `pageKindReason` and `splitConfidence` from its lines, and adds
 * the `low_confidence_split` warning when the confidence (the mean of the `rules.lowConfidenceLines`
 * least sure lines, `splitConfidenceOf`) is below `rules.lowConfidence`. A listing
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
  a.splitConfidence = splitConfidenceOf(a.lines, rules.lowConfidenceLines);
  if (a.splitConfidence !== null && a.splitConfidence < rules.lowConfidence && !a.warnings.some((w) => w.startsWith(LOW_CONFIDENCE_SPLIT))) {
    a.warnings.push(`${LOW_CONFIDENCE_SPLIT}: its ${rules.lowConfidenceLines} least sure line(s) have mean probability ${a.splitConfidence.toFixed(2)} (< ${rules.lowConfidence})`);
  }
  return a;
}
