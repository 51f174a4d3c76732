/**
 * CSV lines for the streamed row tables (articles, comments, hits), one row at a time. Cells are
 * formatted by the export module's `formatCsvCell` (numbers, booleans, formula neutralization) and
 * quoted as `toCsv` (csv-stringify) quotes them, so a streamed table is byte-identical to the same
 * rows written by `toCsv` — test/parallel/csvCells.test.ts checks this on random rows.
 */
import { formatCsvCell } from '../export/formatCsvCell';

/**
 * Quotes a formatted cell when it holds `,`, `"`, CR or LF (quotes doubled), as csv-stringify does.
 * @example quoteCsvField('a,b')   // '"a,b"'
 * @example quoteCsvField('say "x"') // '"say ""x"""'
 */
export function quoteCsvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Formats one row as a CSV line (with its `\n`), taking the columns in the given order.
 * @example formatCsvRow({a: 1, b: 'x,y', c: null}, ['a', 'b', 'c']) // '1,"x,y",\n'
 * @example formatCsvRow({a: '=1+1'}, ['a'])                          // "'=1+1\n"
 */
export function formatCsvRow(row: Record<string, unknown>, columns: readonly string[]): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    if (i > 0) line += ',';
    line += quoteCsvField(formatCsvCell(row[columns[i]], columns[i]));
  }
  return line + '\n';
}

/**
 * The header line of a table.
 * @example formatCsvHeader(['a', 'b']) // 'a,b\n'
 */
export function formatCsvHeader(columns: readonly string[]): string {
  return columns.map((c) => quoteCsvField(formatCsvCell(c, 'header'))).join(',') + '\n';
}
