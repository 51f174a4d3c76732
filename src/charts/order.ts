/**
 * Stable orderings used by the charts, so the same tables always give the same spec. Categories and
 * naming dimensions are ordered as the lexicon declares them.
 */
import type { CategorySet } from '../lexicon/types';

/**
 * Distinct values in first-seen order of `preferred`, then the rest sorted by code unit.
 * @example orderedUnique(['b', 'a', 'c', 'a'], ['c']) // ['c', 'a', 'b']
 */
export function orderedUnique(values: Iterable<string>, preferred: readonly string[] = []): string[] {
  const seen = new Set(values);
  const head = preferred.filter((v) => seen.has(v));
  const rest = [...seen].filter((v) => !head.includes(v)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...head, ...rest];
}

/**
 * Category ids in the lexicon's category order (`order` ascending, then undeclared ones by id):
 * the order of categories and naming variants in every chart.
 * @example categoryOrder(lexicon).slice(0, 3) // ['stance_support', 'stance_oppose', 'slogan']
 */
export function categoryOrder(lexicon: CategorySet): string[] {
  return lexicon.categories.map((c) => c.id);
}

/**
 * Naming dimension ids in the lexicon's order (that of their first variant).
 * @example dimensionOrder(lexicon) // ['gov', 'turkey', 'north']
 */
export function dimensionOrder(lexicon: CategorySet): string[] {
  return lexicon.dimensions.map((d) => d.id);
}

/** Segments in table order. */
export const SEGMENT_ORDER: readonly ('reporting' | 'comments')[] = ['reporting', 'comments'];
