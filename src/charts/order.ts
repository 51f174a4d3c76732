/**
 * Stable orderings used by the charts, so the same tables always give the same spec.
 */

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

/** The naming dimensions in codebook order. */
export const DIMENSION_ORDER: readonly string[] = ['gov', 'turkey', 'north'];

/** The naming variants in codebook order. */
export const VARIANT_ORDER: readonly string[] = [
  'naming_gov_regime', 'naming_gov_state', 'naming_gov_metonym',
  'naming_turkey_occupation', 'naming_turkey_guarantor', 'naming_turkey_regime',
  'naming_north_liberated', 'naming_north_occupied', 'naming_north_neutral',
];

/** Segments in table order. */
export const SEGMENT_ORDER: readonly ('reporting' | 'comments')[] = ['reporting', 'comments'];
