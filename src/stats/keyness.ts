import { adjustBH } from './adjustBH';
import { chiSquare2x2 } from './chiSquare2x2';
import { logRatio } from './logRatio';
import { pChiSquare } from './pChiSquare';
import { statG2 } from './statG2';

/** One row of a keyness table (the `KeynessRow` of keyness.csv without `comparison`). */
export interface KeynessStat {
  /** The term. */
  term: string;
  /** Count in the target corpus (a). */
  targetCount: number;
  /** Count in the reference corpus (b). */
  referenceCount: number;
  /** Target corpus size (a + c). */
  targetTotal: number;
  /** Reference corpus size (b + d). */
  referenceTotal: number;
  /** Signed G²: negative when the term is relatively more frequent in the reference. */
  g2: number;
  /** Signed Pearson χ², same sign convention. */
  chi2: number;
  /** Hardie's Log Ratio (log₂ of the ratio of relative frequencies, 0.5 zero-correction). */
  logRatio: number;
  /** Upper-tail p-value of |G²| under χ²(1). */
  p: number;
  /** Benjamini–Hochberg adjusted `p` over all rows returned. */
  pAdjusted: number;
}

/** Options of {@link statKeyness}. */
export interface StatKeynessOptions {
  /** Keep only terms whose count in target + reference is at least this. Default 2. */
  minCount?: number;
  /** Target corpus size; default the sum of `target`'s counts (pass the token count when the map holds only some terms). */
  targetTotal?: number;
  /** Reference corpus size; default the sum of `reference`'s counts. */
  referenceTotal?: number;
  /** Correction applied to G²: `'none'` (default) or `'williams'` (Williams 1976). */
  g2Correction?: 'none' | 'williams';
  /** Correction applied to χ²: `'none'` (default) or `'yates'`. */
  chi2Correction?: 'none' | 'yates';
}

function sumCounts(m: Map<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}

/**
 * Keyness of every term of a target corpus against a reference corpus (quanteda's
 * `textstat_keyness`): for each term the 2×2 table a = target count, b = reference count,
 * c = rest of target, d = rest of reference gives G² (Dunning 1993), Pearson χ², Log Ratio
 * (Hardie 2014), the p-value of G² and the Benjamini–Hochberg adjusted p-value.
 *
 * Sign convention (as quanteda): G² and χ² are negative when the term's relative frequency
 * is higher in the reference than in the target, so the table reads top-down from most
 * characteristic of the target to most characteristic of the reference. Rows are sorted
 * by signed G² descending, then by term (code-point order) for ties.
 *
 * @example
 * statKeyness(new Map([['نظام', 10], ['دولة', 2], ['x', 88]]), new Map([['نظام', 1], ['دولة', 9], ['x', 90]]))
 *   .map((r) => [r.term, r.targetCount, r.referenceCount, Math.sign(r.g2)]);
 * // [['نظام', 10, 1, 1], ['x', 88, 90, -1], ['دولة', 2, 9, -1]]
 */
export function statKeyness(
  target: Map<string, number>,
  reference: Map<string, number>,
  options: StatKeynessOptions = {},
): KeynessStat[] {
  const minCount = options.minCount ?? 2;
  const targetTotal = options.targetTotal ?? sumCounts(target);
  const referenceTotal = options.referenceTotal ?? sumCounts(reference);
  const terms = new Set<string>([...target.keys(), ...reference.keys()]);
  const rows: Omit<KeynessStat, 'pAdjusted'>[] = [];
  for (const term of terms) {
    const a = target.get(term) ?? 0;
    const b = reference.get(term) ?? 0;
    if (a + b < minCount || a + b === 0) continue;
    const c = targetTotal - a;
    const d = referenceTotal - b;
    if (c < 0 || d < 0) {
      throw new RangeError(`statKeyness: count of '${term}' exceeds the corpus total (${a}/${targetTotal}, ${b}/${referenceTotal})`);
    }
    const g2 = statG2(a, b, c, d, { williams: options.g2Correction === 'williams' });
    const chi2 = chiSquare2x2(a, b, c, d, { yates: options.chi2Correction === 'yates' });
    const sign = a * (b + d) < b * (a + c) ? -1 : 1;
    rows.push({
      term,
      targetCount: a,
      referenceCount: b,
      targetTotal,
      referenceTotal,
      g2: sign * g2,
      chi2: sign * chi2,
      logRatio: logRatio(a, b, c, d),
      p: pChiSquare(g2, 1),
    });
  }
  rows.sort((x, y) => y.g2 - x.g2 || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
  const adjusted = adjustBH(rows.map((r) => r.p));
  return rows.map((r, i) => ({ ...r, pAdjusted: adjusted[i] }));
}
