/**
 * The trained line labeller as data: its labels, feature-space size, weights, hard constraints and
 * the SHA-256 of the gold set it was trained on, with the JSON form of `data/models/split-lines.json`
 * (one weight row per line, rounded, so the same training gives a byte-identical file).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROLES, type Role } from '../types';
import type { ChainWeights } from './perceptron';

/** The model file bundled with khitab. */
export const DEFAULT_SPLIT_MODEL = resolve(__dirname, '../../../data/models/split-lines.json');

/** Format id written in (and required of) a model file. */
export const SPLIT_MODEL_FORMAT = 'khitab-split-lines/1';

/** The labels the model predicts: every role but `blank` (an empty line is always `blank`). */
export const MODEL_LABELS: Role[] = ROLES.filter((r) => r !== 'blank');

/** Training options recorded in the model (no dates, so the file is reproducible). */
export interface SplitTrainOptions {
  /** Perceptron passes. Default 10. */
  epochs?: number;
  /** Shuffling seed. Default 1. */
  seed?: number;
  /** Feature space size is 2^bits. Default 16. */
  bits?: number;
  /** Whether to fit the confidence temperature on held-out layouts (one training per family). Default true. */
  calibrate?: boolean;
  /** Perceptrons trained on different page orders (seeds `seed`, `seed + 1000`, …) whose weights are averaged. Default 4. */
  ensemble?: number;
}

/** A trained labeller. */
export interface SplitModel {
  /** Labels, index = label id. */
  labels: Role[];
  /** Weights (emission and transition). */
  weights: ChainWeights;
  /** Fixed transition scores (0 or −Infinity), `(R + 1) · R`: the hard constraints. */
  fixed: Float64Array;
  /** SHA-256 of the training set (sorted file names + contents). */
  trainingSha256: string;
  /** Number of training pages. */
  trainingPages: number;
  /** The options it was trained with (defaults filled in). */
  options: Required<SplitTrainOptions>;
  /** Divisor of the scores for `confidence` (fitted on held-out layouts; 1 = none). */
  temperature: number;
}

/** Labels a page may not open with: a reader comment never comes first. */
const NOT_FIRST: Role[] = ['comment_author', 'comment_meta', 'comment_body'];

/**
 * The hard constraints over `labels` as fixed transition scores: the start row forbids comment roles.
 * @example hardConstraints(MODEL_LABELS)[MODEL_LABELS.length ** 2 + MODEL_LABELS.indexOf('comment_body')] // -Infinity
 */
export function hardConstraints(labels: Role[]): Float64Array {
  const R = labels.length;
  const fixed = new Float64Array((R + 1) * R);
  for (const r of NOT_FIRST) fixed[R * R + labels.indexOf(r)] = -Infinity;
  return fixed;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4 || 0;

/**
 * Rounds weights to 4 decimals in place (what the file keeps), so a model in memory labels exactly
 * as the same model read back from its file.
 * @example roundWeights(w).emit[0] // 0.3333 for 1/3
 */
export function roundWeights(w: ChainWeights): ChainWeights {
  for (let q = 0; q < w.emit.length; q++) w.emit[q] = round(w.emit[q]);
  for (let q = 0; q < w.trans.length; q++) w.trans[q] = round(w.trans[q]);
  return w;
}

/**
 * The model file's text: a JSON object whose `emit` rows `[feature, w_0 … w_{R−1}]` list only
 * features with a non-zero weight, one row per line.
 * @example JSON.parse(splitModelToJson(model)).format // 'khitab-split-lines/1'
 */
export function splitModelToJson(model: SplitModel): string {
  const { R, dim, emit, trans } = model.weights;
  const rows: string[] = [];
  for (let f = 0; f < dim; f++) {
    const row = Array.from(emit.subarray(f * R, f * R + R));
    if (row.some((x) => x !== 0)) rows.push(JSON.stringify([f, ...row]));
  }
  const transRows: string[] = [];
  for (let s = 0; s <= R; s++) transRows.push(JSON.stringify(Array.from(trans.subarray(s * R, s * R + R))));
  const head = {
    format: SPLIT_MODEL_FORMAT, labels: model.labels, dim,
    training: { sha256: model.trainingSha256, pages: model.trainingPages, options: model.options },
    temperature: model.temperature,
    constraints: 'a page does not open with comment_author, comment_meta or comment_body; an empty line is blank',
  };
  const h = JSON.stringify(head, null, 1).replace(/\n}$/, '');
  return `${h},\n "trans": [\n${transRows.join(',\n')}\n ],\n "emit": [\n${rows.join(',\n')}\n ]\n}\n`;
}

/**
 * Reads a model from its JSON text; throws on another format or inconsistent sizes.
 * @example splitModelFromJson(splitModelToJson(model)).weights.dim === model.weights.dim // true
 */
export function splitModelFromJson(text: string): SplitModel {
  const j = JSON.parse(text);
  if (j.format !== SPLIT_MODEL_FORMAT) throw new Error(`not a ${SPLIT_MODEL_FORMAT} model file (format: ${j.format})`);
  const labels = j.labels as Role[];
  const R = labels.length;
  const dim = Number(j.dim);
  const emit = new Float64Array(dim * R);
  for (const row of j.emit as number[][]) {
    if (row.length !== R + 1 || row[0] < 0 || row[0] >= dim) throw new Error(`bad emission row for feature ${row[0]}`);
    emit.set(row.slice(1), row[0] * R);
  }
  const trans = Float64Array.from((j.trans as number[][]).flat());
  if (trans.length !== (R + 1) * R) throw new Error('bad transition matrix size');
  return {
    labels, weights: { R, dim, emit, trans }, fixed: hardConstraints(labels),
    trainingSha256: j.training.sha256, trainingPages: j.training.pages, options: j.training.options,
    temperature: typeof j.temperature === 'number' && j.temperature > 0 ? j.temperature : 1,
  };
}

const cache = new Map<string, SplitModel>();

/**
 * Loads a model file once per path (later calls return the same object).
 * @example loadSplitModel().labels.length // 11
 */
export function loadSplitModel(path: string = DEFAULT_SPLIT_MODEL): SplitModel {
  let m = cache.get(path);
  if (!m) { m = splitModelFromJson(readFileSync(path, 'utf8')); cache.set(path, m); }
  return m;
}
