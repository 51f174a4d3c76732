/**
 * The figures of a run are replaced as a set: they are drawn into a staging folder inside
 * `<parent>/.khitab-tmp-<pid>/` (the name of a run's temporary folder, src/run/tempFolder.ts, so
 * the next `khitab analyze` into the same folder removes one left by `kill -9`), then swapped
 * with the figures folder. A stopped or failed drawing leaves the previous figures untouched,
 * and this run's HTML never sits next to the previous run's SVG and PNG.
 */
import * as fs from 'fs';
import * as path from 'path';

/** A staging folder and the folder it will replace. */
export interface StagedFolder {
  /** Where the set is drawn (empty when made). */
  staging: string;
  /** The folder it replaces. */
  dest: string;
}

/**
 * Makes an empty staging folder for `dest` in `<parent of dest>/.khitab-tmp-<pid>/`.
 * @example stageFolder('outputs/figures').staging // '/…/outputs/.khitab-tmp-4242/figures'
 */
export function stageFolder(dest: string): StagedFolder {
  const abs = path.resolve(dest);
  const staging = path.join(path.dirname(abs), `.khitab-tmp-${process.pid}`, path.basename(abs));
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  return { staging, dest: abs };
}

/**
 * Removes a staging folder, and its `.khitab-tmp-<pid>` parent when that is then empty.
 * @example dropStaged(stageFolder('outputs/figures')) // nothing left in outputs/
 */
export function dropStaged(s: StagedFolder): void {
  fs.rmSync(s.staging, { recursive: true, force: true });
  fs.rmSync(`${s.staging}.old`, { recursive: true, force: true });
  try { fs.rmdirSync(path.dirname(s.staging)); } catch { /* not empty (a run's own files) or gone */ }
}

/**
 * Puts the staged folder in the place of `dest`: the old folder is moved aside (into the
 * temporary folder), the staged one renamed to `dest`, the old one removed. Renames are atomic on
 * one file system, so `dest` holds one whole set or the other; if another process put a folder at
 * `dest` in between (concurrent runs into one folder), the swap is tried again, and the last run wins.
 * Throws (with `dest` unchanged) when `dest` cannot be moved, e.g. a read-only folder.
 * @example commitStaged(stageFolder('outputs/figures')) // outputs/figures is now the staged set
 */
export function commitStaged(s: StagedFolder): void {
  const old = `${s.staging}.old`;
  for (let attempt = 0; ; attempt++) {
    fs.rmSync(old, { recursive: true, force: true });
    let moved = false;
    try {
      fs.renameSync(s.dest, old);
      moved = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    try {
      fs.renameSync(s.staging, s.dest);
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (moved) try { fs.renameSync(old, s.dest); } catch { /* another run's set is in place */ }
      if (attempt >= 4 || (code !== 'ENOTEMPTY' && code !== 'EEXIST')) throw e;
    }
  }
  dropStaged(s);
}
