/**
 * Reading a cell of a khitab CSV back as its typed value, and the formula guard's character class
 * that both the writer (`neutralizeFormula`, src/export/formatCsvCell.ts) and the readers use, so
 * what one adds the other removes.
 */
import type { ColumnKind } from './columns';

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV Injection"), and their
 * look-alikes that input methods and some spreadsheet imports fold into them: full-width `＝ ＋ － ＠`
 * (U+FF1D, U+FF0B, U+FF0D, U+FF20), small forms `﹦ ﹢ ﹣ ﹫` (U+FE66, U+FE62, U+FE63, U+FE6B) and the
 * minus sign `−` (U+2212).
 * @example FORMULA_CHARS.includes('@') // true
 */
export const FORMULA_CHARS = '=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212';

/**
 * A text starting with one of `FORMULA_CHARS`.
 * @example FORMULA_START.test('=1+2') // true
 */
export const FORMULA_START = new RegExp(`^[${FORMULA_CHARS.replace(/[-\\\]^]/g, '\\$&')}]`);

/**
 * Undoes the CSV formula guard on a cell read back: the `'` the writer put before a formula
 * character or look-alike is removed (typed text, as in a workbook or a DataFrame, needs no guard).
 * @example restoreFormulaText("'=1+2") // '=1+2'
 * @example restoreFormulaText("'quoted") // "'quoted"
 */
export function restoreFormulaText(cell: string): string {
  return cell.charCodeAt(0) === 39 && FORMULA_START.test(cell.slice(1, 2)) ? cell.slice(1) : cell;
}

/**
 * A CSV cell of a khitab table as its typed value: numbers (with `Inf`/`-Inf`), booleans
 * (`TRUE`/`FALSE`; lower case in runs before issue 19), text with the formula guard undone. An
 * empty cell is null in a nullable column (`NULLABLE_COLUMNS`) and the empty string in other text columns.
 * @example csvCellValue('BOOLEAN', 'TRUE', false) // true
 * @example csvCellValue('VARCHAR', "'=1+2", false) // '=1+2'
 */
export function csvCellValue(kind: ColumnKind, cell: string, nullable: boolean): string | number | boolean | null {
  if (cell === '') return kind === 'VARCHAR' && !nullable ? '' : null;
  switch (kind) {
    case 'INTEGER':
    case 'BIGINT':
      return Number(cell);
    case 'DOUBLE':
      return cell === 'Inf' ? Infinity : cell === '-Inf' ? -Infinity : Number(cell);
    case 'BOOLEAN':
      return cell === 'TRUE' || cell === 'true';
    default:
      return restoreFormulaText(cell);
  }
}
