/**
 * `khitab analyze DIR --out X` with figures and notebooks writes only under X (npm run test:long:
 * executing the five notebooks takes about a minute). Skipped without Jupyter.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { changedPaths, snapshotTree } from './treeSnapshot';

const ROOT = resolve(__dirname, '../..');

describe.skipIf(!existsSync('/usr/bin/jupyter'))('khitab analyze DIR --out X, with figures and notebooks', () => {
  it('writes tables, figures/ and notebooks/ under X and nothing outside it', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'khitab-outonly-'));
    try {
      cpSync(join(ROOT, 'data/corpus'), join(tmp, 'data/corpus'), { recursive: true });
      cpSync(join(ROOT, 'data/metadata.csv'), join(tmp, 'data/metadata.csv'));
      const repo = snapshotTree(ROOT, ['node_modules', '.git']);
      const corpus = snapshotTree(tmp);
      const out = join(tmp, 'run');
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/khitab.cjs'), 'analyze', join(tmp, 'data/corpus'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(readdirSync(join(out, 'notebooks')).sort()).toEqual([
        '01-corpus-and-splitting.html', '02-stance-and-slogans.html', '03-framing-across-outlets.html',
        '04-readers-vs-reporting.html', '05-tables-for-papers.html',
      ]);
      expect(readdirSync(join(out, 'figures')).length).toBeGreaterThan(0);
      expect(changedPaths(repo, snapshotTree(ROOT, ['node_modules', '.git']))).toEqual([]);
      expect(changedPaths(corpus, snapshotTree(tmp, ['run']))).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 600_000);
});
