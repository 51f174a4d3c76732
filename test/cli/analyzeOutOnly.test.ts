/**
 * `khitab analyze DIR --out X` writes only under X: a copy of the bundled corpus is analyzed into a
 * temporary folder and no file of the repository or of the corpus changes or appears. Figures and
 * notebooks are in analyzeOutOnly.long.test.ts (npm run test:long): they take a minute.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeOutsideCheck } from './treeSnapshot';

describe('khitab analyze DIR --out X', () => {
  it('writes the tables under X and nothing outside it', () => {
    analyzeOutsideCheck(['--no-figures', '--no-notebooks', '--resamples', '20'], ({ result, out, repoChanged, corpusChanged }) => {
      expect(result.status, result.stderr).toBe(0);
      expect(existsSync(join(out, 'hits.csv'))).toBe(true);
      expect(repoChanged).toEqual([]);
      expect(corpusChanged).toEqual([]);
    });
  });
});
