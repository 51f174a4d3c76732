import { escapeHtml } from './escapeHtml';
import { ARABIC_FONT_FAMILY } from './palette';

/** Options of `renderTableHtml`. */
export interface TableHtmlOptions {
  /** Rows shown; a note says how many were left out. Default 50. */
  maxRows?: number;
  /** Caption above the table (escaped). Default none. */
  caption?: string;
  /** Decimals of non-integer numbers. Default 3. */
  digits?: number;
}

/**
 * Formats one cell value as text: numbers with fixed decimals (integers as they are), null and
 * undefined as empty, booleans as `true`/`false`, objects as JSON.
 * @example formatCell(0.12345, 3) // '0.123'
 */
export function formatCell(value: unknown, digits = 3): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    return Number.isInteger(value) ? String(value) : value.toFixed(digits);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}

/**
 * An HTML table of rows (objects) for notebooks and reports. Every header and cell is escaped (cells
 * hold reader comments from the open web); cells carry `dir="auto"` so Arabic text runs right to left
 * while ids stay left to right; numeric columns are right-aligned. Columns default to the keys of
 * the first row, in order.
 * @example renderTableHtml([{outlet: 'arab48', hits: 3}]) // '<table class="khitab-table" …><thead><tr><th dir="auto">outlet</th>…'
 */
export function renderTableHtml<T extends object>(rows: T[], columns?: (keyof T & string)[], options: TableHtmlOptions = {}): string {
  const cols: string[] = columns ?? (rows.length ? Object.keys(rows[0]) : []);
  const max = Math.max(0, options.maxRows ?? 50);
  const shown = rows.slice(0, max);
  const digits = options.digits ?? 3;
  const get = (r: T, c: string): unknown => (r as Record<string, unknown>)[c];
  const numeric = new Set(cols.filter((c) => shown.some((r) => typeof get(r, c) === 'number') && shown.every((r) => get(r, c) === null || get(r, c) === undefined || typeof get(r, c) === 'number')));
  const out: string[] = [];
  out.push(`<table class="khitab-table" style="border-collapse:collapse;font-family:${ARABIC_FONT_FAMILY};font-size:13px;">`);
  if (options.caption !== undefined) out.push(`<caption style="text-align:left;font-weight:bold;padding:4px 0;">${escapeHtml(options.caption)}</caption>`);
  const th = 'style="border-bottom:2px solid #333;padding:3px 8px;text-align:left;"';
  out.push('<thead><tr>' + cols.map((c) => `<th dir="auto" ${numeric.has(c) ? th.replace('text-align:left', 'text-align:right') : th}>${escapeHtml(c)}</th>`).join('') + '</tr></thead>');
  out.push('<tbody>');
  for (const r of shown) {
    out.push(
      '<tr>' +
        cols
          .map((c) => {
            const v = get(r, c);
            const style = numeric.has(c)
              ? 'style="border-bottom:1px solid #ddd;padding:3px 8px;text-align:right;font-variant-numeric:tabular-nums;"'
              : 'style="border-bottom:1px solid #ddd;padding:3px 8px;text-align:start;vertical-align:top;white-space:pre-wrap;"';
            return `<td dir="auto" ${style}>${escapeHtml(formatCell(v, digits))}</td>`;
          })
          .join('') +
        '</tr>',
    );
  }
  out.push('</tbody>');
  if (rows.length > shown.length) {
    out.push(`<tfoot><tr><td colspan="${Math.max(1, cols.length)}" style="padding:3px 8px;color:#555;">${shown.length} of ${rows.length} rows shown</td></tr></tfoot>`);
  } else if (rows.length === 0) {
    out.push(`<tfoot><tr><td colspan="${Math.max(1, cols.length)}" style="padding:3px 8px;color:#555;">no rows</td></tr></tfoot>`);
  }
  out.push('</table>');
  return out.join('\n');
}
