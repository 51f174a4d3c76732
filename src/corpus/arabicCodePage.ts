/**
 * Telling the two legacy Arabic code pages apart: Windows-1256 (Windows, most old Arabic sites) and
 * ISO-8859-6 (Unix, old mail and some news feeds). Both put the first 22 letters (hamza … dad) on
 * the same bytes C1–D6 but the rest elsewhere: ISO-8859-6's lam, meem, noon, heh, waw and yeh
 * (E4–EA) are other letters or accented Latin letters in Windows-1256, and Windows-1256's feh,
 * qaf, kaf and tatweel (DC–DF) are unassigned in ISO-8859-6. So a text read through the wrong
 * page still looks Arabic letter by letter, and only its words give it away.
 *
 * The scoring: each reading must be clean (no unassigned bytes or C1 control characters) and
 * mostly Arabic letters standing in words; of the clean ones, the reading whose words are more often common
 * Arabic words (function words, or words with the article «ال») wins. Real news text scores about
 * 0.4–0.6 on that share; a wrong reading scrambles «ال» and the function words and scores near 0.
 * When both readings are clean and score alike or low, or the text has fewer than three common
 * words (a title alone proves little), the guess is kept but said in a warning. When only one
 * reading is clean, it is taken: the other one has bytes its code page does not assign.
 */
import type { Encoding } from './types';

/** The legacy Arabic code pages tried, in the order of preference on a tie. */
export const ARABIC_CODE_PAGES = ['windows-1256', 'iso-8859-6'] as const;

/** One of {@link ARABIC_CODE_PAGES}. */
export type ArabicCodePage = (typeof ARABIC_CODE_PAGES)[number] & Encoding;

/** Frequent Arabic function words (news prose), each written as words are matched: unvocalised. */
export const COMMON_ARABIC_WORDS: ReadonlySet<string> = new Set([
  'في', 'من', 'على', 'إلى', 'الى', 'أن', 'ان', 'إن', 'عن', 'مع', 'التي', 'الذي', 'هذا', 'هذه', 'كان', 'قد', 'لا', 'ما',
  'أو', 'او', 'بين', 'بعد', 'قبل', 'قال', 'ثم', 'كما', 'حيث', 'وفي', 'ومن', 'وقال', 'لم', 'لن', 'كل', 'عند', 'منذ', 'خلال', 'ذلك', 'تلك', 'هو', 'هي',
]);

/** One code page's reading of the bytes and its scores. */
export interface CodePageReading {
  /** The code page. */
  encoding: ArabicCodePage;
  /** The bytes decoded through it. */
  text: string;
  /** Characters that are unassigned bytes (U+FFFD) or C1 controls, per non-ASCII character. */
  invalidShare: number;
  /** Arabic-block characters per non-ASCII character. */
  arabicShare: number;
  /** Arabic words (2 letters or more) that are common words or carry the article, per Arabic word. */
  commonWordShare: number;
  /** How many such common words there are. */
  commonWords: number;
  /** Arabic letters standing in words of two letters or more, per Arabic letter. */
  lettersInWordsShare: number;
}

/** Options of {@link guessArabicCodePage}. */
export interface GuessArabicCodePageOptions {
  /** Least `arabicShare` of a reading taken as Arabic text. Default `0.8`. */
  minArabicShare?: number;
  /** Largest `invalidShare` of a reading taken as clean. Default `0.01`. */
  maxInvalidShare?: number;
  /** Least margin of `commonWordShare` between the two readings for a sure choice. Default `0.1`. */
  minMargin?: number;
  /** Least `commonWordShare` of the chosen reading for a sure choice. Default `0.15`. */
  minCommonWordShare?: number;
  /** Least number of common words in the chosen reading for a sure choice (too few words prove nothing). Default `3`. */
  minCommonWords?: number;
}

/** The code page chosen, its text, and a warning when the choice is not sure. */
export interface CodePageGuess {
  /** The code page chosen. */
  encoding: ArabicCodePage;
  /** The text read through it. */
  text: string;
  /** Why the choice is unsure (to go to the page's warnings), or null when it is clear. */
  warning: string | null;
}

/** Arabic words: runs of Arabic letters (U+0621–U+064A, with the Persian/Urdu letters U+0671–U+06D3). */
const ARABIC_WORD = /[\u0621-\u064a\u0671-\u06d3]{2,}/g;

/**
 * Share of a text's Arabic words that are common function words or start with the article
 * («ال», also after «و», «ب», «ف», «ك», or as «لل»); 0 when the text has no Arabic word.
 * @example commonArabicWordShare('قال الوزير في بيان رسمي') // 0.6 (قال, الوزير, في of 5)
 */
export function commonArabicWordShare(text: string): number {
  let words = 0;
  let common = 0;
  for (const m of text.matchAll(ARABIC_WORD)) {
    words++;
    const w = m[0];
    if (isCommonArabicWord(w)) common++;
  }
  return words === 0 ? 0 : common / words;
}

/** A function word, or a word with the article (after و/ف and ب/ك, or as «لل»). */
function isCommonArabicWord(w: string): boolean {
  return COMMON_ARABIC_WORDS.has(w) || /^[وف]?[بك]?ال|^[وف]?لل/.test(w);
}

/** How many Arabic words of a text are common words (see {@link commonArabicWordShare}). */
function commonArabicWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(ARABIC_WORD)) if (isCommonArabicWord(m[0])) n++;
  return n;
}

/**
 * Share of a text's Arabic letters that stand in words of two letters or more. Arabic text writes
 * its letters in words; Latin text read through an Arabic code page gets lone letters between
 * Latin ones («café» → «cafى»).
 * @example arabicLettersInWordsShare('cafى naُve') // 0
 */
export function arabicLettersInWordsShare(text: string): number {
  let letters = 0;
  let inWords = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) letters++;
  }
  for (const m of text.matchAll(ARABIC_WORD)) inWords += m[0].length;
  return letters === 0 ? 0 : inWords / letters;
}

/**
 * Share of Arabic-block characters (U+0600–U+06FF) among the non-ASCII characters of a text;
 * 0 when the text has no non-ASCII characters.
 * @example arabicShareOfNonAscii('abc سلام é') // 0.8
 */
export function arabicShareOfNonAscii(text: string): number {
  return nonAsciiShare(text, (c) => c >= 0x0600 && c <= 0x06ff);
}

/** Unassigned bytes (decoded as U+FFFD) and C1 controls per non-ASCII character. */
function invalidShareOf(text: string): number {
  return nonAsciiShare(text, (c) => c === 0xfffd || c <= 0x9f);
}

/** Share of the non-ASCII code units of `text` that `counts` accepts; 0 when there are none. */
function nonAsciiShare(text: string, counts: (c: number) => boolean): number {
  let nonAscii = 0;
  let hits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (counts(c)) hits++;
  }
  return nonAscii === 0 ? 0 : hits / nonAscii;
}

/**
 * Reads bytes through one legacy Arabic code page and scores the reading.
 * @example readCodePage(Uint8Array.of(0xc7, 0xe4, 0xd3, 0xe4, 0xc7, 0xe5), 'iso-8859-6').text // 'السلام'
 */
export function readCodePage(bytes: Uint8Array, encoding: ArabicCodePage): CodePageReading {
  const text = new TextDecoder(encoding).decode(bytes);
  return {
    encoding, text, invalidShare: invalidShareOf(text), arabicShare: arabicShareOfNonAscii(text),
    commonWordShare: commonArabicWordShare(text), commonWords: commonArabicWords(text), lettersInWordsShare: arabicLettersInWordsShare(text),
  };
}

/** Formats a share for a warning. */
const pct = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * Chooses between Windows-1256 and ISO-8859-6 for bytes that are not UTF-8: of the readings that
 * are clean and mostly Arabic letters in words, the one with more common Arabic words; null when neither is (the
 * bytes are not legacy Arabic). An unsure choice (both readings alike, or few common words) comes
 * with a warning naming both scores, so a garbled page is never taken silently.
 * @example guessArabicCodePage(Buffer.from('c7e4d3e4c7e520e1ea20c7e4c8e4c7cf20e5e620c7e4d4e5c7e4', 'hex')) // { encoding: 'iso-8859-6', text: 'السلام في البلاد من الشمال', warning: null }
 */
export function guessArabicCodePage(bytes: Uint8Array, options: GuessArabicCodePageOptions = {}): CodePageGuess | null {
  const minArabic = options.minArabicShare ?? 0.8;
  const maxInvalid = options.maxInvalidShare ?? 0.01;
  const readings = ARABIC_CODE_PAGES.map((e) => readCodePage(bytes, e))
    .filter((r) => r.invalidShare <= maxInvalid && r.arabicShare >= minArabic && r.lettersInWordsShare >= minArabic);
  if (readings.length === 0) return null;
  const [best, other] = [...readings].sort((a, b) => b.commonWordShare - a.commonWordShare);
  const scores = readings.map((r) => `${r.encoding} ${pct(r.commonWordShare)}`).join(', ');
  let warning: string | null = null;
  if (other && best.commonWordShare - other.commonWordShare < (options.minMargin ?? 0.1)) {
    warning = `encoding unsure: read as ${best.encoding}, but ${other.encoding} reads as Arabic too (common-word share ${scores}); check the text`;
  } else if (other && (best.commonWordShare < (options.minCommonWordShare ?? 0.15) || best.commonWords < (options.minCommonWords ?? 3))) {
    warning = `encoding unsure: read as ${best.encoding}, but too few common Arabic words to rule out ${other.encoding} (common-word share ${scores}); check the text`;
  }
  return { encoding: best.encoding, text: best.text, warning };
}
