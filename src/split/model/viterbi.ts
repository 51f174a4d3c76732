/**
 * Decoding a linear-chain model: the best label sequence (Viterbi) and each position's label
 * probability (forward–backward marginals, the scores read as log-potentials of a linear-chain CRF).
 * Scores are `unary[j * R + r]` (position j, label r) and `trans[s * R + r]` (label s then r), with
 * row `R` of `trans` holding the start scores; −Infinity forbids a transition (a hard constraint).
 */

/**
 * The highest-scoring label sequence: argmax over y of Σ_j unary[j, y_j] + trans[y_{j−1}, y_j]
 * (y_{−1} = start). Ties go to the lower label index. O(m·R²).
 * @example viterbi(Float64Array.from([1, 0, 0, 1]), 2, 2, new Float64Array(6)) // Int32Array [0, 1]
 */
export function viterbi(unary: Float64Array, m: number, R: number, trans: Float64Array): Int32Array {
  const out = new Int32Array(m);
  if (m === 0) return out;
  let prev = new Float64Array(R);
  let cur = new Float64Array(R);
  const back = new Int32Array(m * R);
  for (let r = 0; r < R; r++) prev[r] = trans[R * R + r] + unary[r];
  for (let j = 1; j < m; j++) {
    for (let r = 0; r < R; r++) {
      let best = -Infinity;
      let arg = 0;
      for (let s = 0; s < R; s++) {
        const v = prev[s] + trans[s * R + r];
        if (v > best) { best = v; arg = s; }
      }
      cur[r] = best + unary[j * R + r];
      back[j * R + r] = arg;
    }
    const t = prev; prev = cur; cur = t;
  }
  let arg = 0;
  for (let r = 1; r < R; r++) if (prev[r] > prev[arg]) arg = r;
  for (let j = m - 1; j >= 0; j--) {
    out[j] = arg;
    arg = back[j * R + arg];
  }
  return out;
}

/**
 * Each position's label probabilities P(y_j = r) under p(y) ∝ exp(score(y)), by scaled
 * forward–backward; row j of the result sums to 1. O(m·R²).
 * @example marginals(Float64Array.from([0, 0]), 1, 2, new Float64Array(6)) // Float64Array [0.5, 0.5]
 */
export function marginals(unary: Float64Array, m: number, R: number, trans: Float64Array): Float64Array {
  const out = new Float64Array(m * R);
  if (m === 0) return out;
  let tmax = -Infinity;
  for (let q = 0; q < trans.length; q++) if (trans[q] > tmax) tmax = trans[q];
  const et = new Float64Array(trans.length);
  for (let q = 0; q < trans.length; q++) et[q] = Math.exp(trans[q] - tmax);
  const eu = new Float64Array(m * R);
  for (let j = 0; j < m; j++) {
    let umax = -Infinity;
    for (let r = 0; r < R; r++) if (unary[j * R + r] > umax) umax = unary[j * R + r];
    for (let r = 0; r < R; r++) eu[j * R + r] = Math.exp(unary[j * R + r] - umax);
  }
  const alpha = new Float64Array(m * R);
  const normalize = (a: Float64Array, o: number): void => {
    let z = 0;
    for (let r = 0; r < R; r++) z += a[o + r];
    for (let r = 0; r < R; r++) a[o + r] = z > 0 ? a[o + r] / z : 1 / R;
  };
  for (let r = 0; r < R; r++) alpha[r] = et[R * R + r] * eu[r];
  normalize(alpha, 0);
  for (let j = 1; j < m; j++) {
    for (let r = 0; r < R; r++) {
      let s0 = 0;
      for (let s = 0; s < R; s++) s0 += alpha[(j - 1) * R + s] * et[s * R + r];
      alpha[j * R + r] = s0 * eu[j * R + r];
    }
    normalize(alpha, j * R);
  }
  const beta = new Float64Array(m * R);
  for (let r = 0; r < R; r++) beta[(m - 1) * R + r] = 1;
  for (let j = m - 2; j >= 0; j--) {
    for (let s = 0; s < R; s++) {
      let v = 0;
      for (let r = 0; r < R; r++) v += et[s * R + r] * eu[(j + 1) * R + r] * beta[(j + 1) * R + r];
      beta[j * R + s] = v;
    }
    normalize(beta, j * R);
  }
  for (let j = 0; j < m; j++) {
    for (let r = 0; r < R; r++) out[j * R + r] = alpha[j * R + r] * beta[j * R + r];
    normalize(out, j * R);
  }
  return out;
}

/** Log-score gap below the best label past which a label's probability is taken as 0. */
const NEGLIGIBLE = 40;

/**
 * Each position's probability of its label in `labels` given its neighbours' labels (the local
 * conditional of the same distribution as `marginals`): P(y_j | y_{j−1}, y_{j+1}) ∝
 * exp(unary[j, y_j] + trans[y_{j−1}, y_j] + trans[y_j, y_{j+1}]). O(m·R), a cheap confidence for a
 * decoded sequence. Scores are divided by `temperature` (> 1 softens an over-confident model).
 * @example localConfidence(Float64Array.from([0, 0]), Int32Array.of(0), 1, 2, new Float64Array(6)) // Float64Array [0.5]
 */
export function localConfidence(unary: Float64Array, labels: Int32Array, m: number, R: number, trans: Float64Array, temperature = 1): Float64Array {
  const out = new Float64Array(m);
  const s = new Float64Array(R);
  for (let j = 0; j < m; j++) {
    const prev = j === 0 ? R : labels[j - 1];
    let max = -Infinity;
    for (let r = 0; r < R; r++) {
      let v = unary[j * R + r] + trans[prev * R + r];
      if (j + 1 < m) v += trans[r * R + labels[j + 1]];
      v /= temperature;
      s[r] = v;
      if (v > max) max = v;
    }
    let z = 0;
    // A label more than NEGLIGIBLE below the best adds less than e^−40 ≈ 4e−18 of it: skipped.
    for (let r = 0; r < R; r++) if (s[r] - max > -NEGLIGIBLE) z += Math.exp(s[r] - max);
    out[j] = s[labels[j]] - max > -NEGLIGIBLE ? Math.exp(s[labels[j]] - max) / z : 0;
  }
  return out;
}
