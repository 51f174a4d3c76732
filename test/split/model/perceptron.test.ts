import { describe, expect, it } from 'vitest';
import { trainPerceptron, unaryScores, decodingTransitions, type ChainExample } from '../../../src/split/model/perceptron';
import { viterbi } from '../../../src/split/model/viterbi';
import { rngMulberry32 } from '../../../src/stats/rngMulberry32';

/**
 * Toy problem, separable by a first-order model: tokens 0 and 1 are label 0, tokens 2 and 3 label 1;
 * token 4 (ambiguous alone) copies the previous label, and the token after it keeps that label too.
 */
function toy(seed: number, count: number): ChainExample[] {
  const rng = rngMulberry32(seed);
  return Array.from({ length: count }, () => {
    const m = 2 + Math.floor(rng() * 6);
    const feats: Uint32Array[] = [];
    const labels: number[] = [];
    for (let j = 0; j < m; j++) {
      const afterAmbiguous = j > 0 && feats[j - 1][0] === 4;
      const t = afterAmbiguous ? 2 * labels[j - 1] + Math.floor(rng() * 2) : j > 0 && rng() < 0.3 ? 4 : Math.floor(rng() * 4);
      feats.push(Uint32Array.of(t));
      labels.push(t === 4 ? labels[j - 1] : t < 2 ? 0 : 1);
    }
    return { feats, labels };
  });
}

function decode(w: ReturnType<typeof trainPerceptron>, ex: ChainExample): number[] {
  return [...viterbi(unaryScores(w, ex.feats), ex.feats.length, w.R, decodingTransitions(w))];
}

describe('trainPerceptron', () => {
  it('trainPerceptron learns a separable toy problem and labels unseen sequences right', () => {
    const w = trainPerceptron(toy(1, 60), 2, 8, { epochs: 5, rng: rngMulberry32(3) });
    // Token features alone separate tokens 0–3.
    expect(w.emit[0 * 2 + 0]).toBeGreaterThan(w.emit[0 * 2 + 1]);
    expect(w.emit[3 * 2 + 1]).toBeGreaterThan(w.emit[3 * 2 + 0]);
    for (const ex of toy(2, 40)) expect(decode(w, ex)).toEqual(Array.from(ex.labels));
  });

  it('trainPerceptron is deterministic for a seed', () => {
    const a = trainPerceptron(toy(1, 30), 2, 8, { epochs: 3, rng: rngMulberry32(7) });
    const b = trainPerceptron(toy(1, 30), 2, 8, { epochs: 3, rng: rngMulberry32(7) });
    expect([...a.emit]).toEqual([...b.emit]);
    expect([...a.trans]).toEqual([...b.trans]);
  });

  it('trainPerceptron never predicts a forbidden transition under fixed constraints', () => {
    const fixed = new Float64Array(6);
    fixed[2 * 2 + 1] = -Infinity; // label 1 may not start
    const w = trainPerceptron(toy(1, 30).filter((e) => e.labels[0] === 0), 2, 8, { epochs: 3, fixed });
    const ex: ChainExample = { feats: [Uint32Array.of(3), Uint32Array.of(3)], labels: [1, 1] };
    expect(viterbi(unaryScores(w, ex.feats), 2, 2, decodingTransitions(w, fixed))[0]).toBe(0);
  });
});
