/**
 * Which files make up a corpus folder: the recursive, sorted file list with include/exclude globs,
 * and the metadata table beside it. Shared by `loadCorpus` (in memory) and `streamCorpus`.
 */
import { existsSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Reject } from './types';

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
  /**
   * Follow symbolic links that lead out of the corpus folder (`khitab analyze --follow-outside`).
   * Default false: such a link is refused (`onRefusedLink`), so no file outside the folder is read
   * by accident (a link to a home folder, or to /etc).
   */
  followOutside?: boolean;
  /**
   * Folders never listed, however the walk reaches them: `analyzeFolder` gives its output folder,
   * so a link inside the corpus to `--out` is recognised by its real path. Default none.
   */
  skipFolders?: string[];
  /**
   * Called for a symbolic link the walk does not follow, with its reject (path relative to the root,
   * a trailing `/` for a folder): reason `link_refused` (it leads out of the corpus folder, or to a
   * folder of `skipFolders`) or `duplicate` (a folder already listed, under another path or as an
   * ancestor: each real folder is listed once). Default: nothing (the link is left out).
   */
  onRefusedLink?: (reject: Reject) => void;
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
 * dot-folders are skipped. Symbolic links are followed within the corpus folder; a link leading out
 * of it is refused unless `followOutside`, and each real folder is listed once (a link back up, or a
 * second link to a folder, is refused as `duplicate`, so chains of links cannot multiply the reads);
 * refusals go to `onRefusedLink`.
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
  const links = linkPolicy(root, options);
  /** Device and inode of every folder listed so far, with its path relative to the root. */
  const listedFolders = new Map<string, string>();
  /** Device and inode of the folders from the root down to the one being listed. */
  const inside = new Set<string>();
  const idOf = (dir: string): string => {
    const st = statSync(dir, { bigint: true });
    return `${st.dev}:${st.ino}`;
  };
  /**
   * Walks `dir`, whose path relative to the root is `prefix` ('' for the root, else ending in '/');
   * `viaLink` when the entry was a symbolic link.
   */
  function* walk(dir: string, prefix: string, viaLink: boolean): Generator<string> {
    let id: string;
    let listed: Dirent[];
    try {
      id = idOf(dir);
      const seen = listedFolders.get(id);
      if (seen !== undefined) {
        // A link back up (its files are listed on the way down), or a second way to one folder.
        const where = seen === '' ? 'the corpus folder' : seen;
        const detail = inside.has(id) ? `a link back to ${where}, which holds it`
          : viaLink ? `a link to the folder read as ${where}` : `the folder read as ${where} (through a link)`;
        links.refuse({ file: prefix, reason: 'duplicate', detail });
        return;
      }
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
    listedFolders.set(id, prefix);
    try {
      const entries: { key: string; name: string; isDir: boolean; link: boolean }[] = [];
      for (const entry of listed) {
        if (entry.name.startsWith('.')) continue;
        let isDir = entry.isDirectory();
        if (entry.isSymbolicLink()) {
          try { isDir = statSync(join(dir, entry.name)).isDirectory(); } catch { isDir = false; /* dangling: reported as unreadable */ }
        }
        entries.push({ key: isDir ? `${entry.name}/` : entry.name, name: entry.name, isDir, link: entry.isSymbolicLink() });
      }
      listed = [];
      entries.sort((a, b) => compareCodeUnits(a.key, b.key));
      for (const { key, name, isDir, link } of entries) {
        // Refused in path order, so the stream reports the link in its place.
        if (link && links.refused(join(dir, name), prefix + key)) continue;
        if (isDir) { yield* walk(join(dir, name), `${prefix}${name}/`, link); continue; }
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
  yield* walk(root, '', false);
}

/** The real path of a folder, or its absolute path when it does not exist (yet). */
function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Whether the real path `path` is `folder` or inside it. */
function isWithin(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * The walk's rule for symbolic links: `refused(abs, rel)` tells whether the link at `abs` (shown as
 * `rel`) is not followed, and reports it; `refuse` reports a refusal. The root's real path is
 * taken once; `skipFolders` are resolved when the walk starts (the output folder exists by then).
 */
function linkPolicy(root: string, options: CorpusFilesOptions): { refused(abs: string, rel: string): boolean; refuse(r: Reject): void } {
  const realRoot = realOrResolved(root);
  const skip = (options.skipFolders ?? []).map(realOrResolved);
  const refuse = (r: Reject): void => options.onRefusedLink?.(r);
  return {
    refuse,
    refused(abs: string, rel: string): boolean {
      let target: string;
      try {
        target = realpathSync(abs);
      } catch {
        return false; // dangling or a loop of links: the reader rejects it as unreadable
      }
      if (skip.some((f) => isWithin(target, f))) {
        refuse({ file: rel, reason: 'link_refused', detail: `a link to ${target}, the output folder of this run (its tables are not pages)` });
        return true;
      }
      if (!options.followOutside && !isWithin(target, realRoot)) {
        refuse({ file: rel, reason: 'link_refused', detail: `a link to ${target}, outside the corpus folder (--follow-outside follows it)` });
        return true;
      }
      return false;
    },
  };
}
