/**
 * The trained line labeller as a labeller factory for `khitab eval split`: `train` fits a model on
 * the gold pages it is given (the other layout families, in cross-validation) and labels pages
 * with it; `bundledModel` labels with the shipped `data/models/split-lines.json`.
 */
import { splitPage } from '../split/splitPage';
import { trainingPageOf } from '../split/model/trainingPages';
import { trainSplitModel } from '../split/model/trainLabeller';
import { loadSplitModel, type SplitModel } from '../split/model/splitModel';
import { rngMulberry32 } from '../stats/rngMulberry32';
import type { Labeller, LabellerFactory } from './evalSplitTypes';

/** Labels pages with a given model through the splitter's model path. */
function modelLabeller(model: SplitModel): Labeller {
  return (page) => splitPage(page, { labeller: 'model', model });
}

/**
 * The trained labeller: each fold trains a model on its pages (sorted by file, seeded), so the
 * held-out family is never seen in training.
 * @example crossValidateLayouts(pages, trainedLabeller).note // null (trains per fold)
 */
export const trainedLabeller: LabellerFactory = {
  name: 'trained line labeller',
  trains: true,
  train: (pages) => {
    const sorted = [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    // No confidence calibration in a fold: it would train once more per family, and the figures
    // compared here (roles, titles, comment counts) do not depend on it.
    return modelLabeller(trainSplitModel(sorted.map(trainingPageOf), '', rngMulberry32, { calibrate: false }));
  },
};

/**
 * The shipped model (`data/models/split-lines.json`), for evaluating it as it is.
 * @example evalSplit(pages, { labeller: bundledModel(), name: 'bundled model' })
 */
export function bundledModel(): Labeller {
  return modelLabeller(loadSplitModel());
}
