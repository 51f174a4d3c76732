/**
 * Which files make up a corpus folder: the recursive, sorted file list with include/exclude globs,
 * and the metadata table beside it. Shared by `loadCorpus` (in memory) and `streamCorpus`.
 */
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import picomatch from 'picomatch';

/** Options that select the files of a corpus folder. */
export interface CorpusFilesOptions {
  /** Only files whose relative path matches one of these globs (picomatch: `*` within a folder, `**` across folders, `?` one character, `[…]`, `{a,b}`; a glob without `/` matches the file name in any folder). Default: all. */
  include?: string[];
  /** Skip files whose relative path matches one of these globs. Default: none. Dot-files and dot-folders are always skipped. */
  exclude?: string[];
  /** Metadata CSV path, or `false` for none. Default: `<dir>/../metadata.csv` when it exists (data/corpus → data/metadata.csv). */
  meta?: string | false;
  /**
   * Called for a folder below the root that cannot be read (its path relative to the root with a
   * trailing `/`, and the error), which the walk then leaves out: the stream reports it as an
   * `unreadable` reject. Default: throw, naming the folder.
   */
  onUnreadableFolder?: (folder: string, error: NodeJS.ErrnoException) => void;
}

/** Code-unit order, independent of locale. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The test of one `--include`/`--exclude` glob on `/`-separated paths relative to the corpus root,
 * by picomatch (`*` within a folder, `**` across folders, `?` one character, `[…]` a character
 * class, `{a,b}` alternatives). A glob without `/` matches the file name in any folder.
 * @example globMatcher('**\/*.txt')('a/b/c.txt') // true
 * @example globMatcher('*.txt')('sub/c.txt') // true (no slash: any folder)
 * @example globMatcher('sub/*.txt')('sub/deeper/c.txt') // false (`*` stays within a folder)
 */
export function globMatcher(glob: string): (path: string) => boolean {
  // picomatch's `basename` would match every glob against the file name alone, slashes or not.
  return picomatch(glob, { basename: !glob.includes('/') });
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
 * The whole list: for a corpus streamed past, `walkCorpusFiles` gives the same paths one at a time.
 * @example listCorpusFiles('data/corpus') // ['000_be8fd5d588858933.txt', '001_be24e1eb1075d265.txt', …]
 */
export function listCorpusFiles(root: string, options: CorpusFilesOptions = {}): string[] {
  return [...walkCorpusFiles(root, options)];
}

/**
 * `listCorpusFiles`, one path at a time: each folder is read when the walk reaches it, so memory
 * holds the entries of the folders on the current path, not the list. The order is the same:
 * within a folder, files are sorted by name and sub-folders by name + `/`, and every path under a
 * folder `d` starts with `d/`, so the walk visits the paths in code-unit order (tested against
 * sorting the whole list). Why: a list of three million paths held ~150 MB for the whole run.
 * @example [...walkCorpusFiles('data/corpus')].length // 5
 */
export function* walkCorpusFiles(root: string, options: CorpusFilesOptions = {}): Generator<string> {
  const inc = (options.include ?? []).map(globMatcher);
  const exc = (options.exclude ?? []).map(globMatcher);
  const metaPath = metadataPathOf(root, options);
  /** Device and inode of the folders from the root down to the one being listed. */
  const inside = new Set<string>();
  const idOf = (dir: string): string => {
    const st = statSync(dir, { bigint: true });
    return `${st.dev}:${st.ino}`;
  };
  /** Walks `dir`, whose path relative to the root is `prefix` ('' for the root, else ending in '/'). */
  function* walk(dir: string, prefix: string): Generator<string> {
    let id: string;
    let listed: Dirent[];
    try {
      id = idOf(dir);
      if (inside.has(id)) return; // a link back up: its files are listed on the way down
      listed = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (prefix === '' || !options.onUnreadableFolder) {
        throw new Error(`cannot read the corpus folder ${prefix || dir}: ${err.code ?? err.message}`, { cause: e });
      }
      options.onUnreadableFolder(prefix, err);
      return;
    }
    inside.add(id);
    try {
      const entries: { key: string; name: string; isDir: boolean }[] = [];
      for (const entry of listed) {
        if (entry.name.startsWith('.')) continue;
        let isDir = entry.isDirectory();
        if (entry.isSymbolicLink()) {
          try { isDir = statSync(join(dir, entry.name)).isDirectory(); } catch { isDir = false; /* dangling: reported as unreadable */ }
        }
        entries.push({ key: isDir ? `${entry.name}/` : entry.name, name: entry.name, isDir });
      }
      listed = [];
      entries.sort((a, b) => compareCodeUnits(a.key, b.key));
      for (const { name, isDir } of entries) {
        if (isDir) { yield* walk(join(dir, name), `${prefix}${name}/`); continue; }
        if (metaPath !== null && join(dir, name) === metaPath) continue;
        const rel = prefix + name;
        if (inc.length && !inc.some((m) => m(rel))) continue;
        if (exc.some((m) => m(rel))) continue;
        yield rel;
      }
    } finally {
      inside.delete(id);
    }
  }
  yield* walk(root, '');
}
