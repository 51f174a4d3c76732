import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTrainingPages, trainingSetHash } from '../../../src/split/model/trainingPages';
import { trainSplitModel } from '../../../src/split/model/trainLabeller';
import { DEFAULT_SPLIT_MODEL, splitModelToJson } from '../../../src/split/model/splitModel';
import { rngMulberry32 } from '../../../src/stats/rngMulberry32';

// A long test (npm run test:long): retraining an ensemble of 4 perceptrons and its calibration takes about a minute on 2 cores.
describe('data/models/split-lines.json', () => {
  it('is what `khitab train split --gold data/gold/split/dev` writes from data/ (regenerable, byte for byte)', () => {
    const dir = 'data/gold/split/dev';
    const retrained = splitModelToJson(trainSplitModel(readTrainingPages(dir), trainingSetHash(dir), rngMulberry32));
    expect(retrained === readFileSync(DEFAULT_SPLIT_MODEL, 'utf8'), 'retrain with: npx khitab train split --gold data/gold/split/dev --out data/models/split-lines.json').toBe(true);
  });
});
