import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPageKindRules } from '../../src/split/pageKindRules';

const tmp = mkdtempSync(join(tmpdir(), 'khitab-page-kind-rules-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('loadPageKindRules', () => {
  it('reads the shipped thresholds', () => {
    const r = loadPageKindRules();
    expect([r.listing.minTeasers, r.lowConfidence, r.lowConfidenceLines]).toEqual([3, 0.5, 2]);
  });
  it('names a missing or wrong field', () => {
    const f = join(tmp, 'bad.yaml');
    writeFileSync(f, 'paragraph: {lineMinWords: 4, minWords: 12, unendedMinWords: 24}\narticle: {minWords: many, minRun: 2, maxGap: 1}\n');
    expect(() => loadPageKindRules(f)).toThrow("page-kind rules: 'article.minWords' must be a number ≥ 0");
  });
});
