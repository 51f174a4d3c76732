/**
 * "Read also" links inside an article's text («اقرأ أيضاً: <headline>», «Read more: …», the
 * profile's `readAlso:` patterns) are a hard constraint under the trained labeller: such a line is
 * fixed as `link` before decoding. The cue and its colon are the same on every outlet, while the
 * labeller meets them in one layout family only and reads them as body or captions elsewhere.
 */
import type { SplitProfile } from '../profile';
import { lineKey } from '../lineKey';
import { matchLinePatterns } from '../linePatterns';

/** Longest line (code units) tested: a cue and a headline or a URL. */
const READ_ALSO_MAX_CHARS = 200;
/** The cue's colon comes within this many code units of the start. */
const CUE_MAX_CHARS = 24;

/**
 * Whether the line is a "read also" link by the profile's `readAlso:` patterns.
 * @example isReadAlsoLink('اقرأ أيضاً: أنقرة ودمشق تستأنفان المحادثات', generic) // true
 * @example isReadAlsoLink('اقرأ أيضاً', generic) // false (a list's heading)
 */
export function isReadAlsoLink(text: string, p: SplitProfile): boolean {
  if (text.length > READ_ALSO_MAX_CHARS) return false;
  // Every bundled pattern has its colon near the start: other lines are not keyed.
  let colon = false;
  for (let i = 0, n = Math.min(text.length, CUE_MAX_CHARS + 1); i < n && !colon; i++) colon = text.charCodeAt(i) === 58;
  if (!colon) return false;
  return matchLinePatterns(p.readAlso, lineKey(text)) !== null;
}
