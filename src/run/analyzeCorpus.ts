/**
 * The main job as a function, for notebooks and user code: a corpus in memory in, every analysis
 * table out — the analysis engine (`runAnalysis`, the one `khitab analyze` runs) with the memory
 * sink, so its rows are the rows `khitab analyze` writes.
 */
import type { SplitProvenance } from '../split/splitChoice';
import type { Corpus } from '../corpus/types';
import type { CorpusJob } from '../corpus/streamCorpus';
import type { Article, PageKind } from '../split/types';
import type { Lexicon } from '../lexicon/types';
import { resolveLexicon, lexiconVersion } from '../lexicon/resolveLexicon';
import type { AnalysisTables, BuildTablesOptions } from '../tables/buildTables';
import { toDataFrames, type AnalysisFrames } from '../tables/toDataFrames';
import { shownAsTable } from '../charts/shownAsTable';
import { runAnalysis, type AnalyzeEngineOptions } from './runAnalysis';
import { memorySink } from './memorySink';

/** Options of `analyzeCorpus`. */
export interface AnalyzeOptions extends BuildTablesOptions, Pick<AnalyzeEngineOptions, 'batchPages' | 'batchBytes' | 'kwicWindow' | 'signal' | 'split'> {
  /** A loaded lexicon, or lexicon files to load after the shipped codebook. Default: the shipped codebook. */
  lexicon?: Lexicon | string[];
  /** Keep the split articles in the result (notebooks want them; large corpora do not). Default true. */
  keepArticles?: boolean;
  /** Called after each batch of pages with the pages done, the total and the bytes done. */
  onProgress?: (done: number, total: number, bytes: number) => void;
  /** Worker threads (the pages are copied to them). Default 1: in the calling thread. Batching, KWIC window and signal: as `analyzeStream`. */
  workers?: number;
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
  /** Pages by kind: only `article` pages are in the aggregate tables (see `StreamSummary.pageKinds`). */
  pageKinds: Record<PageKind, number>;
  /** Files rejected. */
  rejected: number;
  /** Which line labeller split the pages. */
  split: SplitProvenance;
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
   * danfojs-node loads then (about 2 s), so code that only needs rows never pays for it. A notebook
   * cell that ends with a frame draws it as an HTML table (`shownAsTable`).
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
  function* jobs(): Generator<CorpusJob> {
    for (const page of corpus.pages) yield { kind: 'page', page };
    for (const reject of corpus.rejects) yield { kind: 'reject', reject };
  }
  const total = corpus.pages.length;
  const { tables, articles, run } = await runAnalysis(jobs(), memorySink({ keepArticle: options.keepArticles ?? true }), {
    ...options, lexicon, workers: options.workers ?? 1,
    onProgress: options.onProgress && ((pages, bytes) => options.onProgress!(pages, total, bytes)),
  });
  let frames: AnalysisFrames | null = null;
  return {
    tables, articles, corpus, lexicon,
    frames: () => {
      if (frames === null) {
        frames = toDataFrames(tables);
        for (const f of Object.values(frames)) shownAsTable(f);
      }
      return frames;
    },
    info: {
      seed: options.seed ?? 20230101,
      resamples: options.resamples ?? 1000,
      lexiconVersion: lexiconVersion(lexicon),
      corpusRoot: corpus.root,
      pages: corpus.pages.length,
      pageKinds: run.pageKinds,
      rejected: corpus.rejects.length,
      split: run.split,
    },
  };
}
