/**
 * Looking up what a lexicon says about a category id: its declaration, or the defaults for an id
 * no file declares (so hits of any category can be scored, tabled and charted).
 */
import type { Category, CategorySet } from './types';
import { defaultCategory } from './resolveCategories';

const indexes = new WeakMap<readonly Category[], Map<string, Category>>();

/**
 * The category of an id in a lexicon (declared or defaulted), or the defaults when the lexicon
 * does not know the id. Lookups are indexed once per lexicon.
 * @example categoryOf(loadLexicon(), 'stance_oppose').stance // 'oppose'
 * @example categoryOf(loadLexicon(), 'no_such').labelEn // 'no_such'
 */
export function categoryOf(set: CategorySet, id: string): Category {
  let index = indexes.get(set.categories);
  if (!index) indexes.set(set.categories, (index = new Map(set.categories.map((c) => [c.id, c]))));
  let c = index.get(id);
  if (!c) index.set(id, (c = defaultCategory(id))); // an id the lexicon does not know: defaults, made once
  return c;
}

/**
 * Direction in which a category's hits count toward stance: +1 support, −1 oppose, 0 none.
 * @example stanceSign(loadLexicon(), 'slogan') // -1
 */
export function stanceSign(set: CategorySet, id: string): -1 | 0 | 1 {
  const s = categoryOf(set, id).stance;
  return s === 'support' ? 1 : s === 'oppose' ? -1 : 0;
}
