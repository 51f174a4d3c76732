/**
 * The title is chosen, not assumed: among the lines the labeller calls `title`, the headline; a
 * kicker (a short title line right above a longer one) gives way to the headline under it, and a
 * line that is a notice, a site or section label, a link or a paragraph is never the title. With no
 * such line the title is empty and the page says so.
 */
import type { LabelledLine } from '../types';
import type { SplitProfile } from '../profile';
import { classifyLine } from '../classifyLine';
import { countWords } from '../lineKey';

/** Longest headline (code units): a longer line is a paragraph. */
export const TITLE_MAX_CHARS = 200;
/** A title line of at most this many words right above another title line is a kicker. */
const KICKER_MAX_WORDS = 4;
/** Rule kinds that are never a headline. */
const NOT_TITLE = new Set(['boilerplate', 'footer', 'comment_form', 'comment_action', 'link', 'counter', 'comment_header']);

/** The chosen title line, or null with the reason. */
export interface TitleChoice {
  /** The headline's line (1-based n), or null. */
  line: LabelledLine | null;
  /** Why no title was chosen (empty when one was). */
  reason: string;
}

/** Whether a `title` line can be a headline: not too long, and not a notice, label or link by the profile's rules. */
function canBeTitle(l: LabelledLine, p: SplitProfile): boolean {
  const t = l.text.trim();
  return t.length > 0 && t.length <= TITLE_MAX_CHARS && !NOT_TITLE.has(classifyLine(t, p).kind);
}

/**
 * Chooses the headline among the lines labelled `title` (lines that cannot be one keep their role
 * but are passed over).
 * @example chooseTitle(lines, generic).line?.text // 'أنقرة ودمشق: جولة جديدة'
 */
export function chooseTitle(lines: readonly LabelledLine[], p: SplitProfile): TitleChoice {
  const cands = lines.filter((l) => l.role === 'title' && canBeTitle(l, p));
  if (cands.length === 0) {
    const any = lines.some((l) => l.role === 'title');
    return { line: null, reason: any ? 'the lines labelled title are notices, labels, links or paragraphs' : 'no headline found in the text' };
  }
  const [first, next] = cands;
  if (next && next.n - first.n <= 2 && countWords(first.text, KICKER_MAX_WORDS + 1) <= KICKER_MAX_WORDS
    && next.text.trim().length > first.text.trim().length) return { line: next, reason: '' };
  return { line: first, reason: '' };
}
