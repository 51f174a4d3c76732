/**
 * Keyword-in-context as a right-to-left HTML table, for Arabic readers: the table is `dir="rtl"`,
 * so its first column is on the right. The preceding context sits on the right of the keyword and
 * the following context on its left, as they stand in the Arabic line; the keyword column is
 * centred and highlighted; each context stays on one line, aligned toward the keyword and clipped
 * on its far side when too long. CSV files keep the logical order pre, keyword, post.
 */
import { escapeHtml } from './escapeHtml';
import { ARABIC_FONT_FAMILY } from './palette';
import { formatCell } from './renderTableHtml';

/** A KWIC row: the three context parts plus any other fields (ids, category…). */
export interface KwicLike { pre: string | null; keyword: string | null; post: string | null }

/** Options of `renderKwicHtml`. */
export interface KwicHtmlOptions {
  /** Other fields shown after the context, to its left (e.g. `['id', 'category']`), in small type. Default none. */
  columns?: string[];
  /** Rows shown; a note says how many were left out. Default 50. */
  maxRows?: number;
  /** Caption above the table (escaped). Default none. */
  caption?: string;
}

const CELL = 'border-bottom:1px solid #ddd;padding:3px 6px;white-space:nowrap;overflow:hidden;';

/**
 * The KWIC table as HTML (every value escaped: page text is untrusted). Columns in reading order,
 * right to left: the preceding context (aligned left, toward the keyword; clipped on the right), the
 * keyword (centred, bold, highlighted), the following context (aligned right, toward the keyword;
 * clipped on the left), then the `columns` asked for.
 * @example renderKwicHtml([{pre: 'خرجت تحت ', keyword: 'لن نصالح', post: ' في إدلب'}])
 * // '<div class="khitab-kwic-scroll" dir="rtl" …>\n<table class="khitab-kwic" dir="rtl" style="direction:rtl;…">…<th …>السياق السابق · before</th>…'
 */
export function renderKwicHtml<T extends KwicLike>(rows: T[], options: KwicHtmlOptions = {}): string {
  const extra = options.columns ?? [];
  const max = Math.max(0, options.maxRows ?? 50);
  const shown = rows.slice(0, max);
  const out: string[] = [];
  // Fixed layout: the keyword and field columns have their widths, the two contexts share the rest
  // equally, and the table scrolls rather than squeeze a context below 12em. The scroll box is
  // right to left too, so a wide table opens on its right-hand side, where reading starts.
  const minEm = 9 + 2 * 12 + 5.5 * extra.length;
  out.push('<div class="khitab-kwic-scroll" dir="rtl" style="overflow-x:auto;max-width:100%;">');
  out.push(`<table class="khitab-kwic" dir="rtl" style="direction:rtl;border-collapse:collapse;table-layout:fixed;width:100%;min-width:${minEm}em;font-family:${ARABIC_FONT_FAMILY};font-size:14px;">`);
  if (options.caption !== undefined) out.push(`<caption dir="auto" style="font-weight:bold;padding:4px 0;">${escapeHtml(options.caption)}</caption>`);
  out.push('<colgroup><col><col style="width:9em"><col>' + extra.map(() => '<col style="width:5.5em">').join('') + '</colgroup>');
  const th = (text: string, align: string) => `<th dir="auto" style="border-bottom:2px solid #333;padding:3px 6px;text-align:${align};">${escapeHtml(text)}</th>`;
  out.push('<thead><tr>' + th('السياق السابق · before', 'left') + th('الكلمة · keyword', 'center') + th('السياق اللاحق · after', 'right') + extra.map((c) => th(c, 'right')).join('') + '</tr></thead>');
  out.push('<tbody>');
  for (const r of shown) {
    const cells: string[] = [];
    // Preceding context: an ltr cell holding an rtl run, so the run's end (next to the keyword)
    // sits on the cell's left edge and a long context overflows, and is cut, on the right.
    cells.push(`<td class="kwic-pre" style="${CELL}direction:ltr;text-align:left;"><span dir="rtl">${escapeHtml(r.pre ?? '')}</span></td>`);
    cells.push(`<td class="kwic-keyword" dir="rtl" style="${CELL}text-align:center;font-weight:bold;background:#FFE8A3;">${escapeHtml(r.keyword ?? '')}</td>`);
    // Following context: rtl, so it starts at the right edge (next to the keyword) and is cut on the left.
    cells.push(`<td class="kwic-post" dir="rtl" style="${CELL}text-align:right;">${escapeHtml(r.post ?? '')}</td>`);
    for (const c of extra) cells.push(`<td dir="auto" class="kwic-field" style="${CELL}text-align:right;text-overflow:ellipsis;font-size:12px;color:#444;">${escapeHtml(formatCell((r as unknown as Record<string, unknown>)[c]))}</td>`);
    out.push('<tr>' + cells.join('') + '</tr>');
  }
  out.push('</tbody>');
  const span = extra.length + 3;
  if (rows.length > shown.length) out.push(`<tfoot><tr><td colspan="${span}" dir="ltr" style="padding:3px 6px;color:#555;">${shown.length} of ${rows.length} rows shown</td></tr></tfoot>`);
  else if (rows.length === 0) out.push(`<tfoot><tr><td colspan="${span}" dir="ltr" style="padding:3px 6px;color:#555;">no rows</td></tr></tfoot>`);
  out.push('</table>');
  out.push('</div>');
  return out.join('\n');
}
