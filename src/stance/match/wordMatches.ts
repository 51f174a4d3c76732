/**
 * Whether a token continues a phrase: the test the matcher runs on the second and later words of
 * a candidate phrase (the first word is found through the token's cached `starts`). A word matches
 * by its key, its key without the article, or, where the phrase allows suffixes, a suffix-stripped
 * reading (computed once per distinct token, on first need).
 */
import { suffixCandidates } from '../../text/clitics';
import type { TokInfo } from './tokenInfo';

/** Suffix-stripped readings of a token as [stem, hasArticle], cached on its analysis. */
function suffixReadings(info: TokInfo): [string, boolean][] {
  if (!info.sufs) {
    const out: [string, boolean][] = [];
    for (const [s] of suffixCandidates(info.key)) out.push([s, false]);
    if (info.bare) for (const [s] of suffixCandidates(info.bare)) out.push([s, true]);
    info.sufs = out;
  }
  return info.sufs;
}

/**
 * Whether the token of `info` is the pattern word `stem` (`article`: the pattern requires the
 * article; `noArticle`: it forbids it; `allowSuffix`: a pronoun or inflection suffix may follow).
 * @example wordMatches(analyzeToken(c, 'النظام', T_ARABIC), 'نظام', false, false) // true
 */
export function wordMatches(info: TokInfo, stem: string, article: boolean, allowSuffix: boolean, noArticle?: boolean): boolean {
  if (!article && info.key === stem) return true;
  if (noArticle) {
    if (allowSuffix) for (const [s, a] of suffixReadings(info)) if (s === stem && !a) return true;
    return false;
  }
  if (info.bare === stem) return true;
  if (allowSuffix) for (const [s, a] of suffixReadings(info)) if (s === stem && (a || !article)) return true;
  return false;
}
