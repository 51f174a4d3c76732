/**
 * Leave-one-layout-out cross-validation of a labeller factory: for each layout family, train on
 * the pages of the other families and test on that family's pages, then report every fold, the
 * mean over families and the worst family. Layout families, not random pages, are held out
 * because a splitter must cope with layouts it has never seen.
 */
import type { SplitGoldPage } from '../split/readSplitGoldTypes';
import { evalSplit, share, worstGroup } from './evalSplit';
import type { LabellerFactory, SplitCvReport } from './evalSplitTypes';

/**
 * Runs one fold per layout family (in name order). A factory that does not train (the rule
 * splitter) gives the same labeller to every fold, so the folds are its per-family figures; the
 * report's `note` says so. Pages that fail to score are left out of their fold's figures.
 * @example crossValidateLayouts(pages, ruleSplitter).note // 'rule splitter: no training; per-family figures'
 */
export function crossValidateLayouts(pages: readonly SplitGoldPage[], factory: LabellerFactory): SplitCvReport {
  const layouts = [...new Set(pages.map((p) => p.layout))].sort();
  const folds: SplitCvReport['folds'] = [];
  for (const layout of layouts) {
    const train = pages.filter((p) => p.layout !== layout);
    const test = pages.filter((p) => p.layout === layout);
    const r = evalSplit(test, { labeller: factory.train(train), name: factory.name });
    const { lineAccuracy, pagesExact, commentCountExact, titlesRight, phantomComments } = r;
    folds.push({ layout, pages: r.pages, trainPages: train.length, lineAccuracy, pagesExact, commentCountExact, titlesRight, phantomComments });
  }
  const values = folds.map((f) => f.lineAccuracy.value).filter((v): v is number => v !== null);
  const worst = worstGroup(folds);
  const sum = (f: (g: (typeof folds)[number]) => number): number => folds.reduce((a, g) => a + f(g), 0);
  const pooled: SplitCvReport['pooled'] = {
    lineAccuracy: share(sum((g) => g.lineAccuracy.count), sum((g) => g.lineAccuracy.total)),
    commentCountExact: share(sum((g) => g.commentCountExact.count), sum((g) => g.commentCountExact.total)),
    phantomComments: { comments: sum((g) => g.phantomComments.comments), pages: sum((g) => g.phantomComments.pages) },
    titlesRight: share(sum((g) => g.titlesRight.count), sum((g) => g.titlesRight.total)),
    pagesExact: share(sum((g) => g.pagesExact.count), sum((g) => g.pagesExact.total)),
  };
  return {
    labeller: factory.name,
    trains: factory.trains,
    note: factory.trains
      ? `${factory.name}: trained on the other families, tested on each held-out family`
      : `${factory.name}: no training; per-family figures`,
    folds,
    meanLineAccuracy: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
    worst: worst ? { layout: worst.layout, lineAccuracy: worst.lineAccuracy.value! } : null,
    pooled,
  };
}
