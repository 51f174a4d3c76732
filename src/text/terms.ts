/**
 * Token counts and keyness terms of a text: the per-line helpers the statistics stage counts.
 */
import { matchKey } from './matchKey';
import * as affixes from './affixes';
import { arabicStopwords } from './stopwords';
import { scanTokens, TokenBuffer, IS_WORD_KIND, T_ARABIC, T_HASHTAG, T_LATIN } from './scanTokens';

// A module-level copy: the CommonJS transform reads imports through getters (a call per access).
const hasPrefix = affixes.hasPrefix;

const buffer = new TokenBuffer();

/**
 * Number of word-like tokens (Arabic and Latin words, numbers, hashtags, @mentions) in a text;
 * URLs, emoji and punctuation are not counted. The denominator of every rate per 1,000 tokens.
 * @example countTokens('قال الوزير: «لن نصالح» 😀 https://x.com') // 4
 */
export function countTokens(text: string): number {
  scanTokens(text, buffer);
  let n = 0;
  for (let i = 0; i < buffer.n; i++) if (IS_WORD_KIND[buffer.kind[i]]) n++;
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
    if (key.length - p.length >= 2 && hasPrefix(key, p)) return key.slice(p.length);
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
  scanTokens(text, buffer);
  const out: string[] = [];
  for (let i = 0; i < buffer.n; i++) {
    const t = termOfToken(buffer.raw[i], buffer.kind[i]);
    if (t !== null) out.push(t);
  }
  return out;
}

/**
 * The keyness term of one word key (the `matchKey` of an Arabic or Latin token), or null when
 * the word is a stopword or too short: not a stopword, article-stripped (`termStem`), at least
 * 2 letters and not a stopword after stripping. The per-token rule of `termsOf`.
 * @example termOfWordKey('والتطبيع') // 'تطبيع'
 * @example termOfWordKey('الي') // null  (إلى, a stopword)
 */
export function termOfWordKey(key: string): string | null {
  const stop = arabicStopwords();
  if (stop.has(key)) return null;
  const stem = termStem(key);
  if (stem.length < 2 || stop.has(stem)) return null;
  return stem;
}

/**
 * The keyness term of one token given its numeric kind (see `scanTokens`), or null: hashtags
 * whole as matching keys, Arabic and Latin words through `termOfWordKey`, nothing for other kinds.
 * @example termOfToken('#لن_نصالح', T_HASHTAG) // '#لن_نصالح'
 * @example termOfToken('النظام', T_ARABIC) // 'نظام'
 * @example termOfToken('2011', T_NUMBER) // null
 */
export function termOfToken(raw: string, kind: number): string | null {
  if (kind === T_HASHTAG) return matchKey(raw);
  if (kind !== T_ARABIC && kind !== T_LATIN) return null;
  return termOfWordKey(matchKey(raw));
}

/**
 * Hashtags of a text as matching keys, in order («#لن_نصالح» → «#لن_نصالح»).
 * @example hashtagsOf('وسم #لن_نصالح و#لا_للتطبيع') // ['#لن_نصالح', '#لا_للتطبيع']
 */
export function hashtagsOf(text: string): string[] {
  scanTokens(text, buffer);
  const out: string[] = [];
  for (let i = 0; i < buffer.n; i++) if (buffer.kind[i] === T_HASHTAG) out.push(matchKey(buffer.raw[i]));
  return out;
}
