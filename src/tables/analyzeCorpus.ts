/**
 * The main job as a function: a corpus in, every analysis table out.
 */
import type { Corpus } from '../corpus/types';
import type { Article } from '../split/types';
import type { Lexicon } from '../lexicon/types';
import { loadLexicon, lexiconPathsWith } from '../lexicon/loadLexicon';
import { campsOfOutlets } from '../corpus/outlets';
import { processPage } from './processPage';
import { TableBuilder, type AnalysisTables, type BuildTablesOptions } from './buildTables';
import { toDataFrames, type AnalysisFrames } from './toDataFrames';

/** Options of `analyzeCorpus`. */
export interface AnalyzeOptions extends BuildTablesOptions {
  /** A loaded lexicon, or lexicon files to load after the shipped codebook. Default: the shipped codebook. */
  lexicon?: Lexicon | string[];
  /** Keep the split articles in the result (notebooks want them; large corpora do not). Default true. */
  keepArticles?: boolean;
  /** Called after each page with the pages done, the total and the bytes done. */
  onProgress?: (done: number, total: number, bytes: number) => void;
}

/** Provenance of an analysis: what a table was computed from. */
export interface AnalysisInfo {
  /** Bootstrap seed. */
  seed: number;
  /** Bootstrap resamples. */
  resamples: number;
  /** Lexicon version(s), joined with `+`. */
  lexiconVersion: string;
  /** Absolute path of the corpus root. */
  corpusRoot: string;
  /** Pages analyzed. */
  pages: number;
  /** Files rejected. */
  rejected: number;
}

/** Everything `analyzeCorpus` produces. */
export interface AnalysisResult {
  /** The tables as row arrays. */
  tables: AnalysisTables;
  /** Split articles (empty when `keepArticles` is false), ordered by id. */
  articles: Article[];
  /** The corpus that was analyzed. */
  corpus: Corpus;
  /** The lexicon used. */
  lexicon: Lexicon;
  /** Provenance. */
  info: AnalysisInfo;
  /**
   * The tables as named danfojs DataFrames (`frames().naming`, …), built on first call and cached;
   * danfojs-node loads then (about 2 s), so code that only needs rows never pays for it.
   */
  frames(): AnalysisFrames;
}

/**
 * Splits every page, matches the lexicon and builds the tables of the analysis.
 * @example
 * const corpus = await loadCorpus('data/corpus');
 * const result = await analyzeCorpus(corpus, {seed: 1, resamples: 1000});
 * result.tables.articles.length // 5
 * result.frames().naming.shape   // [45, 6]
 */
export async function analyzeCorpus(corpus: Corpus, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const lexicon = resolveLexicon(options.lexicon);
  const camps = campsOfOutlets();
  const builder = new TableBuilder(lexicon, options);
  const keep = options.keepArticles ?? true;
  const articles: Article[] = [];
  let bytes = 0;
  corpus.pages.forEach((page, i) => {
    const r = processPage(page, lexicon, { camps, keepArticle: keep });
    builder.add(r);
    if (r.article) articles.push(r.article);
    bytes += page.bytes;
    options.onProgress?.(i + 1, corpus.pages.length, bytes);
  });
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tables = builder.finish(corpus.rejects);
  let frames: AnalysisFrames | null = null;
  return {
    tables, articles, corpus, lexicon,
    frames: () => (frames ??= toDataFrames(tables)),
    info: {
      seed: options.seed ?? 20230101,
      resamples: options.resamples ?? 1000,
      lexiconVersion: lexiconVersion(lexicon),
      corpusRoot: corpus.root,
      pages: corpus.pages.length,
      rejected: corpus.rejects.length,
    },
  };
}

/** The lexicon to use: given, or the shipped codebook plus extra files. */
export function resolveLexicon(lexicon: Lexicon | string[] | undefined): Lexicon {
  if (lexicon && !Array.isArray(lexicon)) return lexicon;
  return loadLexicon(lexiconPathsWith(lexicon ?? []));
}

/**
 * The version string of a lexicon: each file's declared version (or the first 12 hex digits of its
 * hash), joined with `+`.
 * @example lexiconVersion(loadLexicon()) // 'codebook@1.0.0'
 */
export function lexiconVersion(lexicon: Lexicon): string {
  return lexicon.files
    .map((f) => `${f.path.replace(/^.*\//, '').replace(/\.[^.]+$/, '')}@${f.version ?? f.sha256.slice(0, 12)}`)
    .join('+');
}
