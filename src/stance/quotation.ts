/**
 * Quotation and reported speech: which tokens of a line are inside quotation marks, which follow
 * a reporting verb, and who the speaker is. Heuristic documented in src/stance/README.md.
 */
import { matchKey } from '../text/matchKey';
import * as affixes from '../text/affixes';
import * as negation from './negation';

// A module-level copy: the CommonJS transform reads imports through getters (a call per access).
const hasPrefix = affixes.hasPrefix;

// A module-level copy: the CommonJS transform reads imports through getters (a call per access in loops).
const CLAUSE_BOUNDARIES = negation.CLAUSE_BOUNDARIES;

/** A set of matching keys (lists below are written in ordinary spelling). */
function keys(words: string[]): ReadonlySet<string> {
  return new Set(words.map(matchKey));
}

/**
 * Reporting verbs (matching keys: alef folded, ة → ه), perfect and imperfect, with feminine,
 * dual and plural forms. A leading و/ف is stripped before lookup.
 */
export const REPORTING_VERBS: ReadonlySet<string> = keys([
  'قال', 'قالت', 'قالوا', 'قالا', 'قالتا', 'يقول', 'تقول', 'يقولون',
  'اكد', 'اكدت', 'اكدوا', 'اكدا',
  'اوضح', 'اوضحت', 'اوضحوا', 'افاد', 'افادت', 'افادوا', 'شدد', 'شددت', 'شددوا',
  'اشار', 'اشارت', 'اشاروا', 'اضاف', 'اضافت', 'اضافوا', 'صرح', 'صرحت', 'صرحوا',
  'دعا', 'دعت', 'دعوا', 'طالب', 'طالبت', 'طالبوا', 'نقل', 'نقلت', 'نقلوا', 'كشف', 'كشفت', 'كشفوا',
  'اعلن', 'اعلنت', 'اعلنوا', 'ذكر', 'ذكرت', 'ذكروا', 'لفت', 'لفتت', 'اعتبر', 'اعتبرت', 'اعتبروا',
  'رأى', 'رأت', 'نفى', 'نفت', 'حذر', 'حذرت', 'زعم', 'زعمت', 'تابع', 'تابعت', 'ختم', 'اردف', 'اردفت',
  // Verbs that state a position, whose subject holds it: «وأعرب الوزير عن أمله …», «ويرى الباحث أن …».
  'اعرب', 'اعربت', 'اعربوا', 'ابدى', 'ابدت', 'ابدوا', 'يرى', 'ترى', 'يرون', 'يعتقد', 'تعتقد', 'يعتقدون',
  'اشترط', 'اشترطت', 'اشترطوا', 'رحب', 'رحبت', 'رحبوا', 'وصف', 'وصفت', 'وصفوا', 'جدد', 'جددت', 'جددوا',
  'اشاد', 'اشادت', 'اشادوا', 'ندد', 'نددت', 'نددوا', 'ادان', 'ادانت', 'ادانوا', 'انتقد', 'انتقدت', 'انتقدوا',
]);

/** Reporting participles/adverbials («مضيفا», «مؤكدا»): they continue the previous speaker. */
export const REPORTING_PARTICIPLES: ReadonlySet<string> = keys([
  'مضيفا', 'موكدا', 'مؤكدا', 'موضحا', 'مشيرا', 'لافتا', 'معتبرا', 'قائلا', 'مشددا', 'داعيا', 'مطالبا', 'منوها',
  'مضيفه', 'موكده', 'مؤكده', 'موضحه', 'مشيره', 'معتبره',
]);

/** Words that end the speaker span: complementizers and prepositions («إن», «أن», «في», «عن» …). */
export const SPEAKER_STOPS: ReadonlySet<string> = keys([
  'ان', 'انه', 'انها', 'انهم', 'انهما', 'انهن', 'اننا', 'اننا', 'اني', 'بان', 'بانه', 'بانها', 'بانهم', 'وان',
  'في', 'عن', 'خلال', 'عبر', 'على', 'إلى', 'امام', 'حول', 'بعد', 'قبل', 'لدي', 'مع', 'ضمن',
]);

/** Time words that are not speakers («قال الخميس الماضي، إنه» has no named speaker). */
export const TIME_WORDS: ReadonlySet<string> = keys([
  'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'اليوم', 'امس', 'مساء', 'صباح',
  'الماضي', 'المقبل', 'الفائت', 'الاسبوع', 'الشهر', 'العام', 'السنه', 'حينها', 'لاحقا', 'سابقا', 'ايضا',
]);

/**
 * Relaying verbs: «نقلت وكالة X عن Y قوله …» names the relay X first and the speaker Y after «عن».
 */
export const RELAY_VERBS: ReadonlySet<string> = keys(['نقل', 'نقلت', 'نقلوا', 'نقلا', 'ينقل', 'تنقل']);

/** Words after a relayed speaker that are not part of the name («قوله», «تصريحه»). */
export const RELAY_TAIL: ReadonlySet<string> = keys(['قوله', 'قولها', 'قولهم', 'قولهما', 'تصريحه', 'تصريحها', 'تصريحات']);

/** Longest speaker span in word tokens; a longer span means the verb was not reporting speech. */
export const MAX_SPEAKER_TOKENS = 6;

/** Punctuation that ends a sentence (the end of a reported-speech region). */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '؟', '…']);

/**
 * Reporting class of a token: 1 for a reporting verb, 2 for a reporting participle, 0 otherwise.
 * @example reportingClass('وقالت') // 1
 * @example reportingClass('مضيفاً') // 2
 */
export function reportingClass(token: string): 0 | 1 | 2 {
  return reportingClassOfKey(matchKey(token));
}

/**
 * `reportingClass` of a token given its matching key.
 * @example reportingClassOfKey('وقالت') // 1
 */
export function reportingClassOfKey(key: string): 0 | 1 | 2 {
  let k = key;
  if ((hasPrefix(k, 'و') || hasPrefix(k, 'ف')) && k.length > 3 && !REPORTING_VERBS.has(k) && !REPORTING_PARTICIPLES.has(k)) k = k.slice(1);
  if (REPORTING_VERBS.has(k)) return 1;
  if (REPORTING_PARTICIPLES.has(k)) return 2;
  return 0;
}

/** A token as the quotation scanner sees it. */
export interface QuoteToken {
  /** The token text. */
  text: string;
  /** Whether it is punctuation. */
  punct: boolean;
  /** UTF-16 start and end in the line. */
  start: number;
  end: number;
  /** Precomputed matching key (optional; computed when absent). */
  key?: string;
  /** Precomputed `reportingClass` (optional; computed when absent). */
  report?: 0 | 1 | 2;
}

/** Per-token quotation status of a line. */
export interface LineQuotes {
  /** Whether token t is inside quotation marks or a reported-speech region. */
  quoted: boolean[];
  /** Speaker of token t's reported-speech region, or null. */
  speaker: (string | null)[];
}

const OPEN = new Set(['«', '“', '„', '‹']);
const CLOSE = new Set(['»', '”', '›']);

/**
 * Whether a punctuation token is a quotation mark (opening, closing or ASCII "). A line without
 * quotation marks and without reporting verbs or participles has no quoted token and no
 * speaker, so callers may skip `quotationOfColumns` for it.
 * @example isQuoteMark('«') // true
 * @example isQuoteMark(':') // false
 */
export function isQuoteMark(s: string): boolean {
  return OPEN.has(s) || CLOSE.has(s) || s === '"';
}

/**
 * A line's tokens as parallel arrays (entries `0 … n-1` are valid): what the matcher already has
 * in its reusable buffers, so it can ask for quotation without building a `QuoteToken` per token.
 */
export interface QuoteColumns {
  /** Number of tokens. */
  n: number;
  /** Token texts. */
  text: readonly string[];
  /** Whether each token is punctuation. */
  punct: readonly boolean[];
  /** UTF-16 starts and ends in the line. */
  start: readonly number[];
  end: readonly number[];
  /** Matching keys of the non-punctuation tokens (entries of punctuation tokens are not read). */
  key: readonly string[];
  /** `reportingClass` of each non-punctuation token. */
  report: readonly (0 | 1 | 2)[];
}

/**
 * Quotation status of every token of a line: inside «…», “…”, "…" (ASCII quotes toggle), or
 * after a reporting verb and its speaker up to the end of the sentence.
 * @example
 * const line = 'قال الوزير: إن التطبيع خطوة';
 * const toks = tokenize(line).map((t) => ({ ...t, punct: t.kind === 'punct' }));
 * quotationOfLine(line, toks).speaker[4] // 'الوزير'  (token 4 is «التطبيع»)
 */
export function quotationOfLine(line: string, tokens: QuoteToken[]): LineQuotes {
  const cols: QuoteColumns = {
    n: tokens.length,
    text: tokens.map((t) => t.text),
    punct: tokens.map((t) => t.punct),
    start: tokens.map((t) => t.start),
    end: tokens.map((t) => t.end),
    key: tokens.map((t) => (t.punct ? t.text : t.key ?? matchKey(t.text))),
    report: tokens.map((t) => (t.punct ? 0 : t.report ?? reportingClass(t.text))),
  };
  return quotationOfColumns(line, cols);
}

/**
 * `quotationOfLine` over tokens given as parallel arrays (see `QuoteColumns`); the rule lives here.
 * @example
 * quotationOfColumns('قال الوزير: إن التطبيع خطوة', {
 *   n: 6, text: ['قال', 'الوزير', ':', 'إن', 'التطبيع', 'خطوة'], punct: [false, false, true, false, false, false],
 *   start: [0, 4, 10, 12, 15, 23], end: [3, 10, 11, 14, 22, 27],
 *   key: ['قال', 'الوزير', ':', 'ان', 'التطبيع', 'خطوه'], report: [1, 0, 0, 0, 0, 0],
 * }).speaker[4] // 'الوزير'
 */
export function quotationOfColumns(line: string, tokens: QuoteColumns): LineQuotes {
  return quotationInto(line, tokens, { quoted: new Array<boolean>(tokens.n), speaker: new Array<string | null>(tokens.n) });
}

/**
 * `quotationOfColumns` written into reusable arrays: entries `0 … tokens.n-1` of `out.quoted`
 * and `out.speaker` are overwritten (later entries are left as they are). Returns `out`.
 * Why: the matcher asks for the quotation of every line with hits; no arrays per line.
 * @example
 * const out: LineQuotes = { quoted: [], speaker: [] };
 * quotationInto(line, columns, out) === out // true; out.quoted[t] as quotationOfColumns(line, columns).quoted[t]
 */
export function quotationInto(line: string, tokens: QuoteColumns, out: LineQuotes): LineQuotes {
  const n = tokens.n;
  const text = tokens.text;
  const punct = tokens.punct;
  const quoted = out.quoted;
  const speaker = out.speaker;
  // 1. Quotation marks (quote marks themselves are never quoted).
  let depth = 0;
  let ascii = false;
  for (let t = 0; t < n; t++) {
    speaker[t] = null;
    quoted[t] = false;
    if (punct[t]) {
      const s = text[t];
      if (OPEN.has(s)) { depth++; continue; }
      if (CLOSE.has(s)) { if (s === '”' && depth === 0) depth++; else if (depth > 0) depth--; continue; }
      if (s === '"') { ascii = !ascii; continue; }
    }
    if (depth > 0 || ascii) quoted[t] = true;
  }
  // 2. Reported speech.
  let last: string | null = null;
  for (let v = 0; v < n; v++) {
    if (punct[v]) continue;
    const cls = tokens.report[v];
    if (!cls) continue;
    let regionStart = v + 1;
    let who: string | null = null;
    if (cls === 1) {
      // The speaker span: the word tokens after the verb up to a boundary or a stop word.
      let span = VERB_SPAN;
      if (!speakerSpan(tokens, v + 1, false, span)) continue; // too long: the verb does not report speech here
      // A relay («نقلت الوكالة عن الوزير قوله»): the speaker is the span after «عن».
      if (span.stop < n && tokens.key[span.stop] === RELAY_FROM && isRelayVerb(tokens.key[v])
        && speakerSpan(tokens, span.stop + 1, true, RELAYED_SPAN) && RELAYED_SPAN.words > 0) span = RELAYED_SPAN;
      const { first, last: lastWord, words, stop: s } = span;
      if (words > 0 && !TIME_WORDS.has(tokens.key[first])) {
        who = speakerText(line, tokens.start[first], tokens.end[lastWord]);
        last = who;
      } else who = last;
      regionStart = s;
    } else who = last;
    for (let t = regionStart; t < n; t++) {
      if (punct[t] && SENTENCE_ENDS.has(text[t])) break;
      quoted[t] = true;
      speaker[t] = who;
    }
  }
  return out;
}

const RELAY_FROM = matchKey('عن');

/** Whether a verb's key (with or without a leading و/ف) is a relaying verb. */
function isRelayVerb(key: string): boolean {
  return RELAY_VERBS.has(key) || ((key[0] === 'و' || key[0] === 'ف') && RELAY_VERBS.has(key.slice(1)));
}

/** A speaker span: its first and last word tokens (−1 without words), how many, the token that ended it. */
interface SpeakerSpan { first: number; last: number; words: number; stop: number }
/** Reused spans (no allocation per reporting verb): the verb's own, and a relayed speaker's. */
const VERB_SPAN: SpeakerSpan = { first: -1, last: -1, words: 0, stop: 0 };
const RELAYED_SPAN: SpeakerSpan = { first: -1, last: -1, words: 0, stop: 0 };

/**
 * Fills `out` with the speaker span from token `from`: word tokens up to a clause or sentence
 * boundary or a stop word (or the line end; quote marks inside are skipped), at most
 * `MAX_SPEAKER_TOKENS` words, and with `relayTail` without trailing `RELAY_TAIL` words. False when
 * it runs longer (`out` is then not a span).
 */
function speakerSpan(tokens: QuoteColumns, from: number, relayTail: boolean, out: SpeakerSpan): boolean {
  const { n, text, punct } = tokens;
  let first = -1;
  let last = -1;
  let words = 0;
  let s = from;
  for (; s < n; s++) {
    if (punct[s]) {
      if (CLAUSE_BOUNDARIES.has(text[s]) || SENTENCE_ENDS.has(text[s])) break;
      continue;
    }
    if (SPEAKER_STOPS.has(tokens.key[s])) break;
    if (first < 0) first = s;
    last = s;
    if (++words > MAX_SPEAKER_TOKENS) return false;
  }
  while (relayTail && words > 1 && RELAY_TAIL.has(tokens.key[last])) {
    words--;
    do last--; while (last > first && punct[last]);
  }
  out.first = first;
  out.last = last;
  out.words = words;
  out.stop = s;
  return true;
}

/** Opening (« “ ") and closing (» ” ") quotation marks stripped from the ends of a speaker. */
const LEADING_QUOTES = new Set([0x22, 0x201c, 0xab]);
const TRAILING_QUOTES = new Set([0x22, 0x201d, 0xbb]);

/**
 * `line.slice(start, end)` without leading « “ " and trailing » ” " (as
 * `.replace(/^["“«]+|["”»]+$/g, '')`).
 */
function speakerText(line: string, start: number, end: number): string {
  let a = start;
  let e = end;
  while (a < e && LEADING_QUOTES.has(line.charCodeAt(a))) a++;
  while (e > a && TRAILING_QUOTES.has(line.charCodeAt(e - 1))) e--;
  return line.slice(a, e);
}
