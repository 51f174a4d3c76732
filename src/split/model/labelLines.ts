/**
 * Labelling a page's lines with a trained model: features per non-blank line, the best role
 * sequence under the model and its hard constraints (Viterbi), and each line's probability of the
 * role it got (given its neighbours' roles, or forward–backward marginals). Empty lines are `blank` with probability 1.
 */
import type { Role } from '../types';
import type { SplitProfile } from '../profile';
import { pageScores } from './pageScores';
import { decodingTransitions } from './perceptron';
import { localConfidence, marginals, viterbi } from './viterbi';
import type { SplitModel } from './splitModel';

/** Roles of a page's lines from the model. */
export interface ModelLabels {
  /** Role of every input line. */
  roles: Role[];
  /** Probability of each line's role under the model (1 for empty lines). */
  confidence: Float64Array;
  /** Per line, its label scores (`scores[i * R + r]`, r = index in the model's labels; 0 for empty lines). */
  scores: Float64Array;
}

/** Options of `labelLinesWithModel`. */
export interface LabelLinesOptions {
  /** HTML role hints per line (index i = line i+1), used as features. Default: none. */
  roleHints?: (Role | null)[];
  /**
   * How each line's `confidence` is computed: `'local'` (its role's probability given its
   * neighbours' roles, O(R) a line), `'marginal'` (forward–backward, about twice the decoding cost)
   * or `'none'` (NaN). Default `'local'`.
   */
  confidence?: 'local' | 'marginal' | 'none';
  /** Roles fixed before decoding (hard constraints; index i = line i+1): a non-null entry is that line's label and its neighbours are decoded around it. Default: none. */
  forced?: (Role | null)[];
}

/**
 * Labels every line of a page with the model.
 * @example labelLinesWithModel(['عنوان', '', 'نص الخبر.'], generic, loadSplitModel()).roles // ['title', 'blank', 'body']
 */
export function labelLinesWithModel(raws: string[], p: SplitProfile, model: SplitModel, options: LabelLinesOptions = {}): ModelLabels {
  const w = model.weights;
  const pf = pageScores(raws, p, w, options.roleHints);
  const m = pf.lines.length;
  const R = w.R;
  const roles: Role[] = new Array(raws.length).fill('blank');
  const scores = new Float64Array(raws.length * R);
  const confidence = new Float64Array(raws.length).fill(1);
  const unary = options.forced ? forceLabels(pf.unary, pf.lines, options.forced, model.labels) : pf.unary;
  const trans = decodingTransitions(w, model.fixed);
  const best = viterbi(unary, m, R, trans);
  const how = options.confidence ?? 'local';
  const marg = how === 'marginal' ? marginals(unary, m, R, trans) : null;
  const local = how === 'local' ? localConfidence(unary, best, m, R, trans, model.temperature) : null;
  for (let j = 0; j < m; j++) {
    const i = pf.lines[j];
    roles[i] = model.labels[best[j]];
    for (let r = 0; r < R; r++) scores[i * R + r] = pf.unary[j * R + r]; // no view object per line
    confidence[i] = marg ? marg[j * R + best[j]] : local ? local[j] : NaN;
  }
  return { roles, confidence, scores };
}

/** `unary`, or a copy of it in which each line with a forced role can take no other label. */
function forceLabels(unary: Float64Array, lines: number[], forced: (Role | null)[], labels: readonly Role[]): Float64Array {
  const R = labels.length;
  let out = unary;
  for (let j = 0; j < lines.length; j++) {
    const f = forced[lines[j]];
    const k = f ? labels.indexOf(f) : -1;
    if (k < 0) continue;
    if (out === unary) out = Float64Array.from(unary);
    for (let r = 0; r < R; r++) if (r !== k) out[j * R + r] = -Infinity;
  }
  return out;
}
