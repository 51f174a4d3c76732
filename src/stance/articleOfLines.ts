/**
 * A minimal Article from plain lines (every line one role), for the lexicon check, KWIC queries on
 * free text and tests. Real pages go through the splitter instead.
 */
import type { Article, LabelledLine, Role } from '../split/types';

/**
 * Builds an Article whose lines all have the given role (default `body`).
 * @example articleOfLines(['لن نصالح']).lines[0] // { n: 1, role: 'body', text: 'لن نصالح', eol: '', rule: 'articleOfLines', comment: null }
 */
export function articleOfLines(lines: string[], role: Role = 'body', id = 'text'): Article {
  const labelled: LabelledLine[] = lines.map((text, i) => ({
    n: i + 1, role, text, eol: i + 1 < lines.length ? '\n' : '', rule: 'articleOfLines',
    comment: role === 'comment_body' ? 0 : null,
  }));
  return {
    id, file: id, encoding: 'utf-8', outlet: null, outletSource: null, title: null, lines: labelled,
    comments: role === 'comment_body'
      ? [{ index: 0, author: null, meta: null, ageMonths: null, approxDate: null, text: lines.join('\n'), lines: labelled.map((l) => l.n) }]
      : [],
    declaredCommentCount: null, warnings: [],
    // Free text the caller gives is taken as one article (no page-kind decision).
    pageKind: 'article', pageKindReason: '', splitConfidence: null,
  };
}
