/**
 * Page ids derived from file names, the one rule for every reader (files, metadata rows without an
 * id, JSON-lines records without one). The rule works file by file, so any worker or shard gives
 * a file the same id without seeing the others; the ids that can still be the same (two records
 * with one id, `a.txt` beside `a.html`) are found by the run in corpus order (src/run/pageIds.ts).
 */

/**
 * The id of a page read from a file: its path relative to the corpus folder, `/`-separated,
 * without its last extension. Files at the top of the folder keep their stem (the bundled corpus's
 * ids); files in sub-folders keep their folders, so `s1/page.txt` and `s2/page.txt` are told apart
 * by any worker or shard without a list of every id. (Metadata and JSON-lines ids take precedence.)
 * @example pageIdOfFile('000_be8fd5d588858933.txt') // '000_be8fd5d588858933'
 * @example pageIdOfFile('s1/page.txt')                // 's1/page'
 */
export function pageIdOfFile(file: string): string {
  return file.replace(/\\/g, '/').replace(/\.[^./]+$/, '');
}
