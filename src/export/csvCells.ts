/**
 * CSV lines, the one CSV writer of khitab: every table (row tables in the workers, aggregate
 * tables, `writeTables`, `toCsv`) is written through these. Cells are formatted by `formatCsvCell`
 * (numbers, booleans, formula neutralization) and quoted as RFC 4180 asks. Hand-written rather
 * than csv-stringify for speed (figures in docs/scaling.md).
 */
import { formatCsvBoolean, formatCsvCell, neutralizeFormula } from './formatCsvCell';

/**
 * Quotes a formatted cell when it holds `,`, `"`, CR or LF (quotes doubled), as RFC 4180 asks.
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
  const cells = new Array<string>(columns.length);
  for (let i = 0; i < columns.length; i++) cells[i] = quoteCsvField(formatCsvCell(row[columns[i]], columns[i]));
  return `${cells.join(',')}\n`;
}

/**
 * The CSV lines of many rows (`formatCsvRow` of each), joined once.
 * @example formatCsvRows([{a: 1}, {a: 2}], ['a']) // '1\n2\n'
 */
export function formatCsvRows(rows: readonly object[], columns: readonly string[]): string {
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) lines[i] = formatCsvRow(rows[i] as Record<string, unknown>, columns);
  return lines.join('');
}

/**
 * The header line of a table.
 * @example formatCsvHeader(['a', 'b']) // 'a,b\n'
 */
export function formatCsvHeader(columns: readonly string[]): string {
  return columns.map((c) => quoteCsvField(formatCsvCell(c, 'header'))).join(',') + '\n';
}

/** A string cell: formula-neutralized and quoted, as `formatCsvCell` and `quoteCsvField` do. */
function textCell(s: string): string {
  return s.length === 0 ? '' : quoteCsvField(neutralizeFormula(s));
}

/** A cell of any value, as `formatCsvRow` writes it, with shortcuts for strings and safe integers. */
function anyCell(v: unknown, column: string): string {
  if (typeof v === 'string') return textCell(v);
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return formatCsvBoolean(v);
  return quoteCsvField(formatCsvCell(v, column));
}

/** The cells of a marker (category, marker id), by marker id; checked against the category. */
const markerCells = new Map<string, { category: unknown; cells: string }>();

/**
 * The CSV lines of hit rows (columns of hits.csv, in `TABLE_COLUMNS.hits` order): exactly
 * `rows.map((r) => formatCsvRow(r, TABLE_COLUMNS.hits)).join('')` (property-tested), written
 * without a per-cell column lookup, and with the cells that repeat from hit to hit (page id, file
 * and outlet; role and segment; category and marker) formatted once.
 * Why: the hit table is the largest output (about 2.5 bytes of CSV per byte of input on the
 * benchmark corpus), so its formatting is a large share of a worker's time.
 * @example formatHitRows([hit]) // 'p1,p1.txt,orient_news,3,14,8,body,reporting,,slogan,slogan_lan_nusalih,-1,FALSE,TRUE,,قالوا ,لن نصالح, أبدا\n'
 */
export function formatHitRows(rows: readonly HitRowCells[]): string {
  // One template string per line, joined once: appending to one string would build a rope of
  // every cell, which costs more to flatten (when encoded) than everything else here.
  const lines = new Array<string>(rows.length);
  let id: unknown;
  let file: unknown;
  let outlet: unknown;
  let page = '';
  let role: unknown;
  let segment: unknown;
  let place = '';
  for (let i = 0; i < rows.length; i++) {
    const h = rows[i];
    if (i === 0 || h.id !== id || h.file !== file || h.outlet !== outlet) {
      id = h.id; file = h.file; outlet = h.outlet;
      page = `${anyCell(id, 'id')},${anyCell(file, 'file')},${anyCell(outlet, 'outlet')}`;
    }
    if (i === 0 || h.role !== role || h.segment !== segment) {
      role = h.role; segment = h.segment;
      place = `${anyCell(role, 'role')},${anyCell(segment, 'segment')}`;
    }
    let m = typeof h.marker === 'string' ? markerCells.get(h.marker) : undefined;
    if (m === undefined || m.category !== h.category) {
      m = { category: h.category, cells: `${anyCell(h.category, 'category')},${anyCell(h.marker, 'marker')}` };
      if (typeof h.marker === 'string') {
        if (markerCells.size >= 4096) markerCells.clear();
        markerCells.set(h.marker, m);
      }
    }
    lines[i] = `${page},${anyCell(h.line, 'line')},${anyCell(h.col, 'col')},${anyCell(h.len, 'len')},${place},${anyCell(h.comment, 'comment')},${m.cells},`
      + `${anyCell(h.polarity, 'polarity')},${anyCell(h.negated, 'negated')},${anyCell(h.quoted, 'quoted')},${anyCell(h.speaker, 'speaker')},`
      + `${anyCell(h.pre, 'pre')},${anyCell(h.keyword, 'keyword')},${anyCell(h.post, 'post')},${anyCell(h.voice, 'voice')}\n`;
  }
  return lines.join('');
}

/** The fields of a hit row that `formatHitRows` writes (`HitRow` of src/tables/types.ts). */
export interface HitRowCells {
  id: unknown; file: unknown; outlet: unknown; line: unknown; col: unknown; len: unknown; role: unknown;
  segment: unknown; comment: unknown; category: unknown; marker: unknown; polarity: unknown; negated: unknown;
  quoted: unknown; speaker: unknown; pre: unknown; keyword: unknown; post: unknown; voice: unknown;
}
