/**
 * Word lists of the speaker grammar (src/stance/quotation.ts, src/stance/README.md «Quotation»):
 * which verbs open reported speech and of what kind, and which words end or frame a speaker
 * span. Written from common Arabic news usage, as matching keys (alef forms, ى/ي, ة/ه folded,
 * diacritics dropped); a leading و/ف on a verb is stripped before lookup.
 */
import { matchKey } from '../../text/matchKey';

/** A set of matching keys (lists below are written in ordinary spelling). */
function keys(words: string[]): ReadonlySet<string> {
  return new Set(words.map(matchKey));
}

/**
 * Verbs that state a position rather than report speech, 3rd person perfect and imperfect
 * («رفضت الفصائل …», «الإدارة الذاتية ترفض …», «أنقرة لا ترى مانعاً»). Their subject holds the
 * stance; without a named subject they open no region, and inside another speaker's region they
 * name a new holder only when that speaker is a channel (`CHANNEL_HEADS`). Bare forms that are
 * also common nouns («رفض», «دعم», «أمل») are left out.
 */
export const POSITION_VERBS: ReadonlySet<string> = keys([
  'رفضت', 'رفضوا', 'يرفض', 'ترفض', 'يرفضون', 'أيد', 'أيدت', 'أيدوا', 'يؤيد', 'تؤيد', 'يؤيدون',
  'عارض', 'عارضت', 'عارضوا', 'يعارض', 'تعارض', 'يعارضون', 'يرحب', 'ترحب', 'يرحبون',
  'يدين', 'تدين', 'يدينون', 'استنكر', 'استنكرت', 'استنكروا', 'يستنكر', 'تستنكر', 'شجب', 'شجبت',
  'دعمت', 'دعموا', 'يدعم', 'تدعم', 'يدعمون', 'يدعو', 'تدعو', 'يطالب', 'تطالب', 'يطالبون',
  'يبدي', 'تبدي', 'يحذر', 'تحذر', 'يشترط', 'تشترط', 'يعرب', 'تعرب', 'يأمل', 'تأمل', 'يأملون', 'أملت',
  'وافق', 'وافقت', 'وافقوا', 'يوافق', 'توافق', 'تمسك', 'تمسكت', 'يتمسك', 'تتمسك', 'ينتقد', 'تنتقد',
  'تعهد', 'تعهدت', 'يتعهد', 'تتعهد', 'استبعد', 'استبعدت', 'يستبعد', 'تستبعد', 'رجح', 'رجحت', 'يرجح', 'ترجح',
  'تبنى', 'تبنت',
]);

/** Verbs of protest: their subject is a crowd, named together with the verb («احتشد الآلاف»). */
export const PROTEST_VERBS: ReadonlySet<string> = keys([
  'هتف', 'هتفت', 'هتفوا', 'يهتف', 'يهتفون', 'يهتفو', 'تظاهر', 'تظاهرت', 'تظاهروا', 'يتظاهرون',
  'احتشد', 'احتشدت', 'احتشدوا', 'اعتصم', 'اعتصموا', 'يعتصمون',
]);

/**
 * Plural participles of protest («رافعين لافتات», «منددين بالتقارب»): a crowd's act; the speaker
 * runs from the clause's subject to the participle («آلاف في مدينة اعزاز رافعين»).
 */
export const PROTEST_PARTICIPLES: ReadonlySet<string> = keys([
  'رافعين', 'منددين', 'هاتفين', 'مرددين', 'رافضين', 'محتجين', 'حاملين', 'مطالبين', 'مستنكرين',
]);

/** Speech verbs of reader comments in dialect («حكى», Iraqi «گال»). */
export const DIALECT_SPEECH_VERBS: ReadonlySet<string> = keys(['حكى', 'حكت', 'حكيو', 'گال', 'گالت', 'گالوا']);

/** Verbs that report speech only with «عن» after their subject («عبّر الائتلاف عن رفضه»; «عبر» is also "via"). */
export const VERBS_WITH_AN: ReadonlySet<string> = keys(['عبر', 'يعبر', 'تعبر']);

/**
 * «According to» words: the span after them is the source of the rest of the sentence («بحسب
 * مصادر مطلعة، فإن …», «وفق وزير الخارجية …»); without a named source they open nothing.
 */
export const SOURCE_WORDS: ReadonlySet<string> = keys(['بحسب', 'حسب', 'وفق']);

/** Verbs of a statement's content, whose speaker is the statement's author («جاء في بيان الائتلاف أن …»). */
export const STATEMENT_VERBS: ReadonlySet<string> = keys(['جاء', 'ورد']);

/** Nouns of a statement after «جاء في» («بيان», «رسالة», «كلمة» …). */
export const STATEMENT_NOUNS: ReadonlySet<string> = keys([
  'بيان', 'البيان', 'تصريح', 'تصريحات', 'معلومات', 'المعلومات', 'رسالة', 'كلمة', 'مقابلة', 'حديث', 'تغريدة', 'منشور', 'مذكرة', 'وثيقة', 'نص',
]);

/** Words between a statement noun and its author («بيان صادر عن الخارجية»). */
export const STATEMENT_LINKS: ReadonlySet<string> = keys(['صادر', 'الصادر', 'صادرة', 'الصادرة', 'عن', 'مشترك']);

/**
 * Nouns of a stated position that end a speaker span and start the reported content («أبدى نائب
 * الوزير استعداد بلاده …», «نقلت الشبكة عن الوزير استعداد بغداد …»).
 */
export const POSITION_NOUNS: ReadonlySet<string> = keys([
  'استعداد', 'ترحيب', 'رفض', 'تأييد', 'دعم', 'إدانة', 'أمل', 'رغبة', 'قلق', 'حرص', 'تمسك', 'انفتاح', 'موافقة',
]);

/**
 * Head words of a channel, a source or a statement that relays others («مصادر», «وكالة», «بيان»): inside its
 * region, a position verb's named subject is the holder («أفادت مصادر بأن أنقرة لا ترى مانعاً»).
 */
export const CHANNEL_HEADS: ReadonlySet<string> = keys([
  'مصدر', 'مصادر', 'وكالة', 'وكاله', 'صحيفة', 'موقع', 'مواقع', 'قناة', 'شبكة', 'مراسل', 'مراسلنا', 'وسائل', 'تقارير', 'تقرير', 'إذاعة', 'تلفزيون', 'ناشطون',
  'بيان', 'البيان', 'تصريح', 'تصريحات', 'معلومات', 'المعلومات',
]);

/**
 * Single words that refer back to a speaker already named and so do not name a new holder
 * («قال الوزير إن الحكومة ترفض …»).
 */
export const GENERIC_SUBJECTS: ReadonlySet<string> = keys([
  'الحزب', 'الحكومة', 'الوزارة', 'الجانب', 'الرئيس', 'الوزير', 'المجلس', 'الهيئة', 'الإدارة', 'الدولة', 'البلاد', 'الحركة', 'المنظمة', 'الطرفين', 'الجانبين', 'الجميع',
]);

/**
 * First words of a subject that is the public, not a speaker («الناس ترفض …», «الشعب السوري يرفض …»):
 * a position verb with such a subject states the writer's own claim about people.
 */
export const PUBLIC_SUBJECTS: ReadonlySet<string> = keys([
  'الناس', 'الشعب', 'الشارع', 'الجمهور', 'المواطنون', 'المواطنين', 'السوريون', 'السوريين', 'العالم', 'الكل', 'البعض', 'كثيرون', 'الأغلبية', 'الغالبية', 'أغلب', 'معظم',
]);

/**
 * Words that cannot start a subject found before its verb: prepositions and adverbials of time,
 * cause and source («وعقب الاجتماع قال …», «بحسب البيان …»), negators and particles, relative
 * pronouns. Checked with and without a leading و/ف.
 */
export const NOT_SUBJECT_STARTS: ReadonlySet<string> = keys([
  'عقب', 'إثر', 'لدى', 'منذ', 'عند', 'وسط', 'رغم', 'بحسب', 'حسب', 'وفق', 'وفقا', 'أثناء', 'قبيل', 'بعيد', 'إزاء', 'تجاه', 'بين', 'حتى', 'مثل',
  'لم', 'لن', 'لا', 'ما', 'إذ', 'إذا', 'لو', 'كيف', 'هل', 'بل', 'أما', 'أيضا', 'يوم', 'ليلة',
  'الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'من', 'هذا', 'هذه', 'ذلك', 'تلك',
]);

/** Prepositions a subject before its verb may hold inside («المبعوث الأممي إلى سوريا غير بيدرسون»). */
export const SUBJECT_INNER_STOPS: ReadonlySet<string> = keys(['في', 'من', 'إلى', 'الى']);

/** Negators between a subject and its verb («أنقرة لا ترى …»). */
export const VERB_NEGATORS: ReadonlySet<string> = keys(['لا', 'لم', 'لن', 'ما', 'عم']);

/** Words that open an apposition saying who a speaker is («أبو خالد، وهو لاجئ من حمص، …»). */
export const IDENTITY_WORDS: ReadonlySet<string> = keys(['وهو', 'وهي', 'وهم', 'وهما', 'وهن', 'إحدى', 'أحد', 'احدى']);

/**
 * Prepositions with a pronoun right after a verb, before its subject («قال فيها الرئيس»,
 * «رفع خلالها المشاركون»): skipped; as a span word they end it («كُتب عليها»).
 */
export const PRONOUN_PREPOSITIONS: ReadonlySet<string> = keys([
  'فيه', 'فيها', 'فيهم', 'خلاله', 'خلالها', 'عليه', 'عليها', 'عليهم', 'منه', 'منها', 'عنه', 'عنها', 'له', 'لها', 'لهم',
]);
