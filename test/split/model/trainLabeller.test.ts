import { describe, expect, it } from 'vitest';
import { readTrainingPages, trainingSetHash } from '../../../src/split/model/trainingPages';
import { averageWeights, labellerFromPages, trainSplitModel } from '../../../src/split/model/trainLabeller';
import { splitModelFromJson, splitModelToJson } from '../../../src/split/model/splitModel';
import { rngMulberry32 } from '../../../src/stats/rngMulberry32';

const FIXTURE = 'test/fixtures/gold-split-train';
const pages = readTrainingPages(FIXTURE);

describe('trainSplitModel', () => {
  it('trainSplitModel twice on the same pages gives identical JSON', () => {
    const a = splitModelToJson(trainSplitModel(pages, trainingSetHash(FIXTURE), rngMulberry32));
    const b = splitModelToJson(trainSplitModel(readTrainingPages(FIXTURE), trainingSetHash(FIXTURE), rngMulberry32));
    expect(a).toBe(b);
    const j = JSON.parse(a);
    expect(j.training).toEqual({ sha256: trainingSetHash(FIXTURE), pages: 3, options: { epochs: 10, seed: 1, bits: 16, calibrate: true, ensemble: 4 } });
    expect([1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64]).toContain(j.temperature);
    expect(j.labels).not.toContain('blank');
  });

  it('splitModelFromJson(splitModelToJson(m)) reads back the same model', () => {
    const m = trainSplitModel(pages, 'x', rngMulberry32, { bits: 12, epochs: 3 });
    const back = splitModelFromJson(splitModelToJson(m));
    expect([...back.weights.emit]).toEqual([...m.weights.emit]);
    expect([...back.weights.trans]).toEqual([...m.weights.trans]);
    expect(splitModelToJson(back)).toBe(splitModelToJson(m));
    expect(() => splitModelFromJson('{"format":"other"}')).toThrow(/not a khitab-split-lines/);
  });
});

describe('labellerFromPages', () => {
  it('labellerFromPages labels every line, blank exactly where the line is empty, and fits its training pages', () => {
    const label = labellerFromPages(pages, rngMulberry32, { epochs: 20 }); // ten passes leave one of 25 lines wrong
    for (const p of pages) {
      const got = label(p);
      expect(got.roles.length).toBe(p.roles.length);
      got.roles.forEach((r, i) => expect(r === 'blank').toBe(p.roles[i] === 'blank'));
      for (const c of got.confidence) expect(c).toBeGreaterThan(0), expect(c).toBeLessThanOrEqual(1);
      expect(got.roles).toEqual(p.roles);
    }
  });
});

describe('averageWeights', () => {
  it('averageWeights gives the mean of each emission and transition weight', () => {
    const w = (e: number[], t: number[]) => ({ R: 1, dim: 2, emit: Float64Array.from(e), trans: Float64Array.from(t) });
    const avg = averageWeights([w([1, 4], [2, 0]), w([3, -2], [0, 0]), w([2, 1], [1, 3])]);
    expect(Array.from(avg.emit)).toEqual([2, 1]); // (1+3+2)/3, (4−2+1)/3
    expect(Array.from(avg.trans)).toEqual([1, 1]);
  });

  it('averageWeights returns a single member as it is', () => {
    const one = { R: 1, dim: 1, emit: Float64Array.of(5), trans: Float64Array.of(0, 0) };
    expect(averageWeights([one])).toBe(one);
  });
});
