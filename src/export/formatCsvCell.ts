/**
 * Formatting one table value as CSV text: numbers by a fixed rounding policy, booleans as TRUE/FALSE,
 * strings neutralized against spreadsheet formulas.
 */
import { FORMULA_START } from '../tables/csvCellValue';

/**
 * Neutralizes a string against spreadsheet formula injection (OWASP, "CSV Injection"):
 * a string that starts with `=`, `+`, `-`, `@`, a tab, a carriage return or a look-alike of one of
 * the four (full-width `＝`, small `﹦`, minus sign `−`, …; see FORMULA_START) gets a leading
 * single quote `'`, so Excel/LibreOffice show it as text instead of evaluating it. Reader
 * comments come from the open web, and a comment like `=HYPERLINK(...)` must not run.
 * Only string cells are neutralized; numbers such as −3 are written as numbers.
 *
 * @example
 * neutralizeFormula('=1+2');   // "'=1+2"
 * neutralizeFormula('-عاجل');  // "'-عاجل"
 * neutralizeFormula('＝1+2');  // "'＝1+2"
 * neutralizeFormula('لن نصالح'); // 'لن نصالح'
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Writes a number with khitab's fixed rounding policy, so tables are byte-stable across
 * runs and platforms:
 * - integers (safe range) are written exactly: `42`, `-3`;
 * - other finite numbers are rounded to 6 significant digits and written in JavaScript's
 *   shortest form of that rounded value, without trailing zeros: `0.333333`, `12.3457`,
 *   `1234570` — exponent notation appears only below 1e-6 or from 1e21 up (`1.23457e-7`),
 *   which is what p-values of very key terms need;
 * - `-0` is written `0`; `NaN` is written as an empty cell (missing); ±Infinity as `Inf`/`-Inf`
 *   (R's spelling).
 *
 * @example
 * formatCsvNumber(1 / 3);      // '0.333333'
 * formatCsvNumber(2.5);        // '2.5'
 * formatCsvNumber(3.8254e-12); // '3.8254e-12'
 */
export function formatCsvNumber(value: number): string {
  if (Number.isNaN(value)) return '';
  if (value === Infinity) return 'Inf';
  if (value === -Infinity) return '-Inf';
  if (Object.is(value, -0) || value === 0) return '0';
  if (Number.isSafeInteger(value)) return String(value);
  const rounded = Number(value.toPrecision(6));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** The CSV spelling of a boolean: `TRUE`/`FALSE`, which base R's `read.csv` reads as logical (lower case stays character), and pandas, DuckDB and spreadsheets as booleans. */
export function formatCsvBoolean(value: boolean): 'TRUE' | 'FALSE' {
  return value ? 'TRUE' : 'FALSE';
}

/**
 * Converts one table value to its CSV text: null/undefined → empty cell, booleans →
 * `TRUE`/`FALSE` ({@link formatCsvBoolean}), numbers through {@link formatCsvNumber}, bigints exactly, strings through
 * {@link neutralizeFormula}. Anything else (objects, arrays, dates) is an error naming the
 * column, because silently writing `[object Object]` would corrupt a table.
 *
 * @example
 * formatCsvCell(null, 'outlet');   // ''
 * formatCsvCell(true, 'negated');  // 'TRUE'
 * formatCsvCell('+90 555', 'text'); // "'+90 555"
 */
export function formatCsvCell(value: unknown, column: string): string {
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'string':
      return neutralizeFormula(value);
    case 'number':
      return formatCsvNumber(value);
    case 'boolean':
      return formatCsvBoolean(value);
    case 'bigint':
      return value.toString();
    default:
      throw new TypeError(`formatCsvCell: column '${column}' holds a ${Array.isArray(value) ? 'array' : typeof value}, which has no CSV form`);
  }
}
