/**
 * Where the analysis engine (`runAnalysis`) puts what it computes: a sink receives each page's
 * output and each reject in corpus order, then the aggregate tables, and makes the run's result.
 * The disk sink (`diskSink`) spills rows to CSV or Parquet and writes tables and sidecars; the
 * memory sink (`memorySink`) keeps typed rows for the in-memory API. One engine feeds both, so
 * both give the same rows.
 */
import type { SplitProvenance } from '../split/splitChoice';
import type { Reject } from '../corpus/types';
import type { Lexicon } from '../lexicon/types';
import type { AnalysisTables } from '../tables/buildTables';
import type { PageOutput, RowEmit } from '../export/pageOutput';
import type { PageKind } from '../split/types';

/** What the engine hands a sink once the pages are done. */
export interface EngineRun {
  /** The aggregate tables (the row tables articles, comments, hits and rejects are empty: they are the sink's). */
  tables: AnalysisTables;
  /** The lexicon used. */
  lexicon: Lexicon;
  /** Pages analyzed. */
  pages: number;
  /**
   * Pages analyzed by kind (`TableBuilder.pageKinds`): only `article` pages are in the aggregate
   * tables; listings and pages without an article are in the row tables only.
   */
  pageKinds: Record<PageKind, number>;
  /** Source bytes analyzed. */
  bytes: number;
  /** Comment rows. */
  comments: number;
  /** Hit rows. */
  hits: number;
  /** Pages whose id an earlier page had (src/run/pageIds.ts). */
  idCollisions: number;
  /** The first `ID_WARNINGS_KEPT` of their warnings, each naming both files, in corpus order. */
  idWarnings: string[];
  /** Which line labeller split the pages, with the model file's and its training set's hashes. */
  split: SplitProvenance;
  /** Reports a step of the finishing work (`AnalyzeEngineOptions.onStep`). */
  step: (message: string) => void;
  /** The run's abort signal, if any. */
  signal?: AbortSignal;
}

/** A consumer of the engine's outputs; `R` is what the run returns. */
export interface AnalysisSink<R> {
  /** The row form the sink wants in each `PageOutput`. */
  readonly emit: RowEmit;
  /** Emit 'rows': whether outputs carry the split page. Default false. */
  readonly keepArticle?: boolean;
  /** One page's output, in corpus order. */
  page(o: PageOutput): void | Promise<void>;
  /** One rejected input (file or JSON-lines record), in corpus order. */
  reject(r: Reject): void;
  /** Called once after the last page, with the aggregate tables; gives the run's result. */
  finish(run: EngineRun): Promise<R>;
  /** Releases what the sink holds (temporary files); called after `finish`, or when the run failed. */
  close(): void;
}
