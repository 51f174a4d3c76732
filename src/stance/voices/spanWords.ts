/**
 * Word lists and limits of the quotation rule (src/stance/quotation.ts, src/stance/README.md
 * «Quotation»): reporting verbs and participles, the words that end or frame a speaker span, the
 * quotation marks. Matching keys (alef forms, ى/ي, ة/ه folded, diacritics dropped); the lists of
 * who holds a stance (position, protest, statement verbs …) are in speechWords.ts.
 */
import * as matchKeyModule from '../../text/matchKey';
import * as WModule from './speechWords';

// Module-level copies of imported names (as in src/stance/match/): the CommonJS transform reads an
// import through a getter on every access, a call per word inside the speaker grammar's loops.
const W = { ...WModule };
const { matchKey } = matchKeyModule;

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

/** Opening and closing quotation marks (ASCII " toggles). */
export const OPEN_QUOTES: ReadonlySet<string> = new Set(['«', '“', '„', '‹']);
export const CLOSE_QUOTES: ReadonlySet<string> = new Set(['»', '”', '›']);

/**
 * Whether a punctuation token is a quotation mark (opening, closing or ASCII "). A line without
 * quotation marks and without reporting verbs or participles has no quoted token and no
 * speaker, so callers may skip `quotationOfColumns` for it.
 * @example isQuoteMark('«') // true
 * @example isQuoteMark(':') // false
 */
export function isQuoteMark(s: string): boolean {
  return OPEN_QUOTES.has(s) || CLOSE_QUOTES.has(s) || s === '"';
}
