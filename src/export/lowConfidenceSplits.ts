/**
 * The pages of a run whose split the trained labeller was unsure of (warning
 * `low_confidence_split`), with the lines it was least sure of, for checking by eye in notebook 01.
 * The run's tables keep each page's split confidence but no lines, so the flagged pages (a
 * handful, never the corpus) are split again from the corpus folder (`splitRunPage`).
 */
import type { Article } from '../split/types';
import { loadPageKindRules } from '../split/pageKindRules';
import { LOW_CONFIDENCE_SPLIT } from '../split/withPageKind';
import type { Run } from './readRun';
import { splitRunPage } from './splitRunPage';

/** One flagged page. */
export interface LowConfidenceSplitRow {
  /** Page id. */
  id: string;
  /** Source file, relative to the corpus folder. */
  file: string;
  /** Outlet id, or null. */
  outlet: string | null;
  /** The page's split confidence (articles.csv `splitConfidence`: the mean of its least sure lines). */
  splitConfidence: number | null;
  /** The least sure lines, `line N role p: text`, joined with ` | ` (empty when the page could not be split again). */
  uncertainLines: string;
  /** `same file as analyzed`, or why the lines could not be shown (see `splitRunPage`). */
  note: string;
}

/** Options of `lowConfidenceSplits`. */
export interface LowConfidenceSplitsOptions {
  /** Lines below this probability are uncertain. Default: `lowConfidence` of data/split-page-kinds.yaml (0.5). */
  threshold?: number;
  /** Pages listed at most, least sure first. Default 40. */
  limit?: number;
  /** Uncertain lines shown per page at most, least sure first. Default 5. */
  maxLines?: number;
  /** Characters of each line shown. Default 80. */
  lineChars?: number;
}

/** The flagged pages and what to say about them. */
export interface LowConfidenceSplits {
  /** Pages of the run with the `low_confidence_split` warning. */
  total: number;
  /** Pages of the run with a split confidence at all (split by the trained labeller). */
  withConfidence: number;
  /** The first `limit` flagged pages, least sure first. */
  rows: LowConfidenceSplitRow[];
  /** One sentence for the notebook: how many pages are listed, or why the list is empty. */
  message: string;
}

/**
 * The uncertain lines of a split page: non-blank lines whose `confidence` is below `threshold`,
 * least sure first (then by line), as `line N role p: text`.
 * @example uncertainLinesOf(article, 0.6) // ['line 7 comment_body 0.41: والله ما حدا…', 'line 3 title 0.55: عاجل']
 */
export function uncertainLinesOf(article: Pick<Article, 'lines'>, threshold: number, maxLines = 5, lineChars = 80): string[] {
  const lines = article.lines.filter((l) => l.confidence !== undefined && l.confidence < threshold && l.text.trim() !== '');
  lines.sort((a, b) => a.confidence! - b.confidence! || a.n - b.n);
  return lines.slice(0, maxLines).map((l) => {
    const t = l.text.trim();
    return `line ${l.n} ${l.role} ${l.confidence!.toFixed(2)}: ${t.length > lineChars ? `${t.slice(0, lineChars)}…` : t}`;
  });
}

/**
 * Lists the run's pages with a `low_confidence_split` warning (id, file, outlet, split
 * confidence, the uncertain lines), least sure first; `corpus` is the folder the run read. With the
 * rule labeller no page has a confidence and the list is empty; `message` says so in words.
 * @example
 * const low = await lowConfidenceSplits(await openRun('outputs'), 'data/corpus');
 * low.message // 'No page has a split confidence: this run's pages were split by the rule labeller, …'
 */
export async function lowConfidenceSplits(run: Run, corpus: string, options: LowConfidenceSplitsOptions = {}): Promise<LowConfidenceSplits> {
  const threshold = options.threshold ?? loadPageKindRules().lowConfidence;
  const flagged = `contains(warnings, '${LOW_CONFIDENCE_SPLIT}')`;
  const [{ total, withConfidence }] = await run.query<{ total: number; withConfidence: number }>(
    `SELECT count(*) FILTER (WHERE ${flagged}) AS total, count(splitConfidence) AS withConfidence FROM articles`);
  const picked = total === 0 ? [] : await run.rows('articles', {
    columns: ['id'], where: flagged, orderBy: 'splitConfidence, id', limit: options.limit ?? 40,
  });
  const rows: LowConfidenceSplitRow[] = [];
  for (const { id } of picked) {
    const p = await splitRunPage(run, id, corpus);
    rows.push({
      id, file: p.row?.file ?? '', outlet: p.row?.outlet ?? null, splitConfidence: p.row?.splitConfidence ?? null,
      uncertainLines: p.article ? uncertainLinesOf(p.article, threshold, options.maxLines, options.lineChars).join(' | ') : '',
      note: p.note,
    });
  }
  const message = withConfidence === 0
    ? `No page has a split confidence: this run's pages were split by the rule labeller, which gives no probabilities, so no page is flagged ${LOW_CONFIDENCE_SPLIT} and there is nothing to list here. Pages split by the trained labeller whose least sure lines average below ${threshold} are listed here.`
    : total === 0
      ? `None of the ${withConfidence} pages split by the trained labeller is flagged ${LOW_CONFIDENCE_SPLIT} (least sure lines averaging below ${threshold}).`
      : `${total} of ${withConfidence} pages split by the trained labeller are flagged ${LOW_CONFIDENCE_SPLIT} (least sure lines averaging below ${threshold})${rows.length < total ? `; the ${rows.length} least sure are listed` : ''}.`;
  return { total, withConfidence, rows, message };
}
