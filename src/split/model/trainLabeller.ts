/**
 * Training the line labeller from gold pages: features of every non-blank line (with the page's
 * outlet profile and HTML hints), gold roles as label ids, and the averaged perceptron under the
 * hard constraints. `labellerFromPages` gives the `(pages) => labeller` form that cross-validation
 * uses. The shuffling generator is passed in (`makeRng(seed)`, e.g. stats' `rngMulberry32`).
 */
import type { Role } from '../types';
import { profileForOutlet } from '../profile';
import { splitLineParts } from '../splitLines';
import { pageFeatures } from './features';
import { trainPerceptron, type ChainExample, type ChainWeights } from './perceptron';
import { hardConstraints, MODEL_LABELS, roundWeights, type SplitModel, type SplitTrainOptions } from './splitModel';
import { labelLinesWithModel, type ModelLabels } from './labelLines';
import type { TrainingPage } from './trainingPages';
import { fitTemperature } from './fitTemperature';

/** Default training options. */
export const SPLIT_TRAIN_DEFAULTS: Required<SplitTrainOptions> = { epochs: 10, seed: 1, bits: 16, calibrate: true, ensemble: 4 };

/** Seed step between the perceptrons of an ensemble (member k shuffles with `seed + k · ENSEMBLE_SEED_STEP`). */
const ENSEMBLE_SEED_STEP = 1000;

/**
 * The mean of several weight sets of one shape (an ensemble's members), written into the first.
 * @example averageWeights([w1, w2]).emit[0] // (w1.emit[0] + w2.emit[0]) / 2
 */
export function averageWeights(ws: ChainWeights[]): ChainWeights {
  const [w0, ...rest] = ws;
  if (rest.length === 0) return w0;
  for (const w of rest) {
    for (let q = 0; q < w0.emit.length; q++) w0.emit[q] += w.emit[q];
    for (let q = 0; q < w0.trans.length; q++) w0.trans[q] += w.trans[q];
  }
  for (let q = 0; q < w0.emit.length; q++) w0.emit[q] /= ws.length;
  for (let q = 0; q < w0.trans.length; q++) w0.trans[q] /= ws.length;
  return w0;
}

/** The training sequence of one gold page (non-blank lines only). */
function exampleOf(page: TrainingPage, dim: number): ChainExample {
  const raws = splitLineParts(page.text).texts;
  const pf = pageFeatures(raws, profileForOutlet(page.outlet), dim, page.roleHints);
  const labels = pf.lines.map((i) => {
    const id = MODEL_LABELS.indexOf(page.roles[i]);
    if (id < 0) throw new Error(`${page.name}:${i + 1}: a non-empty line labelled ${page.roles[i]}`);
    return id;
  });
  return { feats: pf.feats, labels };
}

/** Makes the shuffling generator of a seed (uniform [0, 1) numbers), e.g. `rngMulberry32`. */
export type MakeRng = (seed: number) => () => number;

/**
 * Trains a model on gold pages (in the order given; pass them sorted for a reproducible file).
 * `sha256` is the training set's hash (`trainingSetHash`) to record in the model.
 * @example trainSplitModel(readTrainingPages('data/gold/split/dev'), hash, rngMulberry32).labels.length // 11
 */
export function trainSplitModel(pages: TrainingPage[], sha256: string, makeRng: MakeRng, options: SplitTrainOptions = {}): SplitModel {
  const opts = { ...SPLIT_TRAIN_DEFAULTS, ...options };
  const dim = 2 ** opts.bits;
  const examples = pages.map((p) => exampleOf(p, dim));
  const fixed = hardConstraints(MODEL_LABELS);
  // An ensemble of perceptrons that differ only in the order they visit the pages, averaged: one
  // order's accidents (which page came last) weigh less, which holds better on unseen layouts.
  const members = Array.from({ length: Math.max(1, opts.ensemble) }, (_, k) =>
    trainPerceptron(examples, MODEL_LABELS.length, dim, { epochs: opts.epochs, rng: makeRng(opts.seed + k * ENSEMBLE_SEED_STEP), fixed }));
  const weights = roundWeights(averageWeights(members));
  const temperature = opts.calibrate ? fitTemperature(pages, (ps) => trainSplitModel(ps, '', makeRng, { ...opts, calibrate: false })) : 1;
  return { labels: MODEL_LABELS, weights, fixed, trainingSha256: sha256, trainingPages: pages.length, options: opts, temperature };
}

/** A labeller: the roles of a page's lines (what evaluation compares with gold). */
export type PageLabeller = (page: { text: string; outlet: string | null; roleHints?: (Role | null)[] }) => ModelLabels;

/**
 * Trains on `pages` and returns a labeller (the factory form for leave-one-layout-out CV).
 * @example labellerFromPages(train, rngMulberry32)(testPage).roles.length === testPage.roles.length // true
 */
export function labellerFromPages(pages: TrainingPage[], makeRng: MakeRng, options: SplitTrainOptions = {}): PageLabeller {
  const model = trainSplitModel(pages, '', makeRng, { calibrate: false, ...options });
  return (page) => labelLinesWithModel(splitLineParts(page.text).texts, profileForOutlet(page.outlet), model, { roleHints: page.roleHints });
}
