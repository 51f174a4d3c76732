import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { digestPages, labelDigest, syntheticModel } from './labelDigest';

const fixture = JSON.parse(readFileSync('test/fixtures/split-label-digest.json', 'utf8')) as {
  generated: number; models: { seed: number; density: number; sha256: string }[];
};

describe('labelLinesWithModel / articleFromModel / pageFeatures', () => {
  it('compute exactly what the labeller computed before its speed rewrite (digest of features, scores, roles, confidences, under sparse and dense synthetic weights)', () => {
    const pages = digestPages(fixture.generated);
    for (const m of fixture.models) {
      expect(labelDigest(pages, syntheticModel(m.seed, m.density)), `seed ${m.seed}, density ${m.density}`).toBe(m.sha256);
    }
  }, 120_000);
});
