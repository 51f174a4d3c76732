/**
 * Whether a run's table has the columns this version of khitab writes. DuckDB reads a CSV by
 * position with the declared names, so a run written by an older or newer khitab (a column added,
 * renamed or dropped) would come back with shifted, wrongly named values; `openRun` checks the
 * header first and stops with what differs and how to get a matching run.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * The column names of a CSV file's header line (plain names: the export never quotes them).
 * @example csvHeaderColumns('outputs/articles.csv').slice(0, 2) // ['id', 'file']
 */
export function csvHeaderColumns(path: string): string[] {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    let text = buf.subarray(0, n).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const end = text.search(/\r?\n/);
    const line = end === -1 ? text : text.slice(0, end);
    return line === '' ? [] : line.split(',').map((c) => c.replace(/^"(.*)"$/, '$1').replace(/""/g, '"'));
  } finally {
    closeSync(fd);
  }
}

/**
 * Why `found` is not the expected column list, or null when it is (same names, same order).
 * @example columnMismatch(['id', 'stanceIndex'], ['id', 'index']) // 'missing stanceIndex; not written by this version: index'
 */
export function columnMismatch(expected: readonly string[], found: readonly string[]): string | null {
  if (expected.length === found.length && expected.every((c, i) => c === found[i])) return null;
  const missing = expected.filter((c) => !found.includes(c));
  const extra = found.filter((c) => !expected.includes(c));
  const parts = [
    missing.length ? `missing ${missing.join(', ')}` : '',
    extra.length ? `not written by this version: ${extra.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : `the columns are in another order (expected ${expected.join(', ')})`;
}

/**
 * The error `openRun` throws for a table written by another version of khitab.
 * @example otherVersionError('/r/articles.csv', 'missing voice', '2026-11-30T…').message // 'openRun: /r/articles.csv … missing voice …'
 */
export function otherVersionError(file: string, why: string, writtenOn: string): Error {
  return new Error(`openRun: ${file} does not have the columns this version of khitab writes (${why}); `
    + `the run was written on ${writtenOn} by another version. Analyze the corpus again into a new folder `
    + '(`khitab analyze CORPUS --out NEW_FOLDER`), or read its CSV files directly.');
}

/**
 * Throws `otherVersionError` when a table's columns (`found`) are not the ones this version writes.
 * @example checkRunColumns('/r/hits.csv', ['id', 'voice'], ['id'], '2026-11-30T…') // throws: … missing voice …
 */
export function checkRunColumns(file: string, expected: readonly string[], found: readonly string[], writtenOn: string): void {
  const why = columnMismatch(expected, found);
  if (why !== null) throw otherVersionError(file, why, writtenOn);
}
