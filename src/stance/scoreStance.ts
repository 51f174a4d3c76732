/**
 * Stance of an article: support and oppose counts per segment (the reporting as a whole, each
 * comment) and the index (support − oppose) / (support + oppose). Definition and limits:
 * src/stance/README.md.
 */
import type { Article } from '../split/types';
import type { CategorySet } from '../lexicon/types';
import { categoryOf, stanceSign } from '../lexicon/categoryOf';
import type { ArticleStance, Hit, StanceScore } from './types';

/** Roles whose hits make up the reporting segment. */
export const REPORTING_ROLES: ReadonlySet<string> = new Set(['title', 'byline', 'body', 'subheading', 'caption']);

/**
 * Direction in which one hit counts: +1 support, −1 oppose, 0 not at all. A non-negated hit counts
 * as its category's `stance` in the lexicon says (shipped: `stance_support` and `stance_oppose`,
 * and `slogan` as oppose); negated hits never count.
 * @example stanceDirection({ category: 'slogan', negated: false }, lexicon) // -1
 * @example stanceDirection({ category: 'stance_oppose', negated: true }, lexicon) // 0
 */
export function stanceDirection(hit: Pick<Hit, 'category' | 'negated'>, lexicon: CategorySet): -1 | 0 | 1 {
  return hit.negated ? 0 : stanceSign(lexicon, hit.category);
}

/**
 * The stance a hit states: its category's `stance` when the hit is not negated, else null (a naming
 * or frame hit, or a negated stance hit, states none). Unlike `stanceDirection`, it keeps
 * `conditional`, which the index leaves out but voices.csv and the gold comparison count.
 * @example stanceOfHit({ category: 'slogan', negated: false }, loadLexicon()) // 'oppose'
 * @example stanceOfHit({ category: 'stance_oppose', negated: true }, loadLexicon()) // null
 */
export function stanceOfHit(hit: Pick<Hit, 'category' | 'negated'>, lexicon: CategorySet): 'support' | 'oppose' | 'conditional' | null {
  if (hit.negated) return null;
  const s = categoryOf(lexicon, hit.category).stance;
  return s === 'none' ? null : s;
}

/**
 * Stance score from counts: index = (support − oppose) / (support + oppose), null when both are 0.
 * @example stanceScore(1, 3) // { support: 1, oppose: 3, index: -0.5 }
 */
export function stanceScore(support: number, oppose: number): StanceScore {
  const n = support + oppose;
  return { support, oppose, index: n === 0 ? null : (support - oppose) / n };
}

/**
 * Scores an article's stance from its hits: one score for the reporting (title, byline, body,
 * subheading and caption lines together; a repeated title counts each time it is shown) and one
 * per comment, in comment order. The lexicon says which categories count which way.
 * @example scoreStance(article, hits, lexicon).reporting // { support: 0, oppose: 3, index: -1 }
 */
export function scoreStance(article: Article, hits: Hit[], lexicon: CategorySet): ArticleStance {
  let rs = 0;
  let ro = 0;
  const cs = new Map<number, [number, number]>();
  for (const c of article.comments) cs.set(c.index, [0, 0]);
  for (const h of hits) {
    const d = stanceDirection(h, lexicon);
    if (d === 0) continue;
    if (h.comment !== null && h.role === 'comment_body') {
      const e = cs.get(h.comment) ?? [0, 0];
      if (d > 0) e[0]++; else e[1]++;
      cs.set(h.comment, e);
    } else if (REPORTING_ROLES.has(h.role)) {
      if (d > 0) rs++; else ro++;
    }
  }
  const comments = [...cs.entries()].sort((a, b) => a[0] - b[0]).map(([comment, [s, o]]) => ({ comment, ...stanceScore(s, o) }));
  return { reporting: stanceScore(rs, ro), comments };
}
