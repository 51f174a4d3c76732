/**
 * One page of a run split again, for display (notebook 01's role view): the run's tables keep no
 * lines, so the page's file is read from the corpus folder and split with the outlet the run
 * recorded, by the labeller the run used (the trained one when the row has a `splitConfidence`,
 * which only it gives; else the rules). The file's SHA-256 is checked against the run's sidecar, so the view is of the page
 * that was analyzed, or says why not. Meant for a handful of pages, never for the corpus.
 */
import { choiceOfProvenance, splitOptionsOf } from '../split/splitChoice';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from '../split/types';
import { readInput } from '../corpus/readInput';
import { splitPage, type SplitPageOptions } from '../split/splitPage';
import type { ArticleRow } from '../tables/types';
import type { Run } from './readRun';
import { sqlLiteral } from './stagingCsv';

/** A page split again, or the reason it could not be. */
export interface RunPage {
  /** The page's row in articles, or null when the run has no such id. */
  row: ArticleRow | null;
  /** The split page, or null (see `note`). */
  article: Article | null;
  /** `same file as analyzed`, or what differs or is missing. */
  note: string;
}

/**
 * Splits the page `id` of a run again from `corpus` (its folder), checking the file is the one the
 * run analyzed (sidecar SHA-256) and that the split finds the comments the run counted.
 * @example (await splitRunPage(run, '001_be24e1eb1075d265', 'data/corpus')).article?.comments.length // 2
 */
export async function splitRunPage(run: Run, id: string, corpus: string): Promise<RunPage> {
  const [row] = await run.rows('articles', { where: `id = ${sqlLiteral(id)}`, limit: 1 });
  if (!row) return { row: null, article: null, note: `no article ${id} in the run` };
  const path = join(resolve(corpus), row.file);
  if (!existsSync(path)) return { row, article: null, note: `${row.file} not found in ${corpus} (set KHITAB_CORPUS to the corpus the run read)` };
  const bytes = readFileSync(path);
  const recorded = run.inputSha256(row.file);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (recorded !== undefined && recorded !== sha) return { row, article: null, note: `${row.file} has changed since the run (SHA-256 differs)` };
  const pages = readInput(path, row.file, { bytes }).pages;
  const page = pages.find((p) => p.id === id) ?? (pages.length === 1 ? pages[0] : undefined);
  if (!page) return { row, article: null, note: `${row.file} has no page ${id}` };
  // The labeller the run recorded (older runs: a confidence in the row means the bundled model).
  const choice = run.provenance.split ? choiceOfProvenance(run.provenance.split) : { labeller: row.splitConfidence === null ? 'rules' as const : 'model' as const };
  const article = splitPage({ ...page, meta: page.meta ?? null }, {
    outlet: row.outlet, outletSource: row.outletSource as SplitPageOptions['outletSource'],
    ...splitOptionsOf(choice),
  });
  const notes = [recorded === undefined ? `${row.file} is not in the run's inputs: not checked` : 'same file as analyzed'];
  if (article.comments.length !== row.commentsParsed) notes.push(`split finds ${article.comments.length} comments, the run ${row.commentsParsed}`);
  return { row, article, note: notes.join('; ') };
}
