/**
 * The toolkit's labels per unit (an article's reporting, or one comment), as validation needs them.
 */
import type { PredictedUnit } from './types';
import type { AnalysisTables } from '../tables/buildTables';
import { countsTowardRates } from '../tables/processPage';
import type { CategorySet } from '../lexicon/types';
import { loadLexicon } from '../lexicon/loadLexicon';

/**
 * One `PredictedUnit` per article (reporting) and per comment, with the categories that have at
 * least one counted hit in the unit (negated hits of stance categories do not count). `lexicon`
 * is the one the tables were made with (default: the shipped codebook).
 * @example
 * predictedUnits(result.tables, result.lexicon).find((u) => u.id === '003_64b54956efce23e0' && u.comment === null)
 * // { id: '003_…', comment: null, support: 0, oppose: 2, index: -1, categories: Set {'slogan', …} }
 */
export function predictedUnits(tables: Pick<AnalysisTables, 'articles' | 'comments' | 'hits'>, lexicon: CategorySet = loadLexicon()): PredictedUnit[] {
  const key = (id: string, c: number | null) => `${id}\u0000${c ?? ''}`;
  const cats = new Map<string, Set<string>>();
  for (const h of tables.hits) {
    if (!countsTowardRates(h, lexicon)) continue;
    const k = key(h.id, h.comment);
    let s = cats.get(k);
    if (!s) cats.set(k, (s = new Set()));
    s.add(h.category);
  }
  const units: PredictedUnit[] = [];
  for (const a of tables.articles) {
    units.push({ id: a.id, comment: null, support: a.support, oppose: a.oppose, index: a.stanceIndex, categories: cats.get(key(a.id, null)) ?? new Set() });
  }
  for (const c of tables.comments) {
    units.push({
      id: c.articleId, comment: c.comment, support: c.support, oppose: c.oppose, index: c.stanceIndex,
      categories: cats.get(key(c.articleId, c.comment)) ?? new Set(),
    });
  }
  return units;
}
