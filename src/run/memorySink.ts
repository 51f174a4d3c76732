/**
 * The memory sink of the analysis engine, for the in-memory API (`analyzeCorpus`): each page's
 * typed rows (and, when asked, its split article) are kept and, at the end, put in the order of
 * the tables on disk — pages by id (stably: pages with one id keep their corpus order, as the disk
 * sink's `RowSpill` orders them), each page's rows already in table order.
 */
import type { Reject } from '../corpus/types';
import type { Article } from '../split/types';
import type { AnalysisTables } from '../tables/buildTables';
import type { PageRows } from '../export/pageOutput';
import { compareIds } from '../export/rowSpill';
import { compareRejects } from './rejectLog';
import type { AnalysisSink, EngineRun } from './analysisSink';

/** What the memory sink gives back: every table, and the split articles when kept. */
export interface MemoryRun {
  /** Every table as row arrays. */
  tables: AnalysisTables;
  /** Split articles, ordered by id (empty unless kept). */
  articles: Article[];
  /** The engine's run (lexicon, counts). */
  run: EngineRun;
}

/**
 * A sink that keeps every row in memory.
 * @example (await runAnalysis(jobs, memorySink({keepArticle: true}), {workers: 1})).tables.hits.length // 212
 */
export function memorySink(options: { keepArticle?: boolean } = {}): AnalysisSink<MemoryRun> {
  const pages: PageRows[] = [];
  const ids: string[] = [];
  const rejects: Reject[] = [];
  return {
    emit: 'rows',
    keepArticle: options.keepArticle ?? false,
    page(o) {
      if (!o.rows) throw new Error(`memorySink: the output of ${o.file} carries no rows (emit 'rows' expected)`);
      pages.push(o.rows);
      ids.push(o.id);
    },
    reject: (r) => { rejects.push(r); },
    async finish(run) {
      const order = pages.map((_, i) => i).sort((a, b) => compareIds(ids[a], ids[b]) || a - b);
      const sorted = order.map((i) => pages[i]);
      const tables: AnalysisTables = {
        ...run.tables,
        articles: sorted.map((p) => p.article),
        comments: sorted.flatMap((p) => p.comments),
        hits: sorted.flatMap((p) => p.hits),
        rejects: [...rejects].sort(compareRejects).map((r) => ({ file: r.file, reason: r.reason, detail: r.detail })),
      };
      const articles = sorted.flatMap((p) => (p.split ? [p.split] : []));
      return { tables, articles, run };
    },
    close() { /* nothing held outside memory */ },
  };
}
