/**
 * The title is chosen, not assumed: among the lines the labeller calls `title`, the headline; a
 * kicker (a short title line right above a longer one) gives way to the headline under it, and a
 * line that is a notice, a site or section label, a link or a paragraph is never the title. With no
 * such line the title is empty and the page says so.
 */
import type { LabelledLine, Role } from '../types';
import type { SplitProfile } from '../profile';
import { classifyLine } from '../classifyLine';
import { countWords, lineKey } from '../lineKey';

/** Longest headline (code units): a longer line is a paragraph. */
export const TITLE_MAX_CHARS = 200;
/** A title line of at most this many words right above another title line is a kicker. */
const KICKER_MAX_WORDS = 4;
/** A headline has at most this many words and no sentence end: a longer or ended line is a lead paragraph. */
const HEADLINE_MAX_WORDS = 25;
const SENTENCE_END = /[.!…:]$/;
/** Content lines (non-blank) looked at before the first body line for a headline the labeller missed. */
const FALLBACK_WINDOW = 8;
/** Content lines looked at for a headline printed twice (a page's title and its heading). */
const REPEAT_WINDOW = 4;
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

/** What the fallback needs: each line's label scores and the labels' order, and the HTML role hints. */
export interface TitleEvidence {
  /** Label scores per line, `scores[(n - 1) * labels.length + r]`. */
  scores: Float64Array;
  /** The model's labels (score order). */
  labels: readonly Role[];
  /** HTML role hints per line (index n - 1), if the page was HTML. */
  hints?: readonly (Role | null)[];
}

/**
 * When no line is labelled `title`: the HTML reader's headline if it marked one, else (on a page
 * with body lines) among the first content lines before the first body line, the headline-shaped line (at most 25 words, no
 * sentence end, allowed by `canBeTitle`) whose `title` score is closest to its label's. Null when
 * none qualifies (a page that opens with its lead paragraph keeps no title).
 */
function fallbackTitle(lines: readonly LabelledLine[], p: SplitProfile, ev: TitleEvidence): LabelledLine | null {
  const R = ev.labels.length;
  const t = ev.labels.indexOf('title');
  const hinted = ev.hints ? lines.find((l) => ev.hints![l.n - 1] === 'title' && l.role !== 'blank' && canBeTitle(l, p)) : undefined;
  if (hinted) return hinted;
  if (!lines.some((l) => l.role === 'body')) return null; // no article text: a listing or chrome page has no headline
  let best: LabelledLine | null = null;
  let bestGap = -Infinity;
  let seen = 0;
  for (const l of lines) {
    if (l.role === 'blank') continue;
    if (l.role === 'body' || l.role.startsWith('comment') || seen++ >= FALLBACK_WINDOW) break;
    if (!headlineShaped(l, p)) continue;
    const o = (l.n - 1) * R;
    const gap = ev.scores[o + t] - ev.scores[o + ev.labels.indexOf(l.role)];
    if (gap > bestGap) { bestGap = gap; best = l; }
  }
  return best;
}

/** Whether a line has a headline's shape: at most 25 words, no sentence end, allowed by `canBeTitle`. */
function headlineShaped(l: LabelledLine, p: SplitProfile): boolean {
  const text = l.text.trim();
  return countWords(text, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS && !SENTENCE_END.test(text) && canBeTitle(l, p);
}

/**
 * A headline printed twice near the top (the page's title and its heading, one above the other,
 * as saved and extracted pages often show it): the first two equal headline-shaped lines among
 * the first `REPEAT_WINDOW` content lines both become `title` (rule `model_title_repeat`),
 * whatever the labeller said. Returns whether it found such a pair.
 * @example markRepeatedTitle(page(['عنوان الخبر', '', 'عنوان الخبر', 'نص.']), generic) // true
 */
export function markRepeatedTitle(lines: readonly LabelledLine[], p: SplitProfile): boolean {
  const head: LabelledLine[] = [];
  for (const l of lines) {
    if (l.role === 'blank') continue;
    if (head.length >= REPEAT_WINDOW) break;
    head.push(l);
  }
  for (let a = 0; a < head.length; a++) {
    const key = lineKey(head[a].text);
    for (let b = a + 1; b < head.length; b++) {
      if (lineKey(head[b].text) !== key || !headlineShaped(head[a], p)) continue;
      for (const l of [head[a], head[b]]) if (l.role !== 'title') { l.role = 'title'; l.rule = 'model_title_repeat'; }
      return true;
    }
  }
  return false;
}

/**
 * Chooses the headline among the lines labelled `title` after `markRepeatedTitle` (lines that
 * cannot be one keep their role but are passed over); with none, `fallbackTitle` when `evidence` is given (the chosen line is
 * relabelled `title`, rule `model_title_fallback`).
 * @example chooseTitle(lines, generic).line?.text // 'أنقرة ودمشق: جولة جديدة'
 */
export function chooseTitle(lines: readonly LabelledLine[], p: SplitProfile, evidence?: TitleEvidence): TitleChoice {
  markRepeatedTitle(lines, p);
  const cands = lines.filter((l) => l.role === 'title' && canBeTitle(l, p));
  if (cands.length === 0) {
    const any = lines.some((l) => l.role === 'title');
    const fb = evidence && !any ? fallbackTitle(lines, p, evidence) : null;
    if (fb) {
      fb.role = 'title';
      fb.rule = 'model_title_fallback';
      return { line: headlineUnder(lines, fb, p) ?? fb, reason: '' };
    }
    return { line: null, reason: any ? 'the lines labelled title are notices, labels, links or paragraphs' : 'no headline found in the text' };
  }
  const [first, next] = cands;
  if (next && isKickerOf(first, next)) return { line: next, reason: '' };
  return { line: (next ? null : headlineUnder(lines, first, p)) ?? first, reason: '' };
}

/**
 * A kicker the labeller took for the title, over a headline it took for text: when the content
 * line under `top` is a longer headline-shaped body, subheading or boilerplate line and `top` a
 * kicker over it, `top` becomes boilerplate (rule `model_kicker`) and that line the title (rule
 * `model_title_under_kicker`); it is returned. Null otherwise (nothing changes).
 */
function headlineUnder(lines: readonly LabelledLine[], top: LabelledLine, p: SplitProfile): LabelledLine | null {
  const below = lines.find((l) => l.n > top.n && l.role !== 'blank');
  if (!below || !KICKER_BELOW.has(below.role) || !isKickerOf(top, below) || !headlineShaped(below, p)) return null;
  top.role = 'boilerplate';
  top.rule = 'model_kicker';
  below.role = 'title';
  below.rule = 'model_title_under_kicker';
  return below;
}

/** Roles of a line under a kicker that can still be the headline. */
const KICKER_BELOW = new Set<Role>(['body', 'subheading', 'boilerplate']);

/** Whether `top` is a kicker over `line`: at most 4 words, at most 2 lines above it, shorter. */
function isKickerOf(top: LabelledLine, line: LabelledLine): boolean {
  return line.n - top.n <= 2 && countWords(top.text, KICKER_MAX_WORDS + 1) <= KICKER_MAX_WORDS
    && line.text.trim().length > top.text.trim().length;
}
