/**
 * Display labels of codebook categories, naming dimensions and segments. Category and dimension
 * labels come from the lexicon's `categories:` and `dimensions:` blocks (English for the axis,
 * Arabic for the term a variant stands for, so charts read for both audiences); a category no
 * file declares shows its id, so a new category still shows up.
 */
import type { CategorySet } from '../lexicon/types';
import { categoryOf } from '../lexicon/categoryOf';
import { loadLexicon } from '../lexicon/loadLexicon';

let shipped: CategorySet | null = null;

/**
 * The categories a chart labels and orders by: the given ones (`ChartOptions.lexicon`), else those
 * of the lexicon files in data/lexicons/ (loaded once).
 * @example chartCategories().dimensions.map((d) => d.id) // ['gov', 'turkey', 'north']
 */
export function chartCategories(lexicon?: CategorySet): CategorySet {
  if (lexicon) return lexicon;
  if (!shipped) {
    const l = loadLexicon();
    shipped = { categories: l.categories, dimensions: l.dimensions };
  }
  return shipped;
}

/** Label of each text segment. */
export const SEGMENT_LABELS: Readonly<Record<string, string>> = {
  reporting: 'reporting',
  comments: 'reader comments',
};

/**
 * Label of a category id: `English · Arabic` as declared, the id itself when undeclared.
 * @example categoryLabel('naming_gov_regime', lexicon) // 'regime · النظام'
 */
export function categoryLabel(category: string, lexicon?: CategorySet): string {
  const c = categoryOf(chartCategories(lexicon), category);
  return c.labelAr ? `${c.labelEn} · ${c.labelAr}` : c.labelEn;
}

/**
 * Label of a naming dimension id: its English label, the id itself when undeclared.
 * @example dimensionLabel('north', lexicon) // 'northern Syria'
 */
export function dimensionLabel(dimension: string, lexicon?: CategorySet): string {
  return chartCategories(lexicon).dimensions.find((d) => d.id === dimension)?.labelEn ?? dimension;
}

/** Label of a segment. @example segmentLabel('comments') // 'reader comments' */
export function segmentLabel(segment: string): string {
  return SEGMENT_LABELS[segment] ?? segment;
}

/**
 * Display name of an outlet id: the registry name when known, the id otherwise, `unknown outlet`
 * for null.
 * @example outletLabel('orient_news', {orient_news: 'Orient News'}) // 'Orient News'
 */
export function outletLabel(outlet: string | null, names?: Record<string, string>): string {
  if (outlet === null || outlet === '' || outlet === '(unknown)') return 'unknown outlet';
  return names?.[outlet] ?? outlet;
}
