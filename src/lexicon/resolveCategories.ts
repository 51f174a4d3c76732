/**
 * The categories and naming dimensions of a whole lexicon, from the declarations of its files and
 * the categories its markers name. Declarations from several files merge when they agree; a
 * category only markers name (quanteda and LIWC dictionaries, codebooks without a `categories:`
 * block) gets the defaults: label = id, no dimension, stance `none`, ordered after every declared
 * order, its own overlap group.
 */
import type { Category, Marker, NamingDimension } from './types';
import type { CategoryDecl, DimensionDecl } from './readCategoryBlocks';

/** What `resolveCategories` reads of one file. */
export interface FileDeclarations {
  categories: CategoryDecl[];
  dimensions: DimensionDecl[];
  /** Whether the file has a `categories:` block (then its markers' categories must be declared). */
  declaresCategories: boolean;
  /** The file's markers (those kept after the duplicate-id check). */
  markers: Marker[];
}

/**
 * The category of an id no file declares.
 * @example defaultCategory('economy.trade').labelEn // 'economy.trade'
 */
export function defaultCategory(id: string): Category {
  return {
    id, labelEn: id, labelAr: null, dimension: null, stance: 'none', order: null, overlap: id, negatable: true,
    hashtags: null, description: '', origin: null,
  };
}

/**
 * Category order: `order` ascending, categories without an order after all others, ties by id
 * (code units).
 * @example [{id: 'b', order: null}, {id: 'a', order: 2}].sort(compareCategories).map((c) => c.id) // ['a', 'b']
 */
export function compareCategories(a: Pick<Category, 'id' | 'order'>, b: Pick<Category, 'id' | 'order'>): number {
  if (a.order !== b.order) {
    if (a.order === null) return 1;
    if (b.order === null) return -1;
    return a.order - b.order;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The first field in which two declarations differ, as `field: a vs b`, or null when they agree. */
function difference<T extends object>(a: T, b: T, fields: (keyof T)[]): string | null {
  for (const f of fields) {
    if (a[f] !== b[f]) return `${String(f)}: ${JSON.stringify(a[f])} vs ${JSON.stringify(b[f])}`;
  }
  return null;
}

/** Declarations of one kind merged by id: the first of each id, and a problem per conflicting one. */
function merge<T extends { id: string; origin: { file: string; line: number } | null }>(
  decls: T[], kind: string, fields: (keyof T)[], problems: string[],
): Map<string, T> {
  const byId = new Map<string, T>();
  for (const d of decls) {
    const first = byId.get(d.id);
    if (!first) { byId.set(d.id, d); continue; }
    const diff = difference(first, d, fields);
    if (diff) problems.push(`${d.origin!.file}:${d.origin!.line}: ${kind} '${d.id}' is declared differently at ${first.origin!.file}:${first.origin!.line} (${diff})`);
  }
  return byId;
}

const CATEGORY_FIELDS: (keyof Category)[] = ['labelEn', 'labelAr', 'dimension', 'stance', 'order', 'overlap', 'negatable', 'hashtags', 'description'];
const DIMENSION_FIELDS: (keyof DimensionDecl)[] = ['labelEn', 'labelAr', 'description'];
const STANCE_POLARITY = { support: 1, oppose: -1, conditional: 0, none: 0 } as const;

/**
 * Merges the files' declarations and the markers' categories into the lexicon's categories (in
 * category order) and naming dimensions (variants in category order; dimensions in the order of
 * their first variant). Problems, as `file:line: problem`: conflicting declarations, a category
 * in an undeclared dimension, a dimension without categories, a marker of a file with a
 * `categories:` block whose category no file declares, and a marker whose non-zero polarity
 * contradicts its category's stance.
 * @example resolveCategories([{categories: [], dimensions: [], declaresCategories: false, markers}]).categories[0].labelEn // 'economy.trade'
 */
export function resolveCategories(files: FileDeclarations[]): { categories: Category[]; dimensions: NamingDimension[]; problems: string[] } {
  const problems: string[] = [];
  const dims = merge(files.flatMap((f) => f.dimensions), 'dimension', DIMENSION_FIELDS, problems);
  const declared = merge(files.flatMap((f) => f.categories), 'category', CATEGORY_FIELDS, problems);
  for (const c of declared.values()) {
    if (c.dimension !== null && !dims.has(c.dimension)) problems.push(`${c.origin.file}:${c.origin.line}: category '${c.id}': dimension '${c.dimension}' is not declared in any 'dimensions:' block`);
  }
  const all = new Map<string, Category>(declared);
  for (const f of files) {
    for (const m of f.markers) {
      const c = declared.get(m.category);
      const at = `${m.origin.file}:${m.origin.line}: marker '${m.id}'`;
      if (!c) {
        if (f.declaresCategories) problems.push(`${at}: category '${m.category}' is not declared in any 'categories:' block`);
        if (!all.has(m.category)) all.set(m.category, defaultCategory(m.category));
      } else if (m.polarity !== 0 && m.polarity !== STANCE_POLARITY[c.stance]) {
        problems.push(`${at}: polarity ${m.polarity} contradicts the stance '${c.stance}' of category '${c.id}'`);
      }
    }
  }
  const categories = [...all.values()].sort(compareCategories);
  const dimensions: NamingDimension[] = [];
  for (const d of dims.values()) {
    const variants = categories.filter((c) => c.dimension === d.id).map((c) => c.id);
    if (variants.length === 0) problems.push(`${d.origin.file}:${d.origin.line}: dimension '${d.id}' has no category (declare categories with 'dimension: ${d.id}')`);
    else dimensions.push({ ...d, variants });
  }
  const firstVariant = new Map(categories.map((c, i) => [c.id, i]));
  dimensions.sort((a, b) => firstVariant.get(a.variants[0])! - firstVariant.get(b.variants[0])!);
  return { categories, dimensions, problems };
}
