/**
 * The profile's caption patterns (`caption:` in a profile: the credit line of an embedded post,
 * «— name (@handle) date») are a hard constraint under the trained labeller: such a line is a
 * caption whatever the labeller said. The pattern is exact, and the layout (an embedded post) is
 * the same on every outlet, while the labeller meets it in one layout family only.
 */
import type { LabelledLine } from '../types';
import type { SplitProfile } from '../profile';
import { classifyLine } from '../classifyLine';

/** Longest line (code units) tested: a credit line is short. */
const CREDIT_MAX_CHARS = 160;

/**
 * Relabels as `caption` (rule `model_caption_pattern`) each non-blank line that the profile's
 * caption patterns match; returns how many lines changed.
 * @example markPostCredits(lines, generic) // 1 (the line «— Samir Haddad (@samir_h) May 10, 2023»)
 */
export function markPostCredits(lines: readonly LabelledLine[], p: SplitProfile): number {
  let marked = 0;
  for (const l of lines) {
    if (l.role === 'blank' || l.role === 'caption' || l.text.length > CREDIT_MAX_CHARS) continue;
    const k = classifyLine(l.text, p);
    if (k.kind !== 'caption' || !('rule' in k) || k.rule !== 'caption_regex') continue;
    l.role = 'caption';
    l.rule = 'model_caption_pattern';
    marked++;
  }
  return marked;
}
