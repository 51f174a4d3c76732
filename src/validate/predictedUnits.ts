/**
 * The toolkit's labels per unit (an article's reporting, or one comment), as validation needs them.
 */
import type { PredictedUnit } from './types';
import type { AnalysisTables } from '../tables/buildTables';
import { countsTowardRates } from '../tables/processPage';
import type { CategorySet } from '../lexicon/types';
import { loadLexicon } from '../lexicon/loadLexicon';
import { stanceSign } from '../lexicon/categoryOf';
import type { HitRow } from '../tables/types';

/** Options of {@link predictedUnits}. */
export interface PredictedUnitsOptions {
  /**
   * Which units: `segments` (each page's reporting and each comment; default), `hits` (each marker
   * hit, see {@link predictedHitUnits}: for coding sheets sampled by hit) or `all` (both).
   */
  units?: 'segments' | 'hits' | 'all';
}

/**
 * One `PredictedUnit` per article (reporting) and per comment, with the categories that have at
 * least one counted hit in the unit (negated hits of stance categories do not count); with
 * `units: 'hits'` or `'all'`, per marker hit too. `lexicon` is the one the tables were made with
 * (default: the shipped codebook).
 * @example
 * predictedUnits(result.tables, result.lexicon).find((u) => u.id === '003_64b54956efce23e0' && u.comment === null)
 * // { id: '003_…', comment: null, support: 0, oppose: 2, index: -1, categories: Set {'slogan', …} }
 */
export function predictedUnits(
  tables: Pick<AnalysisTables, 'articles' | 'comments' | 'hits'>, lexicon: CategorySet = loadLexicon(), options: PredictedUnitsOptions = {},
): PredictedUnit[] {
  const which = options.units ?? 'segments';
  const hitUnits = which === 'segments' ? [] : predictedHitUnits(tables.hits, lexicon);
  if (which === 'hits') return hitUnits;
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
  return [...units, ...hitUnits];
}

/**
 * One `PredictedUnit` per marker hit, for coding sheets sampled by hit (`khitab sample --unit
 * hits`): unit id `ID:LINE:COL:MARKER`, support or oppose 1 when the hit counts toward the stance
 * of its unit (a stance category, not negated), so its label is what the hit adds to the unit's
 * stance; a hit of any other category, or a negated stance hit, is neutral.
 * @example
 * predictedHitUnits(result.tables.hits, result.lexicon)[0]
 * // { id: '000_…', comment: null, unit: '000_…:1:1:slogan_lan_nusalih', support: 0, oppose: 1, index: -1, categories: Set {'slogan'} }
 */
export function predictedHitUnits(hits: readonly HitRow[], lexicon: CategorySet = loadLexicon()): PredictedUnit[] {
  return hits.map((h) => {
    const sign = countsTowardRates(h, lexicon) ? stanceSign(lexicon, h.category) : 0;
    return {
      id: h.id, comment: h.comment, unit: `${h.id}:${h.line}:${h.col}:${h.marker}`, support: sign > 0 ? 1 : 0, oppose: sign < 0 ? 1 : 0,
      index: sign === 0 ? null : sign, categories: new Set([h.category]),
    };
  });
}
