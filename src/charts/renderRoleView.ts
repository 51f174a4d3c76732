import type { Article, Role } from '../split/types';
import { ROLES } from '../split/types';
import { escapeHtml } from './escapeHtml';
import { ARABIC_FONT_FAMILY } from './palette';
import type { HtmlSink } from './displayFigure';
import { tslabHtmlSink } from './displayFigure';

/**
 * Background colour of each line role: Paul Tol's "light" qualitative scheme (colour-blind safe,
 * light enough for black text; https://personal.sron.nl/~pault/), reporting roles in blues/greens,
 * comment roles in oranges/pinks, noise in greys. The role name is also printed on each line, so the
 * view never relies on colour alone.
 */
export const ROLE_COLORS: Readonly<Record<Role, string>> = {
  title: '#77AADD',
  byline: '#99DDFF',
  body: '#FFFFFF',
  subheading: '#44BB99',
  caption: '#BBCC33',
  link: '#AAAA00',
  comment_header: '#EE8866',
  comment_author: '#EEDD88',
  comment_meta: '#FFAABB',
  comment_body: '#FCE6CF',
  boilerplate: '#DDDDDD',
  blank: '#F7F7F7',
};

/** Options of `renderRoleView`. */
export interface RoleViewOptions {
  /** Lines shown. Default: all. */
  maxLines?: number;
  /** Hide blank lines. Default true. */
  hideBlank?: boolean;
}

/**
 * HTML view of a split page: every line with its number, its role (and the rule that assigned it, on
 * hover), on the role's background colour, plus a legend; the page text is escaped and `dir="auto"`
 * so Arabic lines run right to left. Used in notebook 01 to check the splitter by eye.
 * @example renderRoleView(result.articles[0]) // '<div class="khitab-roles" …><div class="legend">…'
 */
export function renderRoleView(article: Article, options: RoleViewOptions = {}): string {
  const hideBlank = options.hideBlank ?? true;
  const lines = article.lines.filter((l) => !(hideBlank && l.role === 'blank'));
  const shown = options.maxLines === undefined ? lines : lines.slice(0, options.maxLines);
  const used = new Set(article.lines.map((l) => l.role));
  const out: string[] = [];
  out.push(`<div class="khitab-roles" style="font-family:${ARABIC_FONT_FAMILY};font-size:13px;max-width:980px;">`);
  out.push(`<div style="font-weight:bold;margin-bottom:4px;" dir="auto">${escapeHtml(article.id)} · ${escapeHtml(article.outlet ?? 'unknown outlet')} · ${escapeHtml(article.title ?? '(no title)')}</div>`);
  out.push(
    '<div class="legend" style="margin-bottom:6px;">' +
      ROLES.filter((r) => used.has(r))
        .map((r) => `<span style="display:inline-block;background:${ROLE_COLORS[r]};border:1px solid #999;padding:1px 6px;margin:2px;">${escapeHtml(r)}</span>`)
        .join('') +
      '</div>',
  );
  out.push('<table style="border-collapse:collapse;width:100%;">');
  for (const l of shown) {
    const comment = l.comment === null ? '' : ` #${l.comment}`;
    out.push(
      `<tr style="background:${ROLE_COLORS[l.role] ?? '#FFFFFF'};" title="${escapeHtml(`${l.role}${comment} (rule: ${l.rule})`)}">` +
        `<td style="color:#555;padding:1px 6px;vertical-align:top;text-align:right;font-variant-numeric:tabular-nums;">${l.n}</td>` +
        `<td style="color:#333;padding:1px 6px;vertical-align:top;white-space:nowrap;font-family:monospace;font-size:11px;">${escapeHtml(l.role + comment)}</td>` +
        `<td dir="auto" style="padding:1px 6px;white-space:pre-wrap;">${escapeHtml(l.text)}</td>` +
        '</tr>',
    );
  }
  out.push('</table>');
  if (shown.length < lines.length) out.push(`<div style="color:#555;">${shown.length} of ${lines.length} lines shown</div>`);
  if (article.warnings.length) {
    out.push('<ul style="color:#8a3b00;">' + article.warnings.map((w) => `<li dir="auto">${escapeHtml(w)}</li>`).join('') + '</ul>');
  }
  out.push('</div>');
  return out.join('\n');
}

/**
 * Shows `renderRoleView(article)` under the current tslab cell.
 * @example displayRoleView(result.articles[1])
 */
export function displayRoleView(article: Article, options: RoleViewOptions & { sink?: HtmlSink } = {}): void {
  (options.sink ?? tslabHtmlSink())(renderRoleView(article, options));
}
