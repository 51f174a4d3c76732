/**
 * `khitab analyze DIR --out X` writes only under X: a copy of the bundled corpus is analyzed into a
 * temporary folder and no file of the repository or of the corpus changes or appears. Figures and
 * notebooks are in analyzeOutOnly.long.test.ts (npm run test:long): they take a minute.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { changedPaths, snapshotTree } from './treeSnapshot';

const ROOT = resolve(__dirname, '../..');

describe('khitab analyze DIR --out X', () => {
  it('writes the tables under X and nothing outside it', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'khitab-outonly-'));
    try {
      cpSync(join(ROOT, 'data/corpus'), join(tmp, 'data/corpus'), { recursive: true });
      cpSync(join(ROOT, 'data/metadata.csv'), join(tmp, 'data/metadata.csv'));
      const repo = snapshotTree(ROOT, ['node_modules', '.git']);
      const corpus = snapshotTree(tmp);
      const out = join(tmp, 'run');
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/khitab.cjs'), 'analyze', join(tmp, 'data/corpus'), '--out', out, '--no-figures', '--no-notebooks', '--resamples', '20'],
        { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(join(out, 'hits.csv'))).toBe(true);
      expect(changedPaths(repo, snapshotTree(ROOT, ['node_modules', '.git']))).toEqual([]);
      expect(changedPaths(corpus, snapshotTree(tmp, ['run']))).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
