import { describe, expect, it } from 'vitest';
import { localConfidence, marginals, viterbi } from '../../../src/split/model/viterbi';
import { rngMulberry32 } from '../../../src/stats/rngMulberry32';

/** Every label sequence of length m over R labels with its score (the brute-force oracle). */
function allSequences(unary: Float64Array, m: number, R: number, trans: Float64Array): { y: number[]; s: number }[] {
  const out: { y: number[]; s: number }[] = [];
  const y = new Array(m).fill(0);
  for (let code = 0; code < R ** m; code++) {
    let c = code;
    for (let j = 0; j < m; j++) { y[j] = c % R; c = Math.floor(c / R); }
    let s = 0;
    for (let j = 0; j < m; j++) s += unary[j * R + y[j]] + trans[(j === 0 ? R : y[j - 1]) * R + y[j]];
    out.push({ y: [...y], s });
  }
  return out;
}

function randomCase(seed: number): { unary: Float64Array; trans: Float64Array; m: number; R: number } {
  const rng = rngMulberry32(seed);
  const R = 2 + Math.floor(rng() * 3);
  const m = 1 + Math.floor(rng() * 5);
  const unary = Float64Array.from({ length: m * R }, () => rng() * 6 - 3);
  const trans = Float64Array.from({ length: (R + 1) * R }, () => (rng() < 0.1 ? -Infinity : rng() * 4 - 2));
  trans[R * R] = 0; // some label can always start
  for (let s = 0; s < R; s++) trans[s * R] = 0; // and label 0 can always follow
  return { unary, trans, m, R };
}

describe('viterbi', () => {
  it('viterbi finds the best-scoring sequence (brute force over 200 random cases)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { unary, trans, m, R } = randomCase(seed);
      const all = allSequences(unary, m, R, trans);
      const best = all.reduce((a, b) => (b.s > a.s ? b : a));
      expect([...viterbi(unary, m, R, trans)], `seed ${seed}`).toEqual(best.y);
    }
  });

  it('viterbi of an empty sequence is empty', () => {
    expect(viterbi(new Float64Array(0), 0, 3, new Float64Array(12)).length).toBe(0);
  });
});

describe('marginals', () => {
  it('marginals equal brute-force sums of exp(score) (100 random cases)', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const { unary, trans, m, R } = randomCase(seed);
      const all = allSequences(unary, m, R, trans);
      const z = all.reduce((a, b) => a + Math.exp(b.s), 0);
      const got = marginals(unary, m, R, trans);
      for (let j = 0; j < m; j++) {
        for (let r = 0; r < R; r++) {
          const want = all.filter((x) => x.y[j] === r).reduce((a, b) => a + Math.exp(b.s), 0) / z;
          expect(got[j * R + r]).toBeCloseTo(want, 9);
        }
      }
    }
  });
});

describe('localConfidence', () => {
  it('localConfidence equals the brute-force conditional of each label given its neighbours', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const { unary, trans, m, R } = randomCase(seed);
      const all = allSequences(unary, m, R, trans);
      const y = viterbi(unary, m, R, trans);
      const got = localConfidence(unary, y, m, R, trans);
      for (let j = 0; j < m; j++) {
        // P(y_j | all other labels) from the joint: sequences equal to y except maybe at j.
        const same = all.filter((x) => x.y.every((v, k) => k === j || v === y[k]));
        const z = same.reduce((a, b) => a + Math.exp(b.s), 0);
        const want = Math.exp(same.find((x) => x.y[j] === y[j])!.s) / z;
        expect(got[j]).toBeCloseTo(want, 9);
      }
    }
  });
});

describe('localConfidence with a temperature', () => {
  it('localConfidence(…, T) equals localConfidence of the scores divided by T', () => {
    const { unary, trans, m, R } = randomCase(5);
    const y = viterbi(unary, m, R, trans);
    const scaled = localConfidence(unary.map((x) => x / 4), y, m, R, trans.map((x) => x / 4));
    const got = localConfidence(unary, y, m, R, trans, 4);
    for (let j = 0; j < m; j++) expect(got[j]).toBeCloseTo(scaled[j], 12);
  });
});
