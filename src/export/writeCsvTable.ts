import * as fs from 'fs';
import * as path from 'path';
import { CsvOptions, toCsv } from './toCsv';
import { writeFileAtomic } from './writeFileAtomic';

/**
 * Writes rows as a UTF-8 CSV file (see {@link toCsv} for quoting, number and formula
 * rules), creating the parent folder, through a temporary file renamed into place so an
 * interrupted run never leaves a truncated table. Re-running with the same rows gives a
 * byte-identical file.
 *
 * @returns The path written.
 * @example
 * writeCsvTable('outputs/tables/rejects.csv', [{ file: 'x.bin', reason: 'binary', detail: '' }], ['file', 'reason', 'detail']);
 * // 'outputs/tables/rejects.csv'  (content: 'file,reason,detail\nx.bin,binary,\n')
 */
export function writeCsvTable<T extends object>(
  filePath: string,
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
  options: CsvOptions = {},
): string {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  return writeFileAtomic(filePath, toCsv(rows, columns, options));
}
