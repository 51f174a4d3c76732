import { describe, expect, it } from 'vitest';
import { fitTemperature } from '../../../src/split/model/fitTemperature';
import { readTrainingPages } from '../../../src/split/model/trainingPages';
import { trainSplitModel } from '../../../src/split/model/trainLabeller';
import { rngMulberry32 } from '../../../src/stats/rngMulberry32';

const pages = readTrainingPages('test/fixtures/gold-split-train');
const train = (ps: typeof pages) => trainSplitModel(ps, '', rngMulberry32, { calibrate: false });

describe('fitTemperature', () => {
  it('fitTemperature is 1 with a single layout family', () => {
    expect(fitTemperature(pages.slice(0, 1), train)).toBe(1);
  });

  it('fitTemperature picks a grid temperature above 1 for held-out layouts, the same each time', () => {
    const t = fitTemperature(pages, train);
    expect(t).toBeGreaterThan(1);
    expect(fitTemperature(pages, train)).toBe(t);
  });
});
