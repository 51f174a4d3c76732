/**
 * Writing the analysis tables to disk: CSV files with sidecars, written durably, by the CSV and
 * sidecar writers `khitab analyze` uses, so the files are the ones it writes.
 */
import type { SplitProvenance } from '../split/splitChoice';
import { relative, resolve } from 'node:path';
import type { Corpus } from '../corpus/types';
import type { Lexicon } from '../lexicon/types';
import { TABLE_COLUMNS, TABLE_FILES } from '../tables/columns';
import type { AnalysisTables } from '../tables/buildTables';
import { writeTableSet } from './writeTableSet';
import { writeRunXlsx } from './writeRunXlsx';
import type { SidecarInfo } from './sidecar';
import { PAGE_KINDS, type PageKind } from '../split/types';
import type { ArticleRow } from '../tables/types';

/**
 * Pages by kind counted from articles.csv rows (every kind present, zeros included).
 * @example pageKindsOfRows([{pageKind: 'article'}, {pageKind: 'listing'}]) // {article: 1, listing: 1, no_article: 0}
 */
export function pageKindsOfRows(rows: readonly Pick<ArticleRow, 'pageKind'>[]): Record<PageKind, number> {
  const out = Object.fromEntries(PAGE_KINDS.map((k) => [k, 0])) as Record<PageKind, number>;
  for (const r of rows) out[r.pageKind]++;
  return out;
}

const ROOT = resolve(__dirname, '../..');

/** What `writeTables` reads of an analysis (`AnalysisResult` of `analyzeCorpus` has it all). */
export interface TablesToWrite {
  /** The tables as row arrays. */
  tables: AnalysisTables;
  /** The analyzed corpus: its pages' files and hashes, and its rejects, are the sidecars' inputs. */
  corpus: Pick<Corpus, 'pages' | 'rejects'>;
  /** The lexicon used (its files are recorded in the sidecars). */
  lexicon: Pick<Lexicon, 'files'>;
  /** Bootstrap seed and resamples, and which line labeller split the pages (not recorded when absent). */
  info: { seed: number; resamples: number; split?: SplitProvenance };
}

/** Options of `writeTables`. */
export interface WriteTablesOptions {
  /** Add a UTF-8 byte-order mark so Excel opens Arabic correctly. Default false. */
  excel?: boolean;
  /** Also write the workbook `tables.xlsx` (a right-to-left sheet per table, typed cells; `writeRunXlsx`). Default false. */
  xlsx?: boolean;
  /** The command line recorded in the sidecars. Default: none. */
  command?: string;
  /** Normalization options recorded in the sidecars. Default: the matcher's defaults. */
  normalization?: Record<string, unknown>;
}

/**
 * Writes every table of an analysis as `<dir>/<table>.csv` plus `<table>.meta.json`, and the data
 * dictionary `schema.json` (each column's type and meaning, named in every sidecar), through a
 * temporary folder so an interrupted run never leaves a half-written table.
 * @example
 * const files = await writeTables(result, 'outputs');
 * files[0] // '/abs/outputs/articles.csv'; files.at(-1) // '/abs/outputs/schema.json'
 */
export async function writeTables(result: TablesToWrite, dir: string, options: WriteTablesOptions = {}): Promise<string[]> {
  const out = resolve(dir);
  const tables = (Object.keys(TABLE_FILES) as (keyof AnalysisTables)[]).map((k) => ({
    name: TABLE_FILES[k],
    columns: TABLE_COLUMNS[k] as string[],
    rows: result.tables[k] as unknown as Record<string, unknown>[],
  }));
  const inputs: SidecarInfo['inputs'] = result.corpus.pages.map((p) => ({ file: p.file, sha256: p.sha256 }));
  for (const r of result.corpus.rejects) inputs.push({ file: r.file, sha256: null });
  inputs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const sidecar: SidecarInfo = {
    lexicon: result.lexicon.files.map((f) => ({ path: relative(ROOT, f.path) || f.path, sha256: f.sha256, version: f.version })),
    normalization: options.normalization ?? { default: true },
    inputs,
    seed: result.info.seed,
    resamples: result.info.resamples,
    command: options.command ?? null,
    pageKinds: pageKindsOfRows(result.tables.articles),
    split: result.info.split ?? null,
  };
  const files = writeTableSet(out, tables, sidecar, { excel: options.excel ?? false, schema: true });
  if (options.xlsx) files.push((await writeRunXlsx(out)).path);
  return files;
}
