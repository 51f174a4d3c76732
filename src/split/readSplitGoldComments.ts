/**
 * Where the reader comments of a gold page start (data/gold/split/README.md, "Comment
 * boundaries"): the gold comment count is the number of starts.
 */
import type { Role } from '../corpus/types';

/**
 * Marks the lines where a reader comment starts: a `comment_author` line; a `comment_body` line
 * with no comment open, or written `comment_body*` after the open comment's text; a `comment_meta` line when no comment is
 * open, or when the open comment already has a body line and the next non-blank line is a
 * `comment_body` (an authorless comment «منذ …» + text after another). A comment stays open until a
 * `comment_header` or a line of a non-comment role; blank lines change nothing.
 * This reads the README's "a `comment_meta` line not right after its author" as its decision table
 * means it: a meta line among a comment's head lines (time, «awaiting moderation») or trailing it
 * ("reply", like counts, followed by the next author) belongs to that comment, not a new one.
 * @example commentStarts([{role:'comment_author'},{role:'comment_meta'},{role:'comment_body'},{role:'comment_meta'},{role:'comment_author'}]) // [true,false,false,false,true]
 * @example commentStarts([{role:'comment_meta'},{role:'comment_body'},{role:'comment_meta'},{role:'comment_body', star:true}]) // [true,false,true,false]
 * @example commentStarts([{role:'comment_body'},{role:'comment_body', star:true}]) // [true,true]
 */
export function commentStarts(lines: readonly { role: Role; star?: boolean }[]): boolean[] {
  const nextRole = (i: number): Role | null => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j].role !== 'blank') return lines[j].role;
    return null;
  };
  let open = false;
  let hasBody = false;
  return lines.map(({ role, star }, i) => {
    if (role === 'blank') return false;
    let starts = false;
    if (role === 'comment_author' || (role === 'comment_body' && (!open || (star && hasBody)))) starts = true;
    else if (role === 'comment_meta') starts = !open || (hasBody && nextRole(i) === 'comment_body');
    if (starts) hasBody = false;
    open = starts || (open && role.startsWith('comment_') && role !== 'comment_header');
    if (role === 'comment_body') hasBody = true;
    return starts;
  });
}
