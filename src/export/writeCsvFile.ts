/**
 * Writing one table as a CSV file, a thousand rows at a time (so a long table, such as the
 * rejects of a large corpus, is never one string), hashing the bytes as they are written for the
 * table's sidecar. Every CSV table khitab writes goes through `formatCsvRows` (src/export/csvCells.ts).
 */
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { basename } from 'node:path';
import { createHash } from 'node:crypto';
import { formatCsvHeader, formatCsvRows } from './csvCells';
import { writeAll } from './rowSpill';
import type { WrittenTable } from './sidecar';

/** Options of `writeCsvFile`. */
export interface WriteCsvFileOptions {
  /** Start the file with a UTF-8 byte-order mark (Excel). Default false. */
  bom?: boolean;
  /** Table name recorded in the result (for its sidecar). Default: the file name without `.csv`. */
  name?: string;
  /** Flush the file to disk (fsync) before closing it. Default false. */
  sync?: boolean;
  /** Open flag: 'w' (default) or 'wx' (fail when the file exists). */
  flag?: 'w' | 'wx';
}

/**
 * Writes `rows` as a CSV file with a header of `columns`; returns what its sidecar needs.
 * @example writeCsvFile('/o/rejects.csv', ['file', 'reason', 'detail'], []).sha256
 * // '0f3c…' (the hash of 'file,reason,detail\n')
 */
export function writeCsvFile(path: string, columns: readonly string[], rows: Iterable<object>, options: WriteCsvFileOptions = {}): WrittenTable {
  const hash = createHash('sha256');
  const fd = openSync(path, options.flag ?? 'w');
  const bom = options.bom ?? false;
  let rowCount = 0;
  try {
    const put = (text: string) => {
      const b = Buffer.from(text);
      hash.update(b);
      writeAll(fd, b);
    };
    put((bom ? '\uFEFF' : '') + formatCsvHeader(columns));
    let chunk: object[] = [];
    for (const row of rows) {
      chunk.push(row);
      rowCount++;
      if (chunk.length >= 1000) { put(formatCsvRows(chunk, columns)); chunk = []; }
    }
    if (chunk.length) put(formatCsvRows(chunk, columns));
    if (options.sync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const name = options.name ?? basename(path).replace(/\.csv$/i, '');
  return { path, name, columns: [...columns], rowCount, sha256: hash.digest('hex'), bom };
}
