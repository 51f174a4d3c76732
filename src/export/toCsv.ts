/**
 * A table as CSV text in memory, for small tables and user code: the header and rows that every
 * khitab CSV file has (`formatCsvHeader`, `formatCsvRows` of src/export/csvCells.ts).
 */
import { formatCsvHeader, formatCsvRows } from './csvCells';

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Prefix a UTF-8 byte-order mark so Excel detects UTF-8 (Arabic is garbled without it). Default `false`. */
  excel?: boolean;
  /** Record delimiter: `'\n'` (default, as R's write.csv and pandas) or `'\r\n'` (RFC 4180's CRLF). */
  recordDelimiter?: '\n' | '\r\n';
}

/**
 * Serializes rows to CSV text: a header row with `columns`, then one record per row with
 * the cells in column order. Quoting follows RFC 4180: a field is quoted
 * when it contains a comma, a double quote (doubled inside) or a line break (LF or CR), so Arabic
 * commas «،», quotes and multi-line reader comments survive a round trip through
 * csv-parse, R's read.csv or pandas. Cell values are converted by `formatCsvCell`: empty
 * for null, `true`/`false`, numbers rounded to 6 significant digits, and string cells
 * starting with = + - @ tab or CR prefixed with `'` against formula injection.
 *
 * @example
 * toCsv([{ id: 'a', text: 'قال، "لا"', n: 1 / 3, ok: true, x: null }], ['id', 'text', 'n', 'ok', 'x']);
 * // 'id,text,n,ok,x\na,"قال، ""لا""",0.333333,true,\n'
 */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[], options: CsvOptions = {}): string {
  if (columns.length === 0) throw new RangeError('toCsv: at least one column is required');
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) throw new RangeError(`toCsv: duplicate column '${c}'`);
    seen.add(c);
  }
  const header = formatCsvHeader(columns);
  const rowsText = formatCsvRows(rows, columns);
  // Quoted cells keep their own line breaks: only each line's final LF is the record delimiter.
  const body = options.recordDelimiter === '\r\n'
    ? (header + rowsText).replace(/("(?:[^"]|"")*")|\n/g, (_m, quoted) => quoted ?? '\r\n')
    : header + rowsText;
  return options.excel ? `\uFEFF${body}` : body;
}
