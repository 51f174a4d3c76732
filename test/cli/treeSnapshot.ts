/**
 * A snapshot of a folder tree for tests that check a command wrote nowhere else: every file's size,
 * mtime and SHA-256 (size and mtime only under `.bench/`, hundreds of MB of generated corpora), and
 * every folder. `changedPaths` lists what differs between two snapshots.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
