/**
 * The averaged structured perceptron (Collins 2002) for a linear chain: decode each training
 * sequence with the current weights (Viterbi), and where the best sequence differs from the gold one
 * add the gold sequence's features and subtract the predicted one's. The returned weights are the
 * average over every step, which generalises far better than the last weights. Examples are visited
 * in a random order per epoch drawn from the `rng` the caller passes (seeded: training is then
 * deterministic; the generator lives in stats/, a later stage, so it is passed in).
 */
import { viterbi } from './viterbi';

/** Weights of a linear-chain model. */
export interface ChainWeights {
  /** Number of labels. */
  R: number;
  /** Feature space size (features are indices in `[0, dim)`). */
  dim: number;
  /** Emission weights: `emit[f * R + r]`. */
  emit: Float64Array;
  /** Transition weights: `trans[s * R + r]`, row `R` the start scores. */
  trans: Float64Array;
}

/** One training sequence. */
export interface ChainExample {
  /** Feature indices per position. */
  feats: Uint32Array[];
  /** Gold label index per position. */
  labels: ArrayLike<number>;
}

/** Options of `trainPerceptron`. */
export interface PerceptronOptions {
  /** Passes over the examples. Default 10. */
  epochs?: number;
  /** Uniform [0, 1) numbers for the per-epoch shuffling (e.g. `rngMulberry32(seed)`). Default: no shuffling. */
  rng?: () => number;
  /**
   * Fixed transition scores added at decoding (0 or −Infinity: the hard constraints), `(R + 1) · R`.
   * Default: none.
   */
  fixed?: Float64Array;
}

/**
 * Per-position label scores `Σ_f emit[f, r]` of a sequence, as `unary[j * R + r]`.
 * @example unaryScores(w, [Uint32Array.of(3)])[1] === w.emit[3 * w.R + 1] // true
 */
export function unaryScores(w: ChainWeights, feats: Uint32Array[]): Float64Array {
  const R = w.R;
  const u = new Float64Array(feats.length * R);
  for (let j = 0; j < feats.length; j++) {
    const f = feats[j];
    const o = j * R;
    for (let q = 0; q < f.length; q++) {
      const b = f[q] * R;
      for (let r = 0; r < R; r++) u[o + r] += w.emit[b + r];
    }
  }
  return u;
}

/** `w.trans` plus the fixed constraints (or `w.trans` itself when there are none). */
export function decodingTransitions(w: ChainWeights, fixed?: Float64Array): Float64Array {
  if (!fixed) return w.trans;
  const t = new Float64Array(w.trans.length);
  for (let q = 0; q < t.length; q++) t[q] = w.trans[q] + fixed[q];
  return t;
}

/**
 * Trains an averaged structured perceptron over `R` labels and `dim` features.
 * @example trainPerceptron([{feats: [Uint32Array.of(0), Uint32Array.of(1)], labels: [0, 1]}], 2, 2).emit.length // 4
 */
export function trainPerceptron(examples: ChainExample[], R: number, dim: number, options: PerceptronOptions = {}): ChainWeights {
  const epochs = options.epochs ?? 10;
  const rng = options.rng;
  const w: ChainWeights = { R, dim, emit: new Float64Array(dim * R), trans: new Float64Array((R + 1) * R) };
  // Averaging trick (Daumé 2006): keep Σ c·Δ beside w; the average is w − acc / c.
  const accE = new Float64Array(dim * R);
  const accT = new Float64Array((R + 1) * R);
  let c = 1;
  const order = examples.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; rng && i > 0; i--) {
      const k = Math.floor(rng!() * (i + 1));
      [order[i], order[k]] = [order[k], order[i]];
    }
    for (const i of order) {
      const ex = examples[i];
      const m = ex.feats.length;
      const pred = viterbi(unaryScores(w, ex.feats), m, R, decodingTransitions(w, options.fixed));
      for (let j = 0; j < m; j++) {
        const g = ex.labels[j];
        const p = pred[j];
        const gPrev = j === 0 ? R : ex.labels[j - 1];
        const pPrev = j === 0 ? R : pred[j - 1];
        if (g !== p) {
          for (const f of ex.feats[j]) {
            w.emit[f * R + g] += 1; accE[f * R + g] += c;
            w.emit[f * R + p] -= 1; accE[f * R + p] -= c;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          w.trans[gPrev * R + g] += 1; accT[gPrev * R + g] += c;
          w.trans[pPrev * R + p] -= 1; accT[pPrev * R + p] -= c;
        }
      }
      c++;
    }
  }
  for (let q = 0; q < w.emit.length; q++) w.emit[q] -= accE[q] / c;
  for (let q = 0; q < w.trans.length; q++) w.trans[q] -= accT[q] / c;
  return w;
}
