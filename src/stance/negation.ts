/**
 * Negation: which tokens are negators and how far back they reach.
 *
 * Rule (documented in src/stance/README.md): a hit is `negated` when one of the NEGATORS (with an
 * optional و/ف in front, and ب/ل in front of عدم/دون/غير) occurs among the `NEGATION_WINDOW` word
 * tokens before the hit's first token, without a clause boundary (. ، , ؛ ; : ! ? ؟ or a line end)
 * in between. Quote marks and brackets are skipped, not counted. Hits whose pattern starts with a
 * negator, and every slogan, are negations themselves and are never marked negated.
 */
import { prefixCandidates } from '../text/clitics';
import type { CliticCandidate } from '../text/clitics';

import { NEGATORS } from '../lexicon/negators';
export { NEGATORS };

/** Negators that may take a preposition ب/ل in front (بعدم، لعدم، بغير، بدون). */
const PREP_NEGATORS = new Set(['عدم', 'غير', 'دون']);

/** How many word tokens before a hit a negator may stand. */
export const NEGATION_WINDOW = 2;

/** Punctuation that ends a clause for negation and speaker scanning. */
export const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set(['.', '،', ',', '؛', ';', ':', '!', '?', '؟', '…']);

/**
 * Whether a token (matching key) is a negator: the bare particle, with و/ف, or (عدم/غير/دون) with ب/ل.
 * `كما` or `لما` are not negators (ك/ل + ما is not allowed).
 * @example isNegatorKey('ولا') // true
 * @example isNegatorKey('بعدم') // true
 * @example isNegatorKey('كما') // false
 */
export function isNegatorKey(key: string): boolean {
  return isNegatorReading(key, prefixCandidates(key));
}

/**
 * `isNegatorKey` given the key's clitic readings (`prefixCandidates(key)`, or
 * `cliticCandidates(key, …)`: readings with a suffix are skipped), so a caller that has the
 * readings already does not compute them again.
 * @example isNegatorReading('ولا', cliticCandidates('ولا', true)) // true
 */
export function isNegatorReading(key: string, readings: readonly CliticCandidate[]): boolean {
  if (NEGATORS.has(key)) return true;
  for (const c of readings) {
    if (c.suffix !== '' || c.article || !NEGATORS.has(c.stem)) continue;
    if (c.proclitic === 'و' || c.proclitic === 'ف') return true;
    if (PREP_NEGATORS.has(c.stem) && /^[وف]?[بل]$/.test(c.proclitic)) return true;
  }
  // prefixCandidates keeps stems of 2+ letters; «ولا»/«ولم» leave 2 letters and are found above.
  return false;
}
