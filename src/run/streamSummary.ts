/**
 * What a run of the disk sink is asked to write (`DiskSinkOptions`) and what it reports having
 * written (`StreamSummary`): the options and result of `analyzeStream` and `khitab analyze`.
 */
import type { AnalysisTables } from '../tables/buildTables';
import type { CategorySet } from '../lexicon/types';
import type { PageKind } from '../split/types';

/** Output format of the row tables (articles, comments, hits). Aggregates are always CSV. */
export type RowTableFormat = 'csv' | 'parquet';

/** Options of the disk sink (`openDiskSink`), part of `AnalyzeStreamOptions`. */
export interface DiskSinkOptions {
  /** Row-table format. Default 'csv'. */
  format?: RowTableFormat;
  /** Start every CSV with a UTF-8 byte-order mark (Excel). Default false. */
  excel?: boolean;
  /** Command line recorded in the sidecars. Default null. */
  command?: string;
  /** Normalization options recorded in the sidecars. Default `{default: true}` (as writeTables). */
  normalization?: Record<string, unknown>;
  /** Sidecar date (ISO). Default: now (sidecars are the only outputs that differ between runs). */
  date?: string;
  /** Bootstrap seed recorded in the sidecars (the engine's `seed`). Default 20230101. */
  seed?: number;
  /** Bootstrap resamples recorded in the sidecars (the engine's `resamples`). Default 1000. */
  resamples?: number;
}

/** What `analyzeStream` wrote. */
export interface StreamSummary {
  /** Pages analyzed. */
  pages: number;
  /**
   * Pages analyzed by kind. Only `article` pages are in the aggregate tables; the others (listings,
   * pages without an article) were left out of them and are in the row tables only, with
   * `pageKind` and `pageKindReason` in articles.csv saying why.
   */
  pageKinds: Record<PageKind, number>;
  /** Inputs rejected (files, and JSON-lines records): the rows of `rejects.csv`. */
  rejects: number;
  /** Rejects by reason (`duplicate`, `empty`, `too_large`, …), in the order each reason was first met. */
  rejectReasons: Record<string, number>;
  /** Source bytes analyzed. */
  bytes: number;
  /** Comment and hit rows written. */
  comments: number;
  hits: number;
  /** Files written (absolute paths): each table then its sidecar, in table order. */
  files: string[];
  /** Lexicon version string. */
  lexiconVersion: string;
  /** The categories and naming dimensions of the lexicon used (labels and order for figures). */
  categories: CategorySet;
  /**
   * The aggregate tables (small), e.g. for figures. The row tables — articles, comments, hits and
   * rejects, one row per page, comment, hit or rejected input — are on disk only.
   */
  aggregates: Omit<AnalysisTables, 'articles' | 'comments' | 'hits' | 'rejects'>;
  /** Pages whose id an earlier page had: their rows are told apart by `file` (src/run/pageIds.ts). */
  idCollisions: number;
  /** The first of those warnings (at most 100), each naming both files, in corpus order. */
  idWarnings: string[];
  /** Temporary folders of killed runs found in `out` and removed (`removeStaleTempFolders`). */
  removedTempFolders: string[];
  /**
   * `analyzeFolder`: the output folder, relative to the corpus folder, when it lies inside it — its
   * files were left out of the corpus (`outputFolderInCorpus`); otherwise (and from `analyzeStream`) null.
   */
  outputInCorpus: string | null;
}

/**
 * The summary line about pages left out of the aggregate tables, or null when every page is an
 * article: how many of each other kind, and where to see why.
 * @example leftOutOfAggregatesLine({article: 5, listing: 2, no_article: 1})
 * // 'left out of the aggregate tables: 2 listing pages, 1 page with no article (not articles; each is in the articles table with pageKind and pageKindReason, its comments and hits in the comments and hits tables)'
 */
export function leftOutOfAggregatesLine(pageKinds: Record<PageKind, number>): string | null {
  const parts: string[] = [];
  if (pageKinds.listing) parts.push(`${pageKinds.listing} listing page${pageKinds.listing === 1 ? '' : 's'}`);
  if (pageKinds.no_article) parts.push(`${pageKinds.no_article} page${pageKinds.no_article === 1 ? '' : 's'} with no article`);
  if (!parts.length) return null;
  return `left out of the aggregate tables: ${parts.join(', ')} (not articles; each is in the articles table with pageKind and pageKindReason, its comments and hits in the comments and hits tables)`;
}
