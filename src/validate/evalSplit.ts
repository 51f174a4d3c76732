/**
 * The splitter measured against gold line roles (data/gold/split/): per-role precision, recall
 * and F1, line accuracy, pages fully right, comment counts, phantom comments, titles, page kind,
 * overall and per layout family. The figures describe; they are not a pass/fail test.
 */
import { ROLES, type Role } from '../corpus/types';
import type { SplitGoldPage } from '../split/readSplitGoldTypes';
import { precisionRecallF1 } from '../stats/precisionRecallF1';
import { scoreSplitPage } from './evalSplitPage';
import { ruleSplitter } from './evalSplitRule';
import type { Labeller, Share, SplitEvalReport, SplitGroupScore, SplitPageScore } from './evalSplitTypes';

/** Options of `evalSplit`. */
export interface EvalSplitOptions {
  /** The labeller measured. Default: the rule splitter (`splitPage`). */
  labeller?: Labeller;
  /** Its name in the report. Default: `rule splitter` (or `labeller` when one is given). */
  name?: string;
}

/**
 * `count` out of `total` with the share.
 * @example share(8, 10) // {count: 8, total: 10, value: 0.8}
 */
export function share(count: number, total: number): Share {
  return { count, total, value: total === 0 ? null : count / total };
}

/**
 * The figures of a group of scored pages (all, a family, a fold), labelled `layout`.
 * @example groupScore('plain-wire', scores).lineAccuracy // {count: 18, total: 20, value: 0.9}
 */
export function groupScore(layout: string, scores: readonly SplitPageScore[]): SplitGroupScore {
  const sum = (f: (s: SplitPageScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const count = (f: (s: SplitPageScore) => boolean): number => scores.filter(f).length;
  const noGold = scores.filter((s) => s.comments.gold === 0 && s.comments.pred > 0);
  return {
    layout,
    pages: scores.length,
    lineAccuracy: share(sum((s) => s.correct), sum((s) => s.lines)),
    pagesExact: share(count((s) => s.exact), scores.length),
    commentCountExact: share(count((s) => s.comments.gold === s.comments.pred), scores.length),
    titlesRight: share(count((s) => s.title.right), scores.length),
    phantomComments: { comments: noGold.reduce((a, s) => a + s.comments.pred, 0), pages: noGold.length },
  };
}

/**
 * The group with the lowest line accuracy (ties: the first), or null when none has lines.
 * @example worstGroup([{layout:'a', lineAccuracy:{value:0.9}}, {layout:'b', lineAccuracy:{value:0.5}}]) // the 'b' group
 */
export function worstGroup<G extends Pick<SplitGroupScore, 'lineAccuracy'>>(groups: readonly G[]): G | null {
  let worst: G | null = null;
  for (const g of groups) {
    if (g.lineAccuracy.value === null) continue;
    if (worst === null || g.lineAccuracy.value < worst.lineAccuracy.value!) worst = g;
  }
  return worst;
}

/**
 * Evaluates a labeller on gold pages. Line accuracy counts the non-blank gold lines given their
 * gold role; a gold line of a saved page that khitab's HTML reader dropped is scored as
 * `boilerplate` (it never reaches the analysis: right for chrome, wrong for text the reader lost;
 * `alignment` counts both). Blank lines are reported apart (`blankLines`), since every splitter
 * gets them right. Per-role precision/recall/F1 run over the aligned lines, where an extra khitab
 * line is a false positive of its role. A page that cannot be scored goes to `failed` with its reason.
 * @example evalSplit(readSplitGoldDir('test/fixtures/gold-split').pages).lineAccuracy // {count: 19, total: 21, value: 0.905} (rule splitter)
 */
export function evalSplit(pages: readonly SplitGoldPage[], options: EvalSplitOptions = {}): SplitEvalReport {
  const labeller = options.labeller ?? ruleSplitter.train([]);
  const scores: SplitPageScore[] = [];
  const failed: SplitEvalReport['failed'] = [];
  for (const p of pages) {
    try {
      scores.push(scoreSplitPage(p, labeller));
    } catch (e) {
      failed.push({ file: p.file, reason: (e as Error).message });
    }
  }
  const gold: (Role | null)[] = [];
  const pred: (Role | null)[] = [];
  for (const s of scores) for (const l of s.scored) { gold.push(l.gold); pred.push(l.pred); }
  const roles = ROLES.filter((r) => r !== 'blank').map((role) => ({ role, ...precisionRecallF1(gold, pred, role) }));
  const layouts = [...new Set(scores.map((s) => s.layout))].sort();
  const families = layouts.map((l) => groupScore(l, scores.filter((s) => s.layout === l)));
  const withKind = scores.filter((s) => s.kind.pred !== undefined);
  return {
    labeller: options.name ?? (options.labeller ? 'labeller' : ruleSplitter.name),
    ...groupScore('all', scores),
    roles,
    blankLines: share(scores.reduce((a, s) => a + s.blank.correct, 0), scores.reduce((a, s) => a + s.blank.total, 0)),
    alignment: { missing: scores.reduce((a, s) => a + s.missing, 0), missingText: scores.reduce((a, s) => a + s.missingText, 0), extra: scores.reduce((a, s) => a + s.extra, 0), moved: scores.reduce((a, s) => a + s.moved, 0), rewritten: scores.reduce((a, s) => a + s.rewritten, 0) },
    kind: withKind.length === 0 ? null : share(withKind.filter((s) => s.kind.pred === s.kind.gold).length, scores.length),
    families,
    worstFamily: worstGroup(families)?.layout ?? null,
    failed,
    perPage: scores.map((s) => ({ file: s.file, layout: s.layout, correct: s.correct, lines: s.lines, exact: s.exact })),
  };
}
