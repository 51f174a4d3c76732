/**
 * Which line labeller splits the pages of a run, as plain data (it crosses to worker threads and is
 * recorded in a run's sidecars): the profile rules, or a trained model named by its file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { SplitPageOptions } from './splitPage';
import { DEFAULT_SPLIT_MODEL, loadSplitModel } from './model/splitModel';

/** The khitab folder: model paths inside it are recorded relative to it. */
const KHITAB_ROOT = resolve(__dirname, '../..');

/**
 * The choice a run's provenance records (`SplitProvenance`): the model path resolved against the
 * khitab folder (where a relative path was recorded).
 * @example choiceOfProvenance({ labeller: 'model', model: 'data/models/split-lines.json', modelSha256: '…', trainingSha256: '…' }).labeller // 'model'
 */
export function choiceOfProvenance(p: Pick<SplitProvenance, 'labeller' | 'model'> | null): SplitChoice {
  if (!p || p.labeller === 'rules') return { labeller: 'rules' };
  return { labeller: 'model', model: p.model === null ? undefined : resolve(KHITAB_ROOT, p.model) };
}

/** The labeller of a run. */
export interface SplitChoice {
  /** `rules` (the profile rules) or `model` (the trained line labeller). */
  labeller: 'rules' | 'model';
  /** The model file for `model` (absolute path). Default: the bundled `data/models/split-lines.json`. */
  model?: string;
}

/**
 * The `splitPage` options of a choice (the model loaded once per file and thread).
 * @example splitOptionsOf({ labeller: 'model' }).labeller // 'model'
 */
export function splitOptionsOf(choice: SplitChoice | undefined): SplitPageOptions {
  if (!choice || choice.labeller === 'rules') return {};
  return { labeller: 'model', model: loadSplitModel(choice.model ?? DEFAULT_SPLIT_MODEL) };
}

/** A run's record of its labeller: what the sidecars say. */
export interface SplitProvenance {
  /** `rules` or `model`. */
  labeller: 'rules' | 'model';
  /** The model file (relative to the khitab folder when inside it, like the lexicon paths), or null for the rules. */
  model: string | null;
  /** SHA-256 of the model file, or null. */
  modelSha256: string | null;
  /** SHA-256 of the gold set the model was trained on (recorded in the model), or null. */
  trainingSha256: string | null;
}

/**
 * The provenance of a choice: the model file and its hash, and the training set's hash it names.
 * @example splitProvenance({ labeller: 'rules' }) // { labeller: 'rules', model: null, modelSha256: null, trainingSha256: null }
 */
export function splitProvenance(choice: SplitChoice | undefined): SplitProvenance {
  if (!choice || choice.labeller === 'rules') return { labeller: 'rules', model: null, modelSha256: null, trainingSha256: null };
  const file = choice.model ?? DEFAULT_SPLIT_MODEL;
  const rel = relative(KHITAB_ROOT, file);
  return {
    labeller: 'model',
    model: rel.startsWith('..') || isAbsolute(rel) ? file : rel,
    modelSha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
    trainingSha256: loadSplitModel(file).trainingSha256,
  };
}
