/**
 * The profile's caption patterns (`caption:` in a profile: the credit line of an embedded post,
 * «— name (@handle) date») are a hard constraint under the trained labeller: such a line is fixed
 * as a caption before decoding, whatever its scores. The pattern is exact, and the layout (an
 * embedded post) is the same on every outlet, while the labeller meets it in one layout family only.
 */
import type { SplitProfile } from '../profile';
import { classifyLine } from '../classifyLine';
import { lineKeyFirstUnit } from '../lineKey';

/**
 * Longest line (code units) tested: a credit line is short. Only lines starting with a dash are
 * classified, as the bundled pattern does; a profile whose `caption:` pattern starts otherwise
 * would need this check widened.
 */
const CREDIT_MAX_CHARS = 160;

/**
 * Whether the profile's caption patterns match the line (an embedded post's credit line).
 * @example isPostCredit('— Samir Haddad (@samir_h) May 10, 2023', generic) // true
 */
export function isPostCredit(text: string, p: SplitProfile): boolean {
  if (text.length > CREDIT_MAX_CHARS) return false;
  const c = lineKeyFirstUnit(text);
  if (c !== 0x2014 && c !== 0x2013 && c !== 0x2d) return false; // the patterns start with a dash: no need to classify other lines
  const k = classifyLine(text, p);
  return k.kind === 'caption' && 'rule' in k && k.rule === 'caption_regex';
}
