/**
 * Quotation and reported speech: which tokens of a line are inside quotation marks, which follow
 * a reporting verb, and who the speaker is. Heuristic documented in src/stance/README.md.
 */
import { matchKey } from '../text/matchKey';
import * as affixes from '../text/affixes';
import * as negation from './negation';
import * as W from './voices/speechWords';

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
  'كرر', 'كررت', 'كرروا', 'هاجم', 'هاجمت', 'هاجموا', 'اتهم', 'اتهمت', 'اتهموا', 'عبرت', 'عبروا',
  'ردد', 'رددت', 'رددوا', 'رفع', 'رفعت', 'اصدر', 'اصدرت', 'اصدروا', 'كتب', 'كتبت', 'كتبوا', 'غرد', 'غردت', 'غردوا',
  // Position, protest, dialect, «عبّر … عن» and statement verbs (src/stance/voices/speechWords.ts).
  ...[W.POSITION_VERBS, W.PROTEST_VERBS, W.DIALECT_SPEECH_VERBS, W.VERBS_WITH_AN, W.STATEMENT_VERBS, W.SOURCE_WORDS].flatMap((set) => [...set]),
]);

/** Reporting participles/adverbials («مضيفا», «مؤكدا»): they continue the previous speaker. */
export const REPORTING_PARTICIPLES: ReadonlySet<string> = keys([
  'مضيفا', 'موكدا', 'مؤكدا', 'موضحا', 'مشيرا', 'لافتا', 'معتبرا', 'قائلا', 'مشددا', 'داعيا', 'مطالبا', 'منوها',
  'مضيفه', 'موكده', 'مؤكده', 'موضحه', 'مشيره', 'معتبره',
  ...W.PROTEST_PARTICIPLES,
]);

/** Words that end the speaker span: complementizers and prepositions («إن», «أن», «في», «عن» …). */
export const SPEAKER_STOPS: ReadonlySet<string> = keys([
  'ان', 'انه', 'انها', 'انهم', 'انهما', 'انهن', 'اننا', 'اننا', 'اني', 'بان', 'بانه', 'بانها', 'بانهم', 'وان',
  'في', 'عن', 'خلال', 'عبر', 'على', 'إلى', 'امام', 'حول', 'بعد', 'قبل', 'لدي', 'مع', 'ضمن',
]);

/**
 * Words after which a speaker continues through «في»/«من» once: an official of a body
 * («مسؤول في الإدارة الذاتية», «قيادي في هيئة تحرير الشام», «عضو في الائتلاف»).
 */
export const AFFILIATION_HEADS: ReadonlySet<string> = keys([
  'مسؤول', 'مسؤوله', 'مسؤولون', 'مسؤولين', 'مسوول', 'قيادي', 'قياديه', 'قياديون', 'قياديين', 'عضو', 'عضوه', 'اعضاء',
  'نائب', 'نائبه', 'نواب', 'متحدث', 'متحدثه', 'ناطق', 'ناطقه', 'ممثل', 'ممثله', 'ممثلو', 'قائد', 'قائده', 'قاده',
  'مستشار', 'مستشاره', 'دبلوماسي', 'دبلوماسيون', 'ضابط', 'مصدر', 'مصادر', 'باحث', 'باحثه', 'خبير', 'اكاديمي',
  'فصائل', 'فصيل', 'المشاركون', 'المشاركين', 'مراسل',
]);

/** Framing words before a speaker that are not part of its name («أعلنت ما يسمى «الحكومة المؤقتة»»). */
export const SO_CALLED: readonly (readonly string[])[] = [['ما', 'يسمى'], ['ما', 'تسمى'], ['ما', 'يعرف'], ['ما', 'تعرف']].map((w) => w.map(matchKey));

/** The stop words an affiliation continues through. */
export const AFFILIATION_STOPS: ReadonlySet<string> = keys(['في', 'من']);

/**
 * Words that start a verb's object, not its subject: quantifiers («رفضت الفصائل كل أشكال …»,
 * «لأي اتفاق»). Other object starts are recognised by form (`isObjectStart`).
 */
export const OBJECT_WORDS: ReadonlySet<string> = keys(['كل', 'لكل', 'بكل', 'أي', 'لأي', 'بأي', 'جميع', 'كافة', 'مختلف']);

/**
 * Addressees that end a speaker span and are not part of it («صرّح للصحفيين», «قالت مصادر لقناة …»):
 * whole words, and the starts of «ل + medium» words.
 */
export const ADDRESSEE_WORDS: ReadonlySet<string> = keys(['للصحفيين', 'للصحافيين', 'للصحافة', 'للإعلام', 'للتلفزيون', 'لنا']);
export const ADDRESSEE_STARTS: readonly string[] = ['لقناة', 'لصحيفة', 'لوكالة', 'لموقع', 'لمراسل', 'لوسائل', 'لشبكة', 'لتلفزيون', 'لإذاعة', 'لمجلة'].map(matchKey);

/** Particles between a subject and its verb that are not part of the subject («أردوغان قد صرّح»). */
export const VERB_PARTICLES: ReadonlySet<string> = keys(['قد', 'وقد', 'لقد', 'فقد']);

/**
 * Auxiliaries and connectives that end a subject found before its verb («وكان أردوغان قد صرّح»,
 * «…، كما أكد …»: «كما» is no subject).
 */
export const AUXILIARIES: ReadonlySet<string> = keys([
  'كان', 'وكان', 'كانت', 'وكانت', 'فكان', 'فكانت', 'كانوا', 'وكانوا',
  'كما', 'وكما', 'فيما', 'بينما', 'حيث', 'حين', 'حينما', 'عندما', 'ثم', 'لكن', 'ولكن', 'اذ', 'كذلك', 'بدوره', 'بدورها', 'وبدوره', 'وبدورها',
]);

/** Longest subject found before its verb, in word tokens (when it does not reach the clause start). */
export const MAX_SUBJECT_TOKENS = 4;

/** Longest subject that starts its clause («وزير الخارجية السعودي الأمير فيصل بن فرحان رحّب …»). */
export const MAX_CLAUSE_SUBJECT_TOKENS = 12;

/** Time words that are not speakers («قال الخميس الماضي، إنه» has no named speaker). */
export const TIME_WORDS: ReadonlySet<string> = keys([
  'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'اليوم', 'امس', 'مساء', 'صباح',
  'الماضي', 'المقبل', 'الفائت', 'الاسبوع', 'الشهر', 'العام', 'السنه', 'حينها', 'لاحقا', 'سابقا', 'ايضا',
  'مجددا', 'مؤخرا', 'رسميا', 'مرارا', 'صراحه', 'بدوره', 'بدورها', 'يوم', 'ليله',
]);

/**
 * Relaying verbs: «نقلت وكالة X عن Y قوله …» names the relay X first and the speaker Y after «عن».
 */
export const RELAY_VERBS: ReadonlySet<string> = keys(['نقل', 'نقلت', 'نقلوا', 'نقلا', 'ينقل', 'تنقل']);

/** Words after a relayed speaker that are not part of the name («قوله», «تصريحه»). */
export const RELAY_TAIL: ReadonlySet<string> = keys(['قوله', 'قولها', 'قولهم', 'قولهما', 'تصريحه', 'تصريحها', 'تصريحات']);

/** Longest speaker span in word tokens; a longer span means the verb was not reporting speech. */
export const MAX_SPEAKER_TOKENS = 9;

/** Longest apposition or parenthesis beside a speaker («أبو خالد، وهو لاجئ من حمص، …»), in word tokens. */
export const MAX_APPOSITION_TOKENS = 10;

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
  let last: string | null = null; // the line's last named speaker
  let lastFirst = -1; // its first token
  let regionChannel = false; // whether the latest region's speaker is a channel or a source
  if (covered.length < n) covered = new Uint8Array(n * 2);
  covered.fill(0, 0, n);
  for (let v = 0; v < n; v++) {
    if (punct[v]) continue;
    const cls = tokens.report[v];
    if (!cls) continue;
    const base = verbBase(tokens.key[v]);
    let regionStart = v + 1;
    let who: string | null = null;
    let whoFirst = -1;
    if (cls === 1) {
      // The speaker span: the word tokens after the verb (and a «فيها» right after it) up to a boundary or a stop word.
      let from = v + 1;
      if (from < n && !punct[from] && W.PRONOUN_PREPOSITIONS.has(tokens.key[from])) from++;
      let span = VERB_SPAN;
      if (!speakerSpan(line, tokens, from, false, span)) continue; // too long: the verb does not report speech here
      // «عبّر الائتلاف عن …» reports speech; «عبر الحدود» does not.
      if (W.VERBS_WITH_AN.has(base) && !(span.words > 0 && anFollows(tokens, span.stop))) continue;
      let relayed = false;
      if (W.STATEMENT_VERBS.has(base)) {
        // «جاء في بيان الائتلاف أن …»: the statement's author.
        if (!statementAuthor(line, tokens, span.stop, STATEMENT_SPAN)) continue;
        span = STATEMENT_SPAN;
        relayed = true;
      } else if (isRelayVerb(tokens.key[v])) {
        // A relay («نقلت الوكالة عن الوزير قوله»): the speaker is the span after «عن».
        const an = relayFrom(tokens, span.stop);
        if (an >= 0 && speakerSpan(line, tokens, an + 1, true, RELAYED_SPAN) && RELAYED_SPAN.words > 0) { span = RELAYED_SPAN; relayed = true; }
      } else if (span.words > 0) appositionAfter(tokens, span); // «قال أبو خالد، وهو لاجئ …، إن»
      const position = W.POSITION_VERBS.has(base);
      if (W.SOURCE_WORDS.has(base)) {
        // «بحسب مصادر مطلعة، فإن …»: only a named source after it («بحسب ما نقلت …» leaves it to the verb).
        if (span.words === 0 || cannotStartSubject(tokens.key[span.first])) continue;
        relayed = true;
      }
      let named: SpeakerSpan | null = null;
      let before = true;
      if (relayed) named = span;
      else if (clauseSubject(line, tokens, v, SUBJECT_SPAN)) named = SUBJECT_SPAN; // «وزير الخارجية السعودي … رحّب»
      else if (position && subjectBefore(line, tokens, v, SUBJECT_SPAN)) named = SUBJECT_SPAN; // «إن أنقرة ترحب بعقد …»
      else if (span.words > 0 && !cannotStartSubject(tokens.key[span.first])) { named = span; before = false; } // not «حذّر من أن»
      else if (subjectBefore(line, tokens, v, SUBJECT_SPAN)) named = SUBJECT_SPAN; // «أردوغان قال إن …»
      else before = false;
      if (position) {
        // A position verb names a holder only by a name of its own, and inside another's words only after a channel.
        if (named === null || isBackReference(line, tokens, named) || afterRelative(tokens, v)) continue;
        if (covered[v] === 1 && !regionChannel) continue;
        // Only the act is the holder's (with the negators before it: «أنقرة لا ترى»); its object is the writer's wording.
        who = speakerText(line, tokens.start[named.first], tokens.end[named.last]);
        for (let t = beforeParticles(tokens, v) + 1; t <= v; t++) {
          quoted[t] = true;
          speaker[t] = who;
          covered[t] = 1;
        }
        last = who;
        lastFirst = named.first;
        continue;
      }
      if (named) {
        const protest = W.PROTEST_VERBS.has(base);
        // A crowd is named with its protest verb («احتشد الآلاف», «الشباب عم يهتفو»).
        who = speakerText(line, tokens.start[protest ? Math.min(v, named.first) : named.first], tokens.end[protest ? Math.max(v, named.last) : named.last]);
        whoFirst = named.first;
        // The verb itself states the speaker's position («رحّبت السعودية بـ…»): it is reported too.
        quoted[v] = true;
        speaker[v] = who;
      } else if (W.PROTEST_VERBS.has(base)) {
        who = speakerText(line, tokens.start[v], tokens.end[v]);
        whoFirst = v;
        quoted[v] = true;
        speaker[v] = who;
      } else who = last;
      // Words after the verb are the content when the subject came before it («أردوغان قال مستعد …»).
      regionStart = named !== null && before && !relayed ? v + 1 : span.stop;
    } else if (W.PROTEST_PARTICIPLES.has(base)) {
      // «خرج آلاف في مدينة اعزاز رافعين …»: the crowd from its clause's subject to the participle.
      const from = crowdStart(line, tokens, v, lastFirst);
      who = speakerText(line, tokens.start[from], tokens.end[v]);
      whoFirst = from;
      quoted[v] = true;
      speaker[v] = who;
    } else who = last;
    if (whoFirst >= 0) {
      last = who;
      lastFirst = whoFirst;
    }
    if (whoFirst >= 0) covered[v] = 1;
    for (let t = regionStart; t < n; t++) {
      if (punct[t] && SENTENCE_ENDS.has(text[t])) break;
      quoted[t] = true;
      speaker[t] = who;
      covered[t] = 1;
    }
    regionChannel = lastFirst >= 0 && W.CHANNEL_HEADS.has(verbBase(tokens.key[lastFirst]));
  }
  return out;
}

/** Which tokens of the line a reported-speech region holds (reused across lines). */
let covered = new Uint8Array(64);

/** A verb's key without a leading و/ف (as `reportingClassOfKey` looks it up). */
function verbBase(key: string): string {
  if ((key[0] === 'و' || key[0] === 'ف') && key.length > 3 && !REPORTING_VERBS.has(key) && !REPORTING_PARTICIPLES.has(key)) return key.slice(1);
  return key;
}

const RELAY_FROM = matchKey('عن');

/** Whether a verb's key (with or without a leading و/ف) is a relaying verb. */
function isRelayVerb(key: string): boolean {
  return RELAY_VERBS.has(key) || ((key[0] === 'و' || key[0] === 'ف') && RELAY_VERBS.has(key.slice(1)));
}

/** A speaker span: its first and last word tokens (−1 without words), how many, the token that ended it. */
interface SpeakerSpan { first: number; last: number; words: number; stop: number }
/** Reused spans (no allocation per reporting verb): the verb's own, a relayed speaker's, a subject before the verb. */
const VERB_SPAN: SpeakerSpan = { first: -1, last: -1, words: 0, stop: 0 };
const RELAYED_SPAN: SpeakerSpan = { first: -1, last: -1, words: 0, stop: 0 };
const SUBJECT_SPAN: SpeakerSpan = { first: -1, last: -1, words: 0, stop: 0 };
const STATEMENT_SPAN: SpeakerSpan = { first: -1, last: -1, words: 0, stop: 0 };

/** Harakat (U+064B–U+065F, U+0670) and tatweel: dropped before reading a word's ending. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;
/** A possessive pronoun ending (ه ها هم هما هن; ة is not one). */
const POSSESSIVE_END = /(?:ه|ها|هم|هما|هن)$/;
/** Accusative tanwin at the end of a word («بياناً», «رفضًا»). */
const TANWIN_END = /(?:\u064B\u0627?|\u0627\u064B)$/;

/**
 * Whether word token `s`, after the speaker word `prev`, starts the verb's object or complement
 * rather than continuing its subject: a quantifier (`OBJECT_WORDS`); a «بالـ» complement
 * («بالخطوات»); an accusative with tanwin («بياناً»); a noun with a possessive pronoun
 * («رفضها», «استعداده», «معارضتها»; not «الله»); after two words or more, a ب complement other
 * than «باسم» («بنتائج»); an indefinite plural in «ـات» (not behind ل) right after a definite word
 * («المحتجون هتافات»).
 */
function isObjectStart(line: string, tokens: QuoteColumns, s: number, prev: number, words: number): boolean {
  const k = tokens.key[s];
  if (OBJECT_WORDS.has(k)) return true;
  if (k.length > 4 && k.startsWith('بال')) return true;
  const raw = line.slice(tokens.start[s], tokens.end[s]); // word texts of the matcher's columns may be stale
  if (TANWIN_END.test(raw)) return true;
  const bare = raw.replace(MARKS, '');
  if (bare.length >= 4 && POSSESSIVE_END.test(bare) && !k.startsWith('ال') && !k.startsWith('وال') && !k.includes('لله')) return true;
  // A verbal noun behind ب as the first word («وطالبوا بتطبيق القرار», «بإعادة العلاقات»).
  if (words === 0 && bare.length >= 5 && (bare.startsWith('بت') || bare.startsWith('بإ') || bare.startsWith('بأ'))) return true;
  if (prev < 0) return false;
  const pk = tokens.key[prev];
  // «الأمين العام لجامعة الدول العربية بنتائج …»: a ب complement after a name of two words or more.
  if (words >= 2 && k.length >= 5 && k[0] === 'ب' && k !== BI_ISM) return true;
  return k.length > 3 && k.endsWith('ات') && !/^(?:ال|وال|ل)/.test(k) && /^(?:ال|وال|لل|بال)/.test(pk);
}

const BI_ISM = matchKey('باسم');
/** «على» and the name «علي» share a matching key (ى/ي folded). */
const ALI = matchKey('على');

/** Whether a word (matching key) is a complementizer («إن», «أن», «بأن», «إنه» …). */
function isComplementizer(k: string): boolean {
  return SPEAKER_STOPS.has(k) && (k.startsWith('ان') || k.startsWith('بان') || k.startsWith('وان'));
}

/**
 * Whether token `s` (key of «على») is the name «علي» inside a speaker span: written with ي, after
 * at least one speaker word (a title: «المحلل علي حمدان»), and one or two words later the name
 * ends at a complementizer or a clause boundary («… علي حمدان أن …», «… علي الأحمد، …»). «وأكد
 * الوزير علي ضرورة التهدئة» has no such end, so «علي» stays the preposition there.
 */
function isNameAli(line: string, tokens: QuoteColumns, s: number, words: number): boolean {
  if (words === 0 || line.slice(tokens.start[s], tokens.end[s]).replace(MARKS, '') !== 'علي') return false;
  let seen = 0;
  for (let t = s + 1; t < tokens.n && seen <= 2; t++) {
    if (tokens.punct[t]) {
      if (isQuoteMark(tokens.text[t])) continue;
      return seen > 0 && (CLAUSE_BOUNDARIES.has(tokens.text[t]) || SENTENCE_ENDS.has(tokens.text[t]));
    }
    if (isComplementizer(tokens.key[t])) return seen > 0;
    if (SPEAKER_STOPS.has(tokens.key[t])) return false;
    seen++;
  }
  return false;
}

/** Index of the first word token after a «ما يسمى» at `from` (SO_CALLED), or `from` when there is none. */
function skipSoCalled(tokens: QuoteColumns, from: number): number {
  for (const words of SO_CALLED) {
    let t = from;
    let ok = true;
    for (const w of words) {
      while (t < tokens.n && tokens.punct[t] && isQuoteMark(tokens.text[t])) t++;
      if (t >= tokens.n || tokens.punct[t] || tokens.key[t] !== w) { ok = false; break; }
      t++;
    }
    if (ok) return t;
  }
  return from;
}

/** Whether a word (matching key) is an addressee («للصحفيين», «لقناة …»): it ends a speaker span. */
function isAddressee(k: string): boolean {
  if (ADDRESSEE_WORDS.has(k)) return true;
  for (const a of ADDRESSEE_STARTS) if (k.startsWith(a)) return true;
  return false;
}

/** Index of the first word before verb `v` once «قد» and negators right before it are skipped («أنقرة لا ترى»). */
function beforeParticles(tokens: QuoteColumns, v: number): number {
  let t = v - 1;
  while (t >= 0 && !tokens.punct[t] && (VERB_PARTICLES.has(tokens.key[t]) || W.VERB_NEGATORS.has(tokens.key[t]))) t--;
  return t;
}

/** Whether word token `t` written «علي» is the name inside a subject read backwards (a word follows it in the subject). */
function isAliInSubject(line: string, tokens: QuoteColumns, t: number, wordsAfter: number): boolean {
  return wordsAfter > 0 && tokens.key[t] === ALI && line.slice(tokens.start[t], tokens.end[t]).replace(MARKS, '') === 'علي';
}

/**
 * Fills `out` with the subject found BEFORE verb `v` («أردوغان قال إن …», «وكان أردوغان قد صرّح»):
 * the word tokens before it, skipping «قد» and negators right before the verb, back to the line
 * start, a punctuation token other than a quote mark, a stop word (not «علي» as a name), an
 * auxiliary («كان») or another reporting word; 1 to `MAX_SUBJECT_TOKENS` words, not starting with a
 * time word. False when there is none.
 */
function subjectBefore(line: string, tokens: QuoteColumns, v: number, out: SpeakerSpan): boolean {
  const { punct, text, key } = tokens;
  let t = beforeParticles(tokens, v);
  let first = -1;
  let last = -1;
  let words = 0;
  for (; t >= 0; t--) {
    if (punct[t]) {
      if (isQuoteMark(text[t])) continue;
      break;
    }
    const k = key[t];
    if ((isStopKey(k) && !isAliInSubject(line, tokens, t, words)) || AUXILIARIES.has(k) || tokens.report[t] !== 0) break;
    if (last < 0) last = t;
    first = t;
    if (++words > MAX_SUBJECT_TOKENS) return false;
  }
  if (words === 0 || TIME_WORDS.has(key[first])) return false;
  out.first = first;
  out.last = last;
  out.words = words;
  out.stop = v;
  return true;
}

/** Whether a word (matching key) is a stop word, also behind و/ف («وفي», «فإن»). */
function isStopKey(k: string): boolean {
  return SPEAKER_STOPS.has(k) || SPEAKER_STOPS.has(bareKey(k));
}

/** Whether verb `v` follows a relative pronoun («الفصائل التي ترفض …»): its subject is the antecedent, not a speaker. */
function afterRelative(tokens: QuoteColumns, v: number): boolean {
  const t = beforeParticles(tokens, v);
  return t >= 0 && !tokens.punct[t] && RELATIVES.has(tokens.key[t]);
}
const RELATIVES: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي'].map(matchKey));

/** A word's key without a leading و/ف. */
function bareKey(k: string): string {
  return (k[0] === 'و' || k[0] === 'ف') && k.length > 2 ? k.slice(1) : k;
}

/** Whether a word (matching key) cannot start a subject: a stop word, an adverbial, a negator, a relative pronoun, a time word, with or without و/ف. */
function cannotStartSubject(k: string): boolean {
  const b = bareKey(k);
  return SPEAKER_STOPS.has(k) || SPEAKER_STOPS.has(b) || W.NOT_SUBJECT_STARTS.has(k) || W.NOT_SUBJECT_STARTS.has(b)
    || TIME_WORDS.has(k) || TIME_WORDS.has(b) || AUXILIARIES.has(k) || b.startsWith('بال') || b.startsWith('لل');
}

/** Whether token t is a comma. */
function isComma(tokens: QuoteColumns, t: number): boolean {
  return t >= 0 && t < tokens.n && tokens.punct[t] && (tokens.text[t] === '،' || tokens.text[t] === ',');
}

/**
 * The word run that ends at token `end` and starts its clause (the line start or a punctuation
 * token other than a quote mark before it): its first token, or −1 when a stop word (other than
 * «في/من/إلى» inside, or «علي» as a name), an auxiliary, a reporting word, a word with tanwin or a
 * word that cannot start a subject (`cannotStartSubject`) comes first, or it has more than `max`
 * words. Sets `runWords`.
 */
function clauseRun(line: string, tokens: QuoteColumns, end: number, max: number): number {
  const { punct, text, key } = tokens;
  let first = -1;
  runWords = 0;
  for (let t = end; t >= 0; t--) {
    if (punct[t]) {
      if (isQuoteMark(text[t])) continue;
      break;
    }
    const k = key[t];
    if (AUXILIARIES.has(k) || tokens.report[t] !== 0 || TANWIN_END.test(line.slice(tokens.start[t], tokens.end[t]))) return -1;
    if (isStopKey(k) && !W.SUBJECT_INNER_STOPS.has(k) && !isAliInSubject(line, tokens, t, runWords)) return -1;
    first = t;
    if (++runWords > max) return -1;
  }
  if (first < 0 || cannotStartSubject(key[first]) || W.SUBJECT_INNER_STOPS.has(key[end])) return -1;
  return first;
}
let runWords = 0;

/**
 * Fills `out` with the subject of verb `v` when it starts the verb's clause: «وزير الخارجية السعودي
 * الأمير فيصل بن فرحان رحّب …», «المبعوث الأممي إلى سوريا غير بيدرسون رحّب …», «أنقرة لا ترى …»
 * (`clauseRun`, up to `MAX_CLAUSE_SUBJECT_TOKENS` words), or across one parenthesis between commas:
 * «أردوغان، الذي كان يتحدث …، قال» (the subject alone when the parenthesis starts with a relative
 * pronoun or a preposition), «بدران جيا كرد، نائب الرئاسة المشتركة …، اعتبر» (subject and
 * apposition). Such a subject names the speaker before a span after the verb («أردوغان بنفسو قال
 * مستعد …»). False when there is none.
 */
function clauseSubject(line: string, tokens: QuoteColumns, v: number, out: SpeakerSpan): boolean {
  const end = beforeParticles(tokens, v);
  if (end < 0) return false;
  if (!tokens.punct[end]) {
    const first = clauseRun(line, tokens, end, MAX_CLAUSE_SUBJECT_TOKENS);
    if (first < 0) return false;
    out.first = first;
    out.last = end;
    out.words = runWords;
    out.stop = v;
    return true;
  }
  if (!isComma(tokens, end)) return false;
  // «X، Y، verb»: Y is the parenthesis, X the subject.
  let c1 = end - 1;
  let yWords = 0;
  while (c1 >= 0 && !(tokens.punct[c1] && !isQuoteMark(tokens.text[c1]))) {
    if (!tokens.punct[c1]) yWords++;
    c1--;
  }
  if (yWords === 0 || yWords > MAX_APPOSITION_TOKENS || !isComma(tokens, c1) || c1 < 1 || tokens.punct[c1 - 1]) return false;
  const first = clauseRun(line, tokens, c1 - 1, MAX_SUBJECT_TOKENS + 2);
  if (first < 0) return false;
  let y = c1 + 1;
  while (tokens.punct[y]) y++;
  const yKey = tokens.key[y];
  const aside = cannotStartSubject(yKey) || W.NOT_SUBJECT_STARTS.has(bareKey(yKey));
  out.first = first;
  out.last = aside ? c1 - 1 : end - 1;
  while (tokens.punct[out.last]) out.last--;
  out.words = runWords;
  out.stop = v;
  return true;
}

/**
 * Extends a speaker span that ends at a comma by an apposition that says who it is, when the
 * apposition ends at a comma before a complementizer («إن», «أنها») or at a colon: «قال أبو خالد،
 * وهو لاجئ من حمص يقيم في أورفا، إن …», «وقالت حركة التحرير والبناء، إحدى فصائل الجيش الوطني،
 * إنها …». An apposition starting with a relative pronoun or a preposition is not part of it.
 */
function appositionAfter(tokens: QuoteColumns, span: SpeakerSpan): void {
  const { n, punct, text, key } = tokens;
  if (!isComma(tokens, span.stop)) return;
  let t = span.stop + 1;
  let first = -1;
  let last = -1;
  let count = 0;
  for (; t < n; t++) {
    if (punct[t]) {
      if (isQuoteMark(text[t])) continue;
      break;
    }
    if (first < 0) first = t;
    last = t;
    if (++count > MAX_APPOSITION_TOKENS || tokens.report[t] !== 0) return;
  }
  if (first < 0 || t >= n) return;
  const identity = W.IDENTITY_WORDS.has(key[first]);
  if (!identity && cannotStartSubject(key[first])) return;
  let after = t + 1;
  while (after < n && punct[after] && isQuoteMark(text[after])) after++;
  const colon = text[t] === ':';
  if (!colon && !(isComma(tokens, t) && after < n && !punct[after] && isComplementizer(key[after]))) return;
  span.last = last;
  span.words += count;
  span.stop = t;
}

/** Whether «عن» is token `stop`, or follows a parenthesis between commas there («وعبّر الائتلاف، في رسالة …، عن رفضه»). */
function anFollows(tokens: QuoteColumns, stop: number): boolean {
  if (stop < tokens.n && tokens.key[stop] === RELAY_FROM) return true;
  if (!isComma(tokens, stop)) return false;
  let t = stop + 1;
  for (let seen = 0; t < tokens.n && !isComma(tokens, t) && seen <= MAX_APPOSITION_TOKENS; t++) if (!tokens.punct[t]) seen++;
  return isComma(tokens, t) && t + 1 < tokens.n && tokens.key[t + 1] === RELAY_FROM;
}

/**
 * The «عن» of a relay verb after its channel, from token `from` (the channel span's stop) up to a
 * clause boundary or a complementizer, at most `MAX_SPEAKER_TOKENS` words on («نقل مراسل العربي
 * الجديد في أنقرة عن مسؤول …»); −1 when there is none.
 */
function relayFrom(tokens: QuoteColumns, from: number): number {
  let seen = 0;
  for (let t = from; t < tokens.n && seen <= MAX_SPEAKER_TOKENS; t++) {
    if (tokens.punct[t]) {
      if (isQuoteMark(tokens.text[t])) continue;
      return -1;
    }
    const k = tokens.key[t];
    if (k === RELAY_FROM) return t;
    if (isComplementizer(k)) return -1;
    seen++;
  }
  return -1;
}

/**
 * Fills `out` with the author of a statement after «جاء/ورد» whose span stopped at token `stop`:
 * «في» + a statement noun (`STATEMENT_NOUNS`), then «صادر عن» and the like skipped, then the
 * speaker span («جاء في بيان الائتلاف الوطني أن …», «ورد في رسالة صادرة عن الخارجية …»).
 */
function statementAuthor(line: string, tokens: QuoteColumns, stop: number, out: SpeakerSpan): boolean {
  if (stop + 1 >= tokens.n || tokens.key[stop] !== IN || tokens.punct[stop + 1] || !W.STATEMENT_NOUNS.has(tokens.key[stop + 1])) return false;
  let from = stop + 2;
  while (from < tokens.n && !tokens.punct[from] && W.STATEMENT_LINKS.has(tokens.key[from])) from++;
  return speakerSpan(line, tokens, from, false, out) && out.words > 0;
}
const IN = matchKey('في');

/**
 * Whether a named subject names no holder of its own: it starts with a word for the public
 * («الناس», «الشعب السوري»), or it is one word that refers back to someone already named, generic
 * («الحكومة», «الحزب») or with a possessive pronoun («بلاده», «حكومته»).
 */
function isBackReference(line: string, tokens: QuoteColumns, span: SpeakerSpan): boolean {
  if (W.PUBLIC_SUBJECTS.has(bareKey(tokens.key[span.first])) || W.PUBLIC_SUBJECTS.has(tokens.key[span.first])) return true;
  if (span.words !== 1) return false;
  const k = tokens.key[span.first];
  const bare = line.slice(tokens.start[span.first], tokens.end[span.first]).replace(MARKS, '');
  return W.GENERIC_SUBJECTS.has(k) || W.GENERIC_SUBJECTS.has(bareKey(k)) || (bare.length >= 4 && POSSESSIVE_END.test(bare) && !k.startsWith('ال'));
}

/**
 * First token of the crowd a protest participle at `p` describes: the last named speaker's first
 * token when it is in the same sentence; else, from the participle's own clause back to the
 * sentence start, the subject span after the first word of a clause that can start a subject,
 * tried on the clause's first two words («حيث خرج الآلاف رافعين» → «الآلاف», «خرج آلاف في مدينة
 * اعزاز رافعين» → «آلاف»); else the participle itself.
 */
function crowdStart(line: string, tokens: QuoteColumns, p: number, lastFirst: number): number {
  let s0 = p - 1;
  while (s0 >= 0 && !(tokens.punct[s0] && SENTENCE_ENDS.has(tokens.text[s0]))) s0--;
  if (lastFirst > s0 && lastFirst < p) return lastFirst;
  let end = p; // the clause is [c, end)
  while (end > s0 + 1) {
    let c = end - 1;
    while (c > s0 + 1 && !(tokens.punct[c - 1] && CLAUSE_BOUNDARIES.has(tokens.text[c - 1]))) c--;
    for (let k = c, tried = 0; k < end && tried < 2; k++) {
      if (tokens.punct[k]) continue;
      tried++;
      if (cannotStartSubject(tokens.key[k])) continue;
      if (speakerSpan(line, tokens, k + 1, false, CROWD_SPAN) && CROWD_SPAN.words > 0 && CROWD_SPAN.first < p) return CROWD_SPAN.first;
      break;
    }
    end = c - 1;
  }
  return p;
}
const CROWD_SPAN: SpeakerSpan = { first: -1, last: -1, words: 0, stop: 0 };

/**
 * Fills `out` with the speaker span from token `from`: word tokens up to a clause or sentence
 * boundary, a stop word, an addressee («للصحفيين») or the start of the verb's object
 * (`isObjectStart`), or the line end; quote marks inside are skipped, and a leading
 * «ما يسمى» and then adverbs with tanwin («مجدداً») are not part of it. After a single
 * affiliation head («مسؤول», «قيادي», «عضو» …) the span continues once through «في»/«من» («مسؤول في
 * الإدارة الذاتية»). At most `MAX_SPEAKER_TOKENS` words; with `relayTail` without trailing
 * `RELAY_TAIL` words. False when it runs longer (`out` is then not a span).
 */
function speakerSpan(line: string, tokens: QuoteColumns, from: number, relayTail: boolean, out: SpeakerSpan): boolean {
  const { n, text, punct } = tokens;
  let first = -1;
  let last = -1;
  let words = 0;
  let affiliated = false;
  let s = skipSoCalled(tokens, from);
  // Adverbs with tanwin right after the verb («وأكدت مجدداً رغبتها»): never a speaker.
  while (s < n && !punct[s] && TANWIN_END.test(line.slice(tokens.start[s], tokens.end[s]))) s++;
  for (; s < n; s++) {
    if (punct[s]) {
      if (CLAUSE_BOUNDARIES.has(text[s]) || SENTENCE_ENDS.has(text[s])) break;
      continue;
    }
    const k = tokens.key[s];
    if (SPEAKER_STOPS.has(k) && !(k === ALI && isNameAli(line, tokens, s, words))) {
      if (affiliated || words !== 1 || !AFFILIATION_STOPS.has(k) || !AFFILIATION_HEADS.has(tokens.key[first])) break;
      affiliated = true; // «مسؤول في …»: the stop word is part of the speaker
    } else if (isAddressee(k) || isObjectStart(line, tokens, s, last, words) || W.POSITION_NOUNS.has(k) || W.PRONOUN_PREPOSITIONS.has(k)
      || (words > 0 && tokens.report[s] !== 0)) break;
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
