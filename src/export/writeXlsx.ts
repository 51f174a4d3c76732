/**
 * Excel workbooks: one `.xlsx` with a sheet per table, right-to-left sheet views (Arabic reads from
 * the right), typed cells (numbers as numbers, booleans as booleans, text as text) and never a
 * formula: a cell is written from a typed value, so page text starting with `=` stays text, with no
 * visible guard (the CSV's `'` is not needed here). Written through exceljs's streaming
 * WorkbookWriter, row by row, so a large table does not sit in memory; a table longer than a sheet
 * holds (1,048,576 rows with the header) stops at the limit with a warning, the CSV keeping every row.
 */
import { renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import * as ExcelJS from 'exceljs';
import type { ColumnKind } from '../tables/columns';

/** Rows a sheet holds, header included (Excel and LibreOffice). */
export const XLSX_MAX_ROWS = 1_048_576;

/** Characters a cell holds at most (Excel); longer text is cut there, with a warning. */
export const XLSX_MAX_CHARS = 32_767;

/** One column of a sheet. */
export interface XlsxColumn {
  /** Header (the table's column name). */
  name: string;
  /** Value kind: numbers for INTEGER, BIGINT and DOUBLE, booleans for BOOLEAN, text otherwise. */
  type: ColumnKind;
}

/** One sheet: a table. */
export interface XlsxSheet {
  /** Sheet name (at most 31 characters, none of `[]:*?/\`). */
  name: string;
  /** Columns in order. */
  columns: readonly XlsxColumn[];
  /** Rows, as objects keyed by column name; an array, or any (async) iterable for a table read as it is written. */
  rows: Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>;
}

/** Options of `writeXlsxWorkbook`. */
export interface WriteXlsxOptions {
  /** Rows a sheet may hold, header included. Default `XLSX_MAX_ROWS` (smaller only for tests). */
  maxRows?: number;
}

/** What was written. */
export interface XlsxReport {
  /** Per sheet: data rows written, and rows left out past the sheet limit. */
  sheets: { name: string; rows: number; leftOut: number }[];
  /** Warnings (rows left out, text cut at 32,767 characters), one line each. */
  warnings: string[];
}

/** Rows written between two turns of the event loop (so the file stream drains). */
const YIELD_ROWS = 2048;

/** Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/U+FFFF): a workbook with them does not open. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Counts of what a sheet's cells needed changed. */
interface CellNotes {
  cut: number;
}

/**
 * A value as the cell of a column of the given type: numbers, booleans, text, or null (empty).
 * A non-finite number is written as text (`Inf`, `-Inf`; NaN empty), as in the CSV. Text with white
 * space at an end or a line break is an inline string (exceljs reads it back as `{richText}`; its
 * `cell.text` is the text).
 * @example xlsxCell('=1+2', 'VARCHAR', notes) // '=1+2' (a text cell, never a formula)
 */
function xlsxCell(value: unknown, type: ColumnKind, column: string, notes: CellNotes): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (type === 'BOOLEAN' && typeof value === 'boolean') return value;
  if (type !== 'VARCHAR' && type !== 'BOOLEAN' && typeof value === 'number') {
    if (Number.isNaN(value)) return null;
    return Number.isFinite(value) ? value : value > 0 ? 'Inf' : '-Inf';
  }
  if (typeof value === 'object' || typeof value === 'function' || typeof value === 'symbol') {
    throw new TypeError(`writeXlsxWorkbook: column '${column}' holds a ${Array.isArray(value) ? 'array' : typeof value}, which has no cell form`);
  }
  let text = String(value).replace(NOT_XML, '\uFFFD');
  if (text.length > XLSX_MAX_CHARS) {
    notes.cut++;
    text = `${text.slice(0, XLSX_MAX_CHARS - 1)}…`;
  }
  // A plain text cell (`t="str"`) loses white space at its ends in LibreOffice (and line ends may
  // not survive); an inline string keeps them (`xml:space="preserve"`), so such text is written so.
  return EDGE_SPACE.test(text) ? { richText: [{ text }] } : text;
}

/** Text that needs an inline string: white space at either end, or a line break or tab inside. */
const EDGE_SPACE = /^\s|\s$|[\r\n\t]/;

/**
 * Waits until the zip stream has taken most of what the sheet committed. exceljs's sheet stream
 * writes into the zip's input without heeding back-pressure, so a sheet written faster than it is
 * compressed piles up in memory, up to the whole sheet's XML (figures: docs/scaling.md, "Excel workbook").
 * The zip's input (archiver's PassThrough, of readable-stream 2, so no `writableLength`) is reached
 * through exceljs 4.4's sheet stream (`stream.pipes[0]`); without it, one turn of the event loop.
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  type Input = NodeJS.WritableStream & { _writableState?: { length?: number } };
  const input = (sheet as unknown as { stream?: { pipes?: Input[] } }).stream?.pipes?.[0];
  const waiting = input?._writableState?.length;
  if (input && typeof waiting === 'number' && waiting > ZIP_BACKLOG) await once(input, 'drain');
  else await new Promise((done) => setImmediate(done));
}

/** Bytes of sheet XML allowed to wait for the zip before rows stop being added. */
const ZIP_BACKLOG = 1 << 20;

/** Throws unless `name` is a valid, distinct sheet name. */
function checkSheetName(name: string, seen: Set<string>): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new RangeError(`writeXlsxWorkbook: invalid sheet name ${JSON.stringify(name)} (1–31 characters, none of []:*?/\\)`);
  if (seen.has(name.toLowerCase())) throw new RangeError(`writeXlsxWorkbook: duplicate sheet name '${name}'`);
  seen.add(name.toLowerCase());
}

/**
 * Writes one workbook with a sheet per table: right-to-left views, the header row frozen and bold,
 * typed cells, no formulas. Rows past a sheet's limit (`XLSX_MAX_ROWS`) are left out with a warning
 * naming how many; text longer than a cell holds is cut with a warning. Written to a temporary
 * file beside `file` and renamed, so a failed write leaves no half workbook.
 * Dates are text as the tables have them (ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a partial date
 * has no spreadsheet date form).
 * @example
 * await writeXlsxWorkbook('outputs/tables.xlsx', [{ name: 'hits', columns: [{name: 'line', type: 'INTEGER'}], rows: [{line: 3}] }])
 * // { sheets: [{name: 'hits', rows: 1, leftOut: 0}], warnings: [] }
 */
export async function writeXlsxWorkbook(file: string, sheets: readonly XlsxSheet[], options: WriteXlsxOptions = {}): Promise<XlsxReport> {
  const maxData = (options.maxRows ?? XLSX_MAX_ROWS) - 1;
  const seen = new Set<string>();
  for (const s of sheets) checkSheetName(s.name, seen);
  const tmp = `${file}.tmp-${process.pid}`;
  const report: XlsxReport = { sheets: [], warnings: [] };
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
  try {
    for (const s of sheets) {
      const sheet = workbook.addWorksheet(s.name, { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
      const header = sheet.addRow(s.columns.map((c) => c.name));
      header.font = { bold: true };
      header.commit();
      const notes: CellNotes = { cut: 0 };
      let rows = 0;
      let leftOut = 0;
      for await (const row of s.rows) {
        if (rows >= maxData) { leftOut++; continue; }
        sheet.addRow(s.columns.map((c) => xlsxCell(row[c.name], c.type, c.name, notes))).commit();
        if (++rows % YIELD_ROWS === 0) await zipCaughtUp(sheet);
      }
      sheet.commit();
      report.sheets.push({ name: s.name, rows, leftOut });
      if (leftOut > 0) {
        report.warnings.push(`sheet ${s.name}: ${leftOut.toLocaleString('en')} rows left out past the sheet limit of ${(maxData + 1).toLocaleString('en')} rows; the CSV has them all`);
      }
      if (notes.cut > 0) report.warnings.push(`sheet ${s.name}: ${notes.cut} cells cut at ${XLSX_MAX_CHARS.toLocaleString('en')} characters (a cell's limit); the CSV has the full text`);
    }
    await workbook.commit();
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return report;
}
