/**
 * The coders' verdict on the marker categories of a coding sheet sampled by hit (`category_ok`):
 * of the hits a category matched, how many the coders judged right. It is the matcher's precision
 * per category, as people read the hits in context (recall needs the units khitab missed, which a
 * sample of its hits cannot show).
 */
import { table } from './textTable';
import type { GoldRow } from './types';

/** The judgements of one category. */
export interface CategoryJudgement {
  /** Category id (the sheet's `category`). */
  category: string;
  /** Codings with a `category_ok` (all coders together). */
  judged: number;
  /** Judged right (`yes`). */
  yes: number;
  /** yes / judged. */
  precision: number;
}

/**
 * Counts `category_ok` per category over the rows that have both a category and a judgement,
 * categories in name order; empty when the sheet has no judgements.
 * @example
 * categoryJudgements([{ ...row, category: 'slogan', categoryOk: true }, { ...row2, category: 'slogan', categoryOk: false }])
 * // [{ category: 'slogan', judged: 2, yes: 1, precision: 0.5 }]
 */
export function categoryJudgements(gold: readonly GoldRow[]): CategoryJudgement[] {
  const counts = new Map<string, { judged: number; yes: number }>();
  for (const g of gold) {
    if (g.category === undefined || g.categoryOk === undefined) continue;
    const c = counts.get(g.category) ?? { judged: 0, yes: 0 };
    c.judged++;
    if (g.categoryOk) c.yes++;
    counts.set(g.category, c);
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([category, c]) => ({ category, judged: c.judged, yes: c.yes, precision: c.yes / c.judged }));
}

/**
 * The judgements as a plain-text table under a title line; empty string when there are none.
 * @example formatCategoryJudgements([{ category: 'slogan', judged: 2, yes: 1, precision: 0.5 }]).split('\n')[0]
 * // 'Marker categories as the coders judged them (category_ok; precision = yes / judged)'
 */
export function formatCategoryJudgements(judgements: readonly CategoryJudgement[]): string {
  if (judgements.length === 0) return '';
  const rows = judgements.map((j) => [j.category, String(j.judged), String(j.yes), j.precision.toFixed(3)]);
  return `Marker categories as the coders judged them (category_ok; precision = yes / judged)\n${table([['category', 'judged', 'yes', 'precision'], ...rows])}\n`;
}
