/** Hand-made pages of the page-kind tests (written for khitab; not from any site). */
import type { LabelledLine, Role } from '../../src/split/types';

/** Labelled lines of `texts` (empty text → blank), all of `role`, with optional confidences. */
export function linesOf(texts: string[], role: Role = 'body', confidence?: (number | undefined)[]): LabelledLine[] {
  return texts.map((text, i) => ({
    n: i + 1, role: text === '' ? 'blank' : role, text, eol: '\n', rule: confidence ? 'model' : 't', comment: null,
    ...(confidence?.[i] !== undefined ? { confidence: confidence[i] } : {}),
  }));
}

export const ARTICLE = [
  'الرئيسية | سياسة',
  'أنقرة ودمشق تستأنفان المحادثات',
  'أعلنت وزارة الخارجية التركية اليوم أن جولة جديدة من المحادثات مع دمشق ستعقد الشهر المقبل في موسكو.',
  '',
  'وقال المتحدث باسم الوزارة إن الجانبين اتفقا على جدول أعمال يشمل ملف الحدود وعودة اللاجئين.',
];

/** Three teasers: headline, a date (absolute, relative, reading time), snippet; then pagination. */
export const LISTING = [
  'الوسم: دمشق',
  'اجتماع أمني جديد بين أنقرة ودمشق في بغداد',
  '2024-07-08',
  'قالت مصادر إن الاجتماع بحث ملف الحدود وآلية عودة اللاجئين وسط تكتم رسمي من الجانبين.',
  'المعارضة في إسطنبول قلقة من تصريحات أردوغان الأخيرة',
  'منذ 5 ساعات',
  'عبّر معارضون سوريون مقيمون في تركيا عن خشيتهم من أن تمس أي تسوية أوضاعهم القانونية.',
  '«قسد» تحذر من صفقة على حساب الشمال الشرقي',
  '٣ دقائق قراءة',
  'اعتبرت قوات سوريا الديمقراطية أن التقارب يستهدفها بالدرجة الأولى قبل أي طرف آخر.',
  '1 2 3 التالي',
];

export const NOT_FOUND = ['الرئيسية | سياسة | اقتصاد', 'عذراً، الصفحة التي تبحث عنها غير موجودة', '404', '© 2024 جميع الحقوق محفوظة'];

/**
 * A forum thread (written for the tests) in a layout no development page has: member titles and
 * post counts around two posts. The shipped model splits it badly (neither poster is read as a
 * comment author) and is unsure of it, so it must be flagged `low_confidence_split`.
 */
export const FORUM_THREAD = [
  'منتدى أبناء الجزيرة',
  'الموضوع: شو رأيكم بلقاء موسكو؟',
  'أبو جوان',
  'عضو ذهبي',
  'المشاركات: 1,204',
  'والله ما عاد فينا نصدق حدا',
  'اقتباس',
  'سلمى_حلب',
  'عضو جديد',
  'المشاركات: 12',
  'صح كلامك بس شو البديل',
  'اقتباس',
  'الصفحة 1 من 3',
];
