/**
 * Rebuilding comments from labelled lines, for pages whose comment roles come from structure
 * (HTML DOM role hints) rather than from the text layout.
 */
import type { Comment, LabelledLine } from './types';
import { parseRelativeAgeParts, DAYS_PER_MONTH } from './relativeAge';
import { parseCommentDate } from './commentDate';
import { approxDateFromAge } from './approxDate';

/** Options of `commentsFromLabels`. */
export interface CommentsFromLabelsOptions {
  /**
   * In a comment with neither author nor meta line, whether each body line starts a new comment
   * unless it continues the one before (it opens with و/ف + word, or the line before ends in «،», «,»
   * or «:»); a numbered line («2)», «3 -») always starts one. Default false (body lines join).
   */
  bareLineStarts?: boolean;
}

/** A numbered comment's opening («1)», «2 -», «(3)», «4.»). */
const NUMBERED = /^\(?[0-9٠-٩]{1,3}\s*[)\-–.]/;
/** A line that continues the previous one: opening conjunction attached to a word. */
const CONTINUES = /^[وف][\u0621-\u064a]/;
const OPEN_END = /[،,:]$/;

/**
 * Builds comments from `comment_author`, `comment_meta` and `comment_body` lines in page order:
 * an author line starts a comment; a meta line starts one unless the current comment has an author
 * and no meta or body yet; body lines join the current comment (or start one). A line of another
 * role (not blank) closes the current comment, as in the gold format's boundary rule. Sets
 * `line.comment`.
 * @example commentsFromLabels(lines, '2024-03')[0].author // 'Sundus'
 */
export function commentsFromLabels(lines: LabelledLine[], crawled: string | null = null, options: CommentsFromLabelsOptions = {}): Comment[] {
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
      const t = l.text.trim();
      if (cur && options.bareLineStarts && cur.author === null && !cur.hasMeta && cur.lines.length > 0) {
        const prev = lines[cur.lines[cur.lines.length - 1] - 1]?.text.trim() ?? '';
        if (NUMBERED.test(t) || !(CONTINUES.test(t) || OPEN_END.test(prev))) cur = null;
      }
      if (!cur) cur = start();
      cur.lines.push(l.n);
      cur.text = cur.text ? `${cur.text}\n${l.text.trim()}` : l.text.trim();
    } else {
      if (l.role !== 'blank') cur = null;
      continue;
    }
    l.comment = cur.index;
  }
  return out.map(({ hasMeta: _h, ...c }) => ({ ...c, text: c.text.trim() }));
}
