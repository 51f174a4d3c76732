/**
 * Calibrating the labeller's confidence: perceptron scores are large, so a softmax over them says
 * 0.999 for almost every line, right or wrong. One temperature T (scores divided by T) is fitted on
 * held-out predictions, leaving one layout family out at a time, by the smallest negative
 * log-likelihood of the gold roles over a fixed grid (deterministic; T does not change the labels).
 */
import { profileForOutlet } from '../profile';
import { splitLineParts } from '../splitLines';
import { pageScores } from './pageScores';
import { decodingTransitions } from './perceptron';
import { viterbi } from './viterbi';
import type { SplitModel } from './splitModel';
import type { TrainingPage } from './trainingPages';

/** Temperatures tried. */
const GRID = [1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64];

/**
 * The temperature of the grid with the smallest held-out negative log-likelihood of the gold roles
 * (each line's role given its predicted neighbours), or 1 with fewer than two layout families.
 * `train(pages)` trains a model on the other families.
 * @example fitTemperature(pages, (ps) => trainSplitModel(ps, '', rngMulberry32)) // 8
 */
export function fitTemperature(pages: TrainingPage[], train: (pages: TrainingPage[]) => SplitModel): number {
  const families = [...new Set(pages.map((p) => p.layout))].sort();
  if (families.length < 2) return 1;
  const nll = new Float64Array(GRID.length);
  const s = new Float64Array(64);
  for (const f of families) {
    const model = train(pages.filter((p) => p.layout !== f));
    const R = model.weights.R;
    const trans = decodingTransitions(model.weights, model.fixed);
    for (const page of pages.filter((p) => p.layout === f)) {
      const raws = splitLineParts(page.text).texts;
      const { lines, unary } = pageScores(raws, profileForOutlet(page.outlet), model.weights, page.roleHints);
      const m = lines.length;
      const y = viterbi(unary, m, R, trans);
      for (let j = 0; j < m; j++) {
        const gold = model.labels.indexOf(page.roles[lines[j]]);
        for (let r = 0; r < R; r++) {
          s[r] = unary[j * R + r] + trans[(j === 0 ? R : y[j - 1]) * R + r] + (j + 1 < m ? trans[r * R + y[j + 1]] : 0);
        }
        if (gold < 0 || s[gold] === -Infinity) continue;
        GRID.forEach((t, g) => {
          let max = -Infinity;
          for (let r = 0; r < R; r++) if (s[r] / t > max) max = s[r] / t;
          let z = 0;
          for (let r = 0; r < R; r++) z += s[r] === -Infinity ? 0 : Math.exp(s[r] / t - max);
          nll[g] += -(s[gold] / t - max - Math.log(z));
        });
      }
    }
  }
  let best = 0;
  for (let g = 1; g < GRID.length; g++) if (nll[g] < nll[best]) best = g;
  return GRID[best];
}
