/**
 * Token counts and keyness terms of a text: the per-line helpers the statistics stage counts.
 */
import { TOKEN_RE, kindOfMatch, WORD_KINDS } from './tokenize';
import { matchKey } from './matchKey';
import { arabicStopwords } from './stopwords';

/**
 * Number of word-like tokens (Arabic and Latin words, numbers, hashtags, @mentions) in a text;
 * URLs, emoji and punctuation are not counted. The denominator of every rate per 1,000 tokens.
 * @example countTokens('قال الوزير: «لن نصالح» 😀 https://x.com') // 4
 */
export function countTokens(text: string): number {
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (WORD_KINDS.has(kindOfMatch(m))) n++;
  return n;
}

const ARTICLE_PREFIXES = ['وبال', 'وكال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال'];

/**
 * Light-10-style stem of a matching key for keyness: strips an article combination
 * (وبال، وكال، فبال، وال، فال، بال، كال، ولل، فلل، لل، ال) when at least 2 letters remain. A bare
 * و/ف/ب/ل is NOT stripped here (unlike the matcher, which only keeps readings found in the
 * codebook): without a dictionary, «وزير»، «وقف»، «بيان»، «لقاء» would be cut. Suffixes are kept.
 * @example termStem('والتطبيع') // 'تطبيع'
 * @example termStem('وزير') // 'وزير'
 */
export function termStem(key: string): string {
  for (const p of ARTICLE_PREFIXES) {
    if (key.startsWith(p) && key.length - p.length >= 2) return key.slice(p.length);
  }
  return key;
}

/**
 * Normalized, clitic-stripped terms of a text with stopwords removed, for keyness counts:
 * Arabic and Latin words (lower-cased) and hashtags (whole, normalized); numbers, URLs, mentions,
 * emoji and punctuation are dropped.
 * @example termsOf('رفض السوريون التطبيع مع النظام') // ['رفض', 'سوريون', 'تطبيع', 'نظام']
 */
export function termsOf(text: string): string[] {
  const stop = arabicStopwords();
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const kind = kindOfMatch(m);
    if (kind === 'hashtag') { out.push(matchKey(m[0])); continue; }
    if (kind !== 'arabic' && kind !== 'latin') continue;
    const key = matchKey(m[0]);
    if (stop.has(key)) continue;
    const stem = termStem(key);
    if (stem.length < 2 || stop.has(stem)) continue;
    out.push(stem);
  }
  return out;
}

/**
 * Hashtags of a text as matching keys, in order («#لن_نصالح» → «#لن_نصالح»).
 * @example hashtagsOf('وسم #لن_نصالح و#لا_للتطبيع') // ['#لن_نصالح', '#لا_للتطبيع']
 */
export function hashtagsOf(text: string): string[] {
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (m[2] === undefined && m[3] !== undefined) out.push(matchKey(m[0]));
  return out;
}
