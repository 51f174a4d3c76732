/**
 * Which files make up a corpus folder: the recursive, sorted file list with include/exclude globs,
 * and the metadata table beside it. Shared by `loadCorpus` (in memory) and `streamCorpus`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Options that select the files of a corpus folder. */
export interface CorpusFilesOptions {
  /** Only files whose relative path matches one of these globs (`*` within a folder, `**` across folders, `?` one character; a glob without `/` matches the file name in any folder). Default: all. */
  include?: string[];
  /** Skip files whose relative path matches one of these globs. Default: none. Dot-files and dot-folders are always skipped. */
  exclude?: string[];
  /** Metadata CSV path, or `false` for none. Default: `<dir>/../metadata.csv` when it exists (data/corpus → data/metadata.csv). */
  meta?: string | false;
}

/** Code-unit order, independent of locale. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compiles a simple glob (`*`, `**`, `?`; everything else literal) to an anchored regex on
 * `/`-separated relative paths. A pattern without `/` matches the file name in any folder.
 * @example globToRegExp('**\/*.txt').test('a/b/c.txt') // true
 * @example globToRegExp('*.txt').test('sub/c.txt') // true (no slash: any folder)
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') { i++; re += '(?:[^/]*/)*'; } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(glob.includes('/') ? `^${re}$` : `(?:^|/)${re}$`);
}

/**
 * The metadata CSV a corpus folder uses under `options.meta` (null for none), as `loadCorpus` picks it.
 * @example metadataPathOf('data/corpus') // '/abs/data/metadata.csv'
 */
export function metadataPathOf(root: string, options: Pick<CorpusFilesOptions, 'meta'> = {}): string | null {
  if (options.meta === false) return null;
  if (options.meta !== undefined) return resolve(options.meta);
  const def = resolve(root, '..', 'metadata.csv');
  return existsSync(def) ? def : null;
}

/**
 * Lists the files of a corpus folder, recursively, as `/`-separated paths relative to the root,
 * sorted by code units (the order of `loadCorpus`), without the metadata CSV. Dot-files and
 * dot-folders are skipped. Symbolic links to folders are followed, except a link back to a folder
 * the walk is already inside (a cycle, whose files are listed once, under the path without it).
 * @example listCorpusFiles('data/corpus') // ['000_be8fd5d588858933.txt', '001_be24e1eb1075d265.txt', …]
 */
export function listCorpusFiles(root: string, options: CorpusFilesOptions = {}): string[] {
  const inc = (options.include ?? []).map(globToRegExp);
  const exc = (options.exclude ?? []).map(globToRegExp);
  const metaPath = metadataPathOf(root, options);
  const files: string[] = [];
  /** Device and inode of the folders from the root down to the one being listed. */
  const inside = new Set<string>();
  const idOf = (dir: string): string => {
    const st = statSync(dir, { bigint: true });
    return `${st.dev}:${st.ino}`;
  };
  const walk = (dir: string): void => {
    const id = idOf(dir);
    if (inside.has(id)) return; // a link back up: its files are listed on the way down
    inside.add(id);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const abs = join(dir, entry.name);
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try { isDir = statSync(abs).isDirectory(); } catch { isDir = false; /* dangling: reported as unreadable */ }
      }
      if (isDir) { walk(abs); continue; }
      if (abs === metaPath) continue;
      const rel = relative(root, abs).split(sep).join('/');
      if (inc.length && !inc.some((r) => r.test(rel))) continue;
      if (exc.some((r) => r.test(rel))) continue;
      files.push(rel);
    }
    inside.delete(id);
  };
  walk(root);
  return files.sort(compareCodeUnits);
}
