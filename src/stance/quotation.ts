/**
 * Quotation and reported speech: which tokens of a line are inside quotation marks, which follow
 * a reporting verb, and who the speaker is. Heuristic documented in src/stance/README.md.
 */
import { matchKey } from '../text/matchKey';
import { CLAUSE_BOUNDARIES } from './negation';

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
  let k = matchKey(token);
  if ((k.startsWith('و') || k.startsWith('ف')) && k.length > 3 && !REPORTING_VERBS.has(k) && !REPORTING_PARTICIPLES.has(k)) k = k.slice(1);
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
 * Quotation status of every token of a line: inside «…», “…”, "…" (ASCII quotes toggle), or
 * after a reporting verb and its speaker up to the end of the sentence.
 * @example
 * const line = 'قال الوزير: إن التطبيع خطوة';
 * const toks = tokenize(line).map((t) => ({ ...t, punct: t.kind === 'punct' }));
 * quotationOfLine(line, toks).speaker[4] // 'الوزير'  (token 4 is «التطبيع»)
 */
export function quotationOfLine(line: string, tokens: QuoteToken[]): LineQuotes {
  const n = tokens.length;
  const quoted = new Array<boolean>(n).fill(false);
  const speaker = new Array<string | null>(n).fill(null);
  // 1. Quotation marks.
  let depth = 0;
  let ascii = false;
  for (let t = 0; t < n; t++) {
    const s = tokens[t].text;
    if (tokens[t].punct) {
      if (OPEN.has(s)) { depth++; continue; }
      if (CLOSE.has(s)) { if (s === '”' && depth === 0) depth++; else if (depth > 0) depth--; continue; }
      if (s === '"') { ascii = !ascii; continue; }
    }
    if (depth > 0 || ascii) quoted[t] = true;
  }
  // 2. Reported speech.
  let last: string | null = null;
  for (let v = 0; v < n; v++) {
    if (tokens[v].punct) continue;
    const cls = tokens[v].report ?? reportingClass(tokens[v].text);
    if (!cls) continue;
    let regionStart = v + 1;
    let who: string | null = null;
    if (cls === 1) {
      let s = v + 1;
      const span: number[] = [];
      let ok = false;
      for (; s < n; s++) {
        const tk = tokens[s];
        if (tk.punct) {
          if (CLAUSE_BOUNDARIES.has(tk.text) || SENTENCE_ENDS.has(tk.text)) { ok = true; break; }
          continue; // quote marks inside a speaker span («وكالة "نوفوستي"»)
        }
        if (SPEAKER_STOPS.has(tk.key ?? matchKey(tk.text))) { ok = true; break; }
        span.push(s);
        if (span.length > MAX_SPEAKER_TOKENS) break;
      }
      if (s >= n) ok = true;
      if (!ok) continue;
      if (span.length && !TIME_WORDS.has(tokens[span[0]].key ?? matchKey(tokens[span[0]].text))) {
        who = line.slice(tokens[span[0]].start, tokens[span[span.length - 1]].end).replace(/^["“«]+|["”»]+$/g, '');
        last = who;
      } else who = last;
      regionStart = s;
    } else who = last;
    for (let t = regionStart; t < n; t++) {
      if (tokens[t].punct && SENTENCE_ENDS.has(tokens[t].text)) break;
      quoted[t] = true;
      speaker[t] = who;
    }
  }
  return { quoted, speaker };
}
