/**
 * Naming dimensions: which categories are alternative names for the same referent.
 */

/** A naming dimension and its competing variants (category ids). */
export interface NamingDimension {
  /** Short id used in naming.csv. */
  id: string;
  /** What is being named. */
  referent: string;
  /** Category ids of the competing variants, in table order. */
  variants: string[];
}

/**
 * The three naming dimensions of the codebook: the Syrian government (regime vs state vs metonym),
 * Turkey's role (occupation vs guarantor vs its government named a regime) and northern Syria (liberated vs occupied).
 */
export const NAMING_DIMENSIONS: readonly NamingDimension[] = [
  { id: 'gov', referent: 'the Syrian government', variants: ['naming_gov_regime', 'naming_gov_state', 'naming_gov_metonym'] },
  { id: 'turkey', referent: "Turkey's role in Syria", variants: ['naming_turkey_occupation', 'naming_turkey_guarantor', 'naming_turkey_regime'] },
  { id: 'north', referent: 'opposition-held northern Syria', variants: ['naming_north_liberated', 'naming_north_occupied', 'naming_north_neutral'] },
];

/**
 * The dimension a category belongs to, or null.
 * @example namingDimensionOf('naming_gov_state') // 'gov'
 */
export function namingDimensionOf(category: string): string | null {
  for (const d of NAMING_DIMENSIONS) if (d.variants.includes(category)) return d.id;
  return null;
}
