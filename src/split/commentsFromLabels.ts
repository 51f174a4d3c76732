/**
 * Rebuilding comments from labelled lines, for pages whose comment roles come from structure
 * (HTML DOM role hints) rather than from the text layout.
 */
import type { Comment, LabelledLine } from './types';
import { parseRelativeAgeParts, DAYS_PER_MONTH } from './relativeAge';
import { parseCommentDate } from './commentDate';
import { approxDateFromAge } from './approxDate';

/**
 * Builds comments from `comment_author`, `comment_meta` and `comment_body` lines in page order:
 * an author line starts a comment; a meta line starts one unless the current comment has an author
 * and no meta or body yet; body lines join the current comment (or start one). Sets `line.comment`.
 * @example commentsFromLabels(lines, '2024-03')[0].author // 'Sundus'
 */
export function commentsFromLabels(lines: LabelledLine[], crawled: string | null = null): Comment[] {
  const out: (Comment & { hasMeta: boolean })[] = [];
  let cur: (Comment & { hasMeta: boolean }) | null = null;
  const start = (): Comment & { hasMeta: boolean } => {
    const c = { index: out.length, author: null, meta: null, ageMonths: null, approxDate: null, text: '', lines: [], hasMeta: false };
    out.push(c);
    return c;
  };
  for (const l of lines) {
    l.comment = null;
    if (l.role === 'comment_author') {
      cur = start();
      cur.author = l.text.trim();
    } else if (l.role === 'comment_meta') {
      if (!cur || cur.hasMeta || cur.lines.length > 0) cur = start();
      cur.hasMeta = true;
      cur.meta = l.text.trim();
      const age = parseRelativeAgeParts(cur.meta.replace(/^[·•|\-–\s]+/, ''));
      const date = age ? null : parseCommentDate(cur.meta);
      cur.ageMonths = age ? Math.round((age.months + age.days / DAYS_PER_MONTH) * 100) / 100 : null;
      cur.approxDate = date ?? (age ? approxDateFromAge(crawled, age) : null);
    } else if (l.role === 'comment_body') {
      if (!cur) cur = start();
      cur.lines.push(l.n);
      cur.text = cur.text ? `${cur.text}\n${l.text.trim()}` : l.text.trim();
    } else continue;
    l.comment = cur.index;
  }
  return out.map(({ hasMeta: _h, ...c }) => ({ ...c, text: c.text.trim() }));
}
