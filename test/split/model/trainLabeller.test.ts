import { describe, expect, it } from 'vitest';
import { readTrainingPages, trainingSetHash } from '../../../src/split/model/trainingPages';
import { labellerFromPages, trainSplitModel } from '../../../src/split/model/trainLabeller';
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
    expect(j.training).toEqual({ sha256: trainingSetHash(FIXTURE), pages: 3, options: { epochs: 10, seed: 1, bits: 16, calibrate: true } });
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
