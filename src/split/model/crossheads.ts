/**
 * Crossheads under the trained labeller: a short line without final punctuation between two body
 * lines is a subheading, as the rule splitter reads it (`splitArticle`). The labeller sees few
 * crossheads in training and reads most of them as body; this keeps the two splitters agreeing on a
 * layout property that is the same on every outlet.
 */
import type { LabelledLine } from '../types';
import type { SplitProfile } from '../profile';
import { classifyLine } from '../classifyLine';
import { countWords } from '../lineKey';

/** Longest crosshead: words and code units (as the rule splitter's). */
const CROSSHEAD_MAX_WORDS = 8;
const CROSSHEAD_MAX_CHARS = 80;

/**
 * Relabels as `subheading` (rule `model_crosshead`) each body line of at most 8 words and 80 code
 * units, plain text by the profile rules with no final punctuation, set off by blank lines (print
 * text breaks a paragraph into short adjacent lines), whose previous and next content lines are
 * body; returns how many it relabelled.
 * @example markCrossheads(lines, generic) // 1 («أرفع اجتماع منذ 2011» between two paragraphs)
 */
export function markCrossheads(lines: readonly LabelledLine[], p: SplitProfile): number {
  const content = lines.filter((l) => l.role !== 'blank');
  const blankAt = (n: number): boolean => n < 1 || n > lines.length || lines[n - 1].role === 'blank';
  let marked = 0;
  for (let j = 1; j + 1 < content.length; j++) {
    const l = content[j];
    if (l.role !== 'body' || content[j - 1].role !== 'body' || content[j + 1].role !== 'body') continue;
    if (!blankAt(l.n - 1) || !blankAt(l.n + 1)) continue; // a line of broken print text, not a paragraph of its own
    const t = l.text.trim();
    if (t.length > CROSSHEAD_MAX_CHARS || countWords(t, CROSSHEAD_MAX_WORDS + 1) > CROSSHEAD_MAX_WORDS) continue;
    const k = classifyLine(l.text, p);
    if (k.kind !== 'text' || k.finalPunct) continue;
    l.role = 'subheading';
    l.rule = 'model_crosshead';
    marked++;
  }
  return marked;
}
