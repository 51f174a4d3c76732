/**
 * Labelling a page's lines with a trained model: features per non-blank line, the best role
 * sequence under the model and its hard constraints (Viterbi), and each line's probability of the
 * role it got (forward–backward). Empty lines are `blank` with probability 1.
 */
import type { Role } from '../types';
import type { SplitProfile } from '../profile';
import { pageFeatures } from './features';
import { decodingTransitions, unaryScores } from './perceptron';
import { marginals, viterbi } from './viterbi';
import type { SplitModel } from './splitModel';

/** Roles of a page's lines from the model. */
export interface ModelLabels {
  /** Role of every input line. */
  roles: Role[];
  /** Probability of each line's role under the model (1 for empty lines). */
  confidence: Float64Array;
}

/** Options of `labelLinesWithModel`. */
export interface LabelLinesOptions {
  /** HTML role hints per line (index i = line i+1), used as features. Default: none. */
  roleHints?: (Role | null)[];
  /** Whether to compute `confidence` (forward–backward). Default true; when false every value is NaN. */
  confidence?: boolean;
}

/**
 * Labels every line of a page with the model.
 * @example labelLinesWithModel(['عنوان', '', 'نص الخبر.'], generic, loadSplitModel()).roles // ['title', 'blank', 'body']
 */
export function labelLinesWithModel(raws: string[], p: SplitProfile, model: SplitModel, options: LabelLinesOptions = {}): ModelLabels {
  const w = model.weights;
  const pf = pageFeatures(raws, p, w.dim, options.roleHints);
  const m = pf.lines.length;
  const R = w.R;
  const roles: Role[] = new Array(raws.length).fill('blank');
  const confidence = new Float64Array(raws.length).fill(1);
  const unary = unaryScores(w, pf.feats);
  const trans = decodingTransitions(w, model.fixed);
  const best = viterbi(unary, m, R, trans);
  const want = options.confidence ?? true;
  const marg = want ? marginals(unary, m, R, trans) : null;
  for (let j = 0; j < m; j++) {
    const i = pf.lines[j];
    roles[i] = model.labels[best[j]];
    confidence[i] = marg ? marg[j * R + best[j]] : NaN;
  }
  return { roles, confidence };
}
