import type { ArticleRow, CommentRow, HashtagRow, HitRow, KeynessRow, NamingRow, OutletProfileRow } from '../tables/types';
import { plotCategoryRates } from './plotCategoryRates';
import { plotCategoryRatesCI } from './plotCategoryRatesCI';
import { plotCommentVolume } from './plotCommentVolume';
import { plotHashtags } from './plotHashtags';
import { plotKeyness } from './plotKeyness';
import { plotMarkersOverTime } from './plotMarkersOverTime';
import { plotNamingShares } from './plotNamingShares';
import { plotStanceReportingVsComments } from './plotStanceReportingVsComments';
import type { ChartOptions, NamedFigure } from './types';

/** The tables the standard figures are drawn from (a subset of the analysis tables). */
export interface FigureTables {
  articles: ArticleRow[];
  comments: CommentRow[];
  hits: HitRow[];
  outletProfile: OutletProfileRow[];
  naming: NamingRow[];
  keyness: KeynessRow[];
  hashtags: HashtagRow[];
}

/** Options of `standardFigures`. */
export interface StandardFiguresOptions extends ChartOptions {
  /** Keyness comparisons drawn (first ones in table order). Default 6. */
  maxKeyness?: number;
  /** Terms per side of a keyness chart. Default 15. */
  keynessTopN?: number;
}

/** Standard figures plus notes on the ones left out. */
export interface StandardFigures {
  figures: NamedFigure[];
  /** Why a figure is missing (e.g. `hashtags: no rows`). */
  skipped: string[];
}

/**
 * Every standard chart of an analysis, named for files: naming-shares, category-rates,
 * category-rates-ci, stance-reporting-vs-comments, comment-volume, markers-over-time, hashtags and
 * keyness-<n> (the n-th comparison in table order; `about` names it, as outlet ids come from
 * pages). A chart whose table is empty is skipped (and listed in `skipped`).
 * Pure: the same tables give the same specs.
 * @example standardFigures(result.tables).figures.map((f) => f.name) // ['naming-shares', 'category-rates', …]
 */
export function standardFigures(tables: FigureTables, options: StandardFiguresOptions = {}): StandardFigures {
  const figures: NamedFigure[] = [];
  const skipped: string[] = [];
  const chart: ChartOptions = { source: options.source, outletNames: options.outletNames, lexicon: options.lexicon, column: options.column };
  const add = (name: string, rows: unknown[], make: () => NamedFigure['figure']): void => {
    if (rows.length === 0) skipped.push(`${name}: no rows`);
    else figures.push({ name, figure: make() });
  };
  add('naming-shares', tables.naming, () => plotNamingShares(tables.naming, chart));
  add('category-rates', tables.outletProfile, () => plotCategoryRates(tables.outletProfile, chart));
  add('category-rates-ci', tables.outletProfile, () => plotCategoryRatesCI(tables.outletProfile, chart));
  add('stance-reporting-vs-comments', tables.articles, () => plotStanceReportingVsComments(tables.articles, tables.comments, chart));
  add('comment-volume', tables.articles, () => plotCommentVolume(tables.articles, tables.comments, chart));
  add('markers-over-time', tables.hits, () => plotMarkersOverTime(tables.articles, tables.hits, chart));
  add('hashtags', tables.hashtags, () => plotHashtags(tables.hashtags, chart));
  const comparisons = [...new Set(tables.keyness.map((k) => k.comparison))];
  if (comparisons.length === 0) skipped.push('keyness: no rows');
  comparisons.slice(0, options.maxKeyness ?? 6).forEach((c, i) => {
    // Numbered, not named after the comparison: outlet ids come from pages (figures.json maps them).
    figures.push({ name: `keyness-${i + 1}`, about: `keyness: ${c}`, figure: plotKeyness(tables.keyness, c, options.keynessTopN ?? 15, chart) });
  });
  return { figures, skipped };
}
