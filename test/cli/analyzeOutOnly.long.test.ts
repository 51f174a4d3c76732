/**
 * `khitab analyze DIR --out X` with figures and notebooks writes only under X (npm run test:long:
 * executing the five notebooks takes about a minute). Skipped without Jupyter.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeOutsideCheck } from './treeSnapshot';

describe.skipIf(!existsSync('/usr/bin/jupyter'))('khitab analyze DIR --out X, with figures and notebooks', () => {
  it('writes tables, figures/ and notebooks/ under X and nothing outside it', () => {
    analyzeOutsideCheck([], ({ result, out, repoChanged, corpusChanged }) => {
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(readdirSync(join(out, 'notebooks')).sort()).toEqual([
        '01-corpus-and-splitting.html', '02-stance-and-slogans.html', '03-framing-across-outlets.html',
        '04-readers-vs-reporting.html', '05-tables-for-papers.html', '06-hand-coding.html',
      ]);
      expect(readdirSync(join(out, 'figures')).length).toBeGreaterThan(0);
      expect(repoChanged).toEqual([]);
      expect(corpusChanged).toEqual([]);
    });
  }, 600_000);
});
