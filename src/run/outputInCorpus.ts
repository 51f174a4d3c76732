/**
 * An output folder inside the corpus folder (`khitab analyze corpus --out corpus/results`): the
 * next run would list the tables, sidecars and figures of the last one as pages of the corpus and
 * analyze them (the bundled pages plus one earlier run read as 47 "pages" and 920 hits instead of
 * 5 and 241). `analyzeFolder` leaves that folder out of the listing, and refuses an output folder
 * that is the corpus folder itself (its tables could not be told from the pages).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Where the output folder `out` lies in the corpus folder `root`: its path relative to `root`
 * ('/'-separated, as `Page.file`), or null when it is outside. Throws when `out` is `root`.
 * @example outputFolderInCorpus('/data/corpus', '/data/corpus/results') // 'results'
 * @example outputFolderInCorpus('/data/corpus', '/data/outputs')        // null
 */
export function outputFolderInCorpus(root: string, out: string): string | null {
  const rel = relative(resolve(root), resolve(out));
  if (rel === '') {
    throw new Error(`the output folder is the corpus folder (${resolve(root)}): the next run would read the tables as pages; write them to another folder (--out)`);
  }
  if (isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return null;
  return rel.split(sep).join('/');
}

/**
 * Whether a file of the corpus (path relative to the corpus root, '/'-separated) lies outside the
 * folder `sub` (null: no folder, so every file does).
 * @example isOutside('results2/b.txt', 'results') // true
 * @example isOutside('results/hits.csv', 'results') // false
 */
export function isOutside(file: string, sub: string | null): boolean {
  return sub === null || (file !== sub && !file.startsWith(`${sub}/`));
}

/**
 * The files of a corpus listing that are not in the folder `sub` (`isOutside`), one at a time as
 * the listing gives them.
 * @example [...filesOutside(['a.txt', 'results/hits.csv', 'results2/b.txt'], 'results')] // ['a.txt', 'results2/b.txt']
 */
export function* filesOutside(files: Iterable<string>, sub: string | null): Generator<string> {
  for (const f of files) if (isOutside(f, sub)) yield f;
}
