/**
 * Reader comments need positive evidence. The line labeller can read a headline list, a tag list
 * or a widget as comments; a block of comment roles is kept only when the page shows a comment
 * structure: a comments header, an author or time line with text after it, the HTML reader's
 * comment markup, or (comments with no header, author or time) lines in a reader's voice after the
 * article's text. Otherwise its lines become boilerplate, with a warning.
 */
import type { LabelledLine, Role } from './types';
import { countWords, lineKey } from './lineKey';
import { bundledWordClasses, wordClassCounts } from './model/wordClasses';

const COMMENT_ROLES = new Set<Role>(['comment_author', 'comment_meta', 'comment_body']);
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** Words in a headline-shaped line: 4 to 14 (a two-word «كلام صحيح» is a reader's reply, not a headline). */
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_MAX_WORDS = 14;
/** A sentence's end inside or at the end of a line (a headline has none, or a question mark). */
const SENTENCE_END = /[.!…]|[.!](?=\s)/;

/** Whether a comment line sounds like a reader: dialect particles, first or second person, or emoji. */
function readerVoice(text: string): boolean {
  const wc = bundledWordClasses();
  const c = wordClassCounts(lineKey(text.slice(0, 200)), wc);
  const at = (name: string): number => c[wc.names.indexOf(name)] ?? 0;
  return at('colloquial') + at('person') > 0 || EMOJI.test(text);
}

/**
 * Why the page's comment lines are reader comments, or null when nothing shows it: `header` (a
 * comment_header line), `markup` (an HTML comment hint on a comment line), `structure` (an author or
 * meta line followed by a body line), `reader_voice` (at least two body lines, most of them in a
 * reader's voice). Without a header or markup, comments must also come after the article's text
 * (at most one body line after the first comment line) and not all be headline-shaped (4–14 words,
 * no sentence end, no reader's voice: a list of related stories with names and dates).
 * @example commentEvidence(lines, undefined) // 'header'
 */
export function commentEvidence(lines: readonly LabelledLine[], hints: readonly (Role | null)[] | undefined): string | null {
  const comment = lines.filter((l) => COMMENT_ROLES.has(l.role));
  if (comment.length === 0) return null;
  if (lines.some((l) => l.role === 'comment_header')) return 'header';
  if (hints && comment.some((l) => COMMENT_ROLES.has(hints[l.n - 1] as Role) || hints[l.n - 1] === 'comment_header')) return 'markup';
  const bodyAfter = lines.filter((l) => l.role === 'body' && l.n > comment[0].n).length;
  if (bodyAfter > 1) return null;
  const bodies = comment.filter((l) => l.role === 'comment_body');
  const voiced = bodies.filter((l) => readerVoice(l.text)).length;
  const headlines = bodies.filter((l) => {
    const w = countWords(l.text, HEADLINE_MAX_WORDS + 1);
    return w >= HEADLINE_MIN_WORDS && w <= HEADLINE_MAX_WORDS && !SENTENCE_END.test(l.text.trim()) && !readerVoice(l.text);
  }).length;
  if (bodies.length > 0 && headlines === bodies.length) return null;
  let headSeen = false;
  for (const l of lines) {
    if (l.role === 'comment_author' || l.role === 'comment_meta') headSeen = true;
    else if (l.role === 'comment_body' && headSeen) return 'structure';
    else if (l.role !== 'blank') headSeen = false;
  }
  if (bodies.length >= 2 && 2 * voiced > bodies.length) return 'reader_voice';
  return null;
}

/**
 * Relabels the comment lines of a page without comment evidence as boilerplate (rule
 * `no_comment_evidence`) and returns how many lines changed (0 when the evidence holds).
 * @example dropUnfoundedComments(lines, undefined) // 3 (a headline list read as comments)
 */
export function dropUnfoundedComments(lines: LabelledLine[], hints: readonly (Role | null)[] | undefined): number {
  if (commentEvidence(lines, hints) !== null) return 0;
  let n = 0;
  for (const l of lines) {
    if (!COMMENT_ROLES.has(l.role)) continue;
    l.role = 'boilerplate';
    l.rule = 'no_comment_evidence';
    n++;
  }
  return n;
}
