/**
 * A snapshot of a folder tree for tests that check a command wrote nowhere else: every file's size,
 * mtime and SHA-256 (size and mtime only under `.bench/`, hundreds of MB of generated corpora), and
 * every folder. `changedPaths` lists what differs between two snapshots; `analyzeOutsideCheck` runs
 * `khitab analyze` on a copy of the bundled corpus and reports what changed outside `--out`.
 */
import { createHash } from 'node:crypto';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Path (relative to the root) → `dir`, or `size mtime sha256` of a file, or `link`. */
export type TreeSnapshot = Map<string, string>;

/** Snapshots `root`, skipping the top-level entries in `skip` (e.g. node_modules, .git). */
export function snapshotTree(root: string, skip: readonly string[] = []): TreeSnapshot {
  const snap: TreeSnapshot = new Map();
  const walk = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir)) {
      const r = rel ? `${rel}/${name}` : name;
      if (!rel && skip.includes(name)) continue;
      const p = join(dir, name);
      const st = lstatSync(p);
      if (st.isSymbolicLink()) snap.set(r, 'link');
      else if (st.isDirectory()) { snap.set(r, 'dir'); walk(p, r); }
      else {
        const hash = r.startsWith('.bench/') ? '' : createHash('sha256').update(readFileSync(p)).digest('hex');
        snap.set(r, `${st.size} ${st.mtimeMs} ${hash}`);
      }
    }
  };
  walk(root, '');
  return snap;
}

/** Paths added, removed or changed between two snapshots, sorted, each marked `+`, `-` or `~`. */
export function changedPaths(before: TreeSnapshot, after: TreeSnapshot): string[] {
  const out: string[] = [];
  for (const [p, v] of after) if (!before.has(p)) out.push(`+ ${p}`); else if (before.get(p) !== v) out.push(`~ ${p}`);
  for (const p of before.keys()) if (!after.has(p)) out.push(`- ${p}`);
  return out.sort((a, b) => (a.slice(2) < b.slice(2) ? -1 : 1));
}

const ROOT = resolve(__dirname, '../..');

/** What `analyzeOutsideCheck` saw: the command's result, its `--out` folder, and what changed outside it. */
export interface OutsideCheck {
  /** The finished `khitab analyze` process. */
  result: SpawnSyncReturns<string>;
  /** The `--out` folder (removed after `inspect` returns). */
  out: string;
  /** Paths of the repository (node_modules and .git aside) added, removed or changed. */
  repoChanged: string[];
  /** Paths of the copied corpus folder (the run folder aside) added, removed or changed. */
  corpusChanged: string[];
}

/**
 * Copies the bundled corpus and its metadata into a temporary folder, runs `khitab analyze` on the
 * copy with `--out <tmp>/run` and the extra arguments, and hands `inspect` what changed outside
 * the run folder, in the repository and in the copy; the temporary folder is removed afterwards.
 */
export function analyzeOutsideCheck(extraArgs: readonly string[], inspect: (c: OutsideCheck) => void): void {
  const tmp = mkdtempSync(join(tmpdir(), 'khitab-outonly-'));
  try {
    cpSync(join(ROOT, 'data/corpus'), join(tmp, 'data/corpus'), { recursive: true });
    cpSync(join(ROOT, 'data/metadata.csv'), join(tmp, 'data/metadata.csv'));
    const repo = snapshotTree(ROOT, ['node_modules', '.git']);
    const corpus = snapshotTree(tmp);
    const out = join(tmp, 'run');
    const result = spawnSync(process.execPath, [join(ROOT, 'bin/khitab.cjs'), 'analyze', join(tmp, 'data/corpus'), '--out', out, ...extraArgs],
      { cwd: ROOT, encoding: 'utf8' });
    inspect({
      result, out,
      repoChanged: changedPaths(repo, snapshotTree(ROOT, ['node_modules', '.git'])),
      corpusChanged: changedPaths(corpus, snapshotTree(tmp, ['run'])),
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
