/**
 * The rule splitter as a labeller factory: it learns nothing from training pages, so every
 * cross-validation fold measures the same splitter on its held-out family. A trained line
 * labeller plugs in beside it with the same `LabellerFactory` shape.
 */
import { splitPage } from '../split/splitPage';
import type { LabellerFactory } from './evalSplitTypes';

/**
 * Today's rule splitter (`splitPage`: outlet detection, the outlet's profile, role hints of saved
 * HTML). `train` ignores its pages.
 * @example ruleSplitter.train([])(page).lines.length // the page's line count
 */
export const ruleSplitter: LabellerFactory = {
  name: 'rule splitter',
  trains: false,
  train: () => (page) => splitPage(page),
};
