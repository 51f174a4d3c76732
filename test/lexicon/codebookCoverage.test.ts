import { describe, it, expect } from 'vitest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { compileLexicon } from '../../src/lexicon/compileLexicon';
import { splitArticle } from '../../src/split/splitArticle';
import { matchMarkers } from '../../src/stance/matchMarkers';

/**
 * Coverage of the codebook on each camp's register. Every sentence below was written for this
 * table (none is taken from the seeds) in the wording the named outlets use; `must` and `mustNot`
 * are the categories a human coder gives it, decided before running the matcher. `comment: true`
 * puts the sentence in a reader comment instead of the article body.
 */
interface CoverageCase {
  /** Camp / register the sentence imitates. */
  camp: string;
  /** The sentence. */
  text: string;
  /** Categories that must be found (non-negated or not, any hit). */
  must: string[];
  /** Categories that must not be found. */
  mustNot: string[];
  /** Why the case is here (trap, variant …). */
  note: string;
  /** Put the sentence in a comment. */
  comment?: boolean;
}

const CASES: CoverageCase[] = [
  // ---------------------------------------------------------------- pro-government (SANA, Al-Watan, Al-Mayadeen, RT)
  { camp: 'pro-gov', text: 'وحدات من الجيش العربي السوري تتصدى لهجوم المجموعات الإرهابية المسلحة في ريف إدلب الجنوبي.',
    must: ['naming_gov_state', 'label_terror'], mustNot: ['naming_gov_regime', 'label_armed'], note: 'SANA army + terror label' },
  { camp: 'pro-gov', text: 'العدوان الذي يشنه النظام التركي على الأراضي السورية يمثل انتهاكا صارخا للسيادة.',
    must: ['naming_turkey_regime', 'frame_sovereignty'], mustNot: ['naming_gov_regime'], note: 'Turkey named as regime is never the Syrian regime' },
  { camp: 'pro-gov', text: 'وأكد المقداد أن لا تطبيع قبل انسحاب قوات الاحتلال التركي من كل شبر.',
    must: ['stance_oppose', 'naming_turkey_occupation'], mustNot: ['stance_support'], note: 'conditional refusal from Damascus' },
  { camp: 'pro-gov', text: 'تصريحات رأس النظام التركي أردوغان حول اللقاء لا تعني شيئا.',
    must: ['naming_turkey_regime'], mustNot: ['naming_gov_regime'], note: '«رأس النظام» followed by التركي' },
  { camp: 'pro-gov', text: 'استشهاد مدنيين جراء اعتداء الإرهابيين المدعومين من النظام التركي على بلدة في ريف حلب.',
    must: ['label_terror', 'naming_turkey_regime', 'frame_humanitarian'], mustNot: ['naming_gov_regime'], note: 'SANA: Turkey-backed terrorists' },
  { camp: 'pro-gov', text: 'الدولة السورية عازمة على تحرير كل شبر من الأرض السورية من الإرهاب والاحتلال.',
    must: ['naming_gov_state', 'frame_sovereignty', 'frame_security'], mustNot: ['naming_north_liberated'], note: 'army «liberation» is sovereignty, not the opposition\'s «المحرر»' },
  { camp: 'pro-gov', text: 'استقبل سيادة الرئيس بشار الأسد المبعوث الروسي وبحث معه الوضع في المنطقة.',
    must: ['naming_gov_state'], mustNot: ['frame_sovereignty'], note: 'honorific «سيادة الرئيس» is not sovereignty' },
  { camp: 'pro-gov', text: 'المرتزقة الذين جندهم النظام التركي يواصلون سرقة الزيتون في عفرين المحتلة.',
    must: ['label_mercenary', 'naming_turkey_regime', 'naming_north_occupied'], mustNot: ['naming_gov_regime'], note: 'mercenary label, occupied town' },
  { camp: 'pro-gov', text: 'العصابات الإرهابية تعتدي على الأحياء السكنية في مدينة حلب.',
    must: ['label_terror'], mustNot: ['label_revolution'], note: 'SANA «العصابات الإرهابية»' },
  { camp: 'pro-gov', text: 'وأكد الوزير أن إنهاء الوجود العسكري غير الشرعي للقوات التركية شرط أساسي لأي حوار.',
    must: ['frame_sovereignty'], mustNot: ['naming_gov_regime'], note: 'illegitimate presence' },
  { camp: 'pro-gov', text: 'أعلنت وزارة الخارجية والمغتربين ترحيبها بأي مبادرة تحترم وحدة الأراضي السورية.',
    must: ['naming_gov_state', 'frame_sovereignty'], mustNot: ['naming_gov_regime'], note: 'official ministry name' },
  // ---------------------------------------------------------------- Kurdish / AANES (Hawar, North Press, Rudaw)
  { camp: 'kurdish', text: 'قصفت دولة الاحتلال التركي بالمدفعية الثقيلة قرى ريف تل تمر.',
    must: ['naming_turkey_occupation'], mustNot: ['naming_turkey_regime', 'naming_gov_regime'], note: 'Hawar house style' },
  { camp: 'kurdish', text: 'شن مرتزقة الاحتلال التركي هجوما على قرى الشهباء.',
    must: ['label_mercenary', 'naming_turkey_occupation'], mustNot: ['label_terror'], note: 'mercenaries of the occupation' },
  { camp: 'kurdish', text: 'تتواصل انتهاكات الفصائل الموالية لتركيا بحق السكان الكرد في سري كانيه المحتلة.',
    must: ['label_armed', 'naming_north_occupied'], mustNot: ['naming_north_liberated'], note: 'North Press proxy label, Kurdish town name' },
  { camp: 'kurdish', text: 'أكدت الإدارة الذاتية أن التقارب بين أنقرة ودمشق صفقة على حساب شعوب المنطقة.',
    must: ['frame_security', 'topic_reconciliation', 'stance_oppose', 'naming_gov_metonym'], mustNot: ['stance_support'], note: 'AANES opposes the deal' },
  { camp: 'kurdish', text: 'توقف محطة علوك يهدد مليون إنسان في الحسكة بالعطش.',
    must: ['frame_humanitarian'], mustNot: ['frame_economy'], note: 'water as a weapon' },
  { camp: 'kurdish', text: 'احتفل الأهالي بالذكرى الحادية عشرة لثورة روج آفا في القامشلي.',
    must: [], mustNot: ['label_revolution'], note: 'the Kurdish revolution is not the 2011 uprising label' },
  // ---------------------------------------------------------------- Turkish (Anadolu, TRT Arabi, Daily Sabah)
  { camp: 'turkish', text: 'تحييد 5 إرهابيين من تنظيم ي ب ك/بي كا كا الإرهابي في منطقة نبع السلام.',
    must: ['label_terror', 'frame_security'], mustNot: ['naming_turkey_occupation', 'naming_north_occupied'], note: 'Anadolu: operation name is not occupation' },
  { camp: 'turkish', text: 'وقال أردوغان إنه لا يوجد خصام دائم في السياسة وإنه مستعد للقاء الأسد.',
    must: ['stance_support'], mustNot: ['stance_oppose'], note: 'Erdoğan\'s justification; negator inside the phrase' },
  { camp: 'turkish', text: 'وأكد الوزير دعم أنقرة للمعارضة السورية والجيش الوطني السوري في مواجهة الإرهاب.',
    must: ['label_opposition', 'label_revolution', 'frame_security'], mustNot: ['naming_gov_state', 'label_terror'], note: 'SNA self-name; «الجيش الوطني السوري» is not the state army' },
  { camp: 'turkish', text: 'تعمل تركيا على ضمان العودة الطوعية والآمنة للسوريين إلى المنطقة الآمنة.',
    must: ['frame_humanitarian', 'frame_security'], mustNot: ['topic_reconciliation'], note: 'voluntary return' },
  { camp: 'turkish', text: 'انتقد زعيم المعارضة التركية سياسة حزب العدالة والتنمية تجاه اللاجئين.',
    must: ['frame_humanitarian'], mustNot: ['frame_accountability', 'label_opposition'], note: 'AKP and Turkish opposition traps' },
  { camp: 'turkish', text: 'نفذت القوات التركية عملية غصن الزيتون لتطهير عفرين من الإرهابيين.',
    must: ['frame_security', 'label_terror'], mustNot: ['naming_turkey_occupation', 'naming_north_occupied'], note: 'operation name, Afrin not «occupied»' },
  // ---------------------------------------------------------------- opposition (Orient, Syria TV, Enab Baladi, Zaman al-Wasl)
  { camp: 'opposition', text: 'خرج الآلاف في المناطق المحررة رفضا للتطبيع مع نظام الأسد.',
    must: ['naming_north_liberated', 'stance_oppose', 'naming_gov_regime', 'topic_reconciliation'], mustNot: ['stance_support'], note: 'protest report' },
  { camp: 'opposition', text: 'قصفت ميليشيا أسد بلدات جبل الزاوية بالمدفعية.',
    must: ['naming_gov_regime'], mustNot: ['naming_gov_state'], note: 'Orient «ميليشيا أسد»' },
  { camp: 'opposition', text: 'نرفض التطبيع مع القاتل ولن نقبل بتعويم الأسد.',
    must: ['stance_oppose'], mustNot: ['stance_support'], note: 'unambiguous rejection phrases', comment: true },
  { camp: 'opposition', text: 'الأسعار في المحرر نار والناس تعبت من الوعود.',
    must: ['naming_north_liberated'], mustNot: ['naming_north_occupied'], note: 'colloquial «المحرر»', comment: true },
  { camp: 'opposition', text: 'انتقد الائتلاف الوطني السوري الهرولة نحو التطبيع مع النظام.',
    must: ['label_opposition', 'stance_oppose', 'naming_gov_regime'], mustNot: ['stance_support'], note: 'Coalition statement' },
  { camp: 'opposition', text: 'يطالب المعتقلون السابقون بمحاسبة بشار الكيماوي على مجزرة الغوطة.',
    must: ['frame_accountability', 'naming_gov_regime'], mustNot: ['naming_gov_state'], note: 'epithet' },
  { camp: 'opposition', text: 'سيطرت فصائل المعارضة على عدة قرى بعد معارك مع قوات النظام.',
    must: ['label_armed', 'naming_gov_regime'], mustNot: ['label_opposition', 'label_terror'], note: 'wire-style factions label' },
  { camp: 'opposition', text: 'لا تصالح، ولو منحوك الذهب.',
    must: ['slogan'], mustNot: ['stance_support'], note: 'Dunqul slogan', comment: true },
  // ---------------------------------------------------------------- pan-Arab, Russian and Iranian diplomatic register
  { camp: 'pan-arab', text: 'وأكدت طهران دعمها لمسار التطبيع بين أنقرة ودمشق في إطار صيغة موسكو.',
    must: ['stance_support', 'topic_reconciliation', 'naming_gov_metonym', 'frame_diplomacy'], mustNot: ['stance_oppose'], note: 'Iranian backing' },
  { camp: 'pan-arab', text: 'تسعى موسكو إلى عودة العلاقات إلى طبيعتها بين البلدين عبر خارطة طريق.',
    must: ['stance_support', 'topic_reconciliation', 'frame_diplomacy'], mustNot: ['stance_oppose'], note: 'Russian roadmap' },
  { camp: 'pan-arab', text: 'طرحت روسيا العودة إلى اتفاقية أضنة أساسا لأي تفاهم أمني بين الجانبين.',
    must: ['frame_security'], mustNot: ['naming_turkey_occupation'], note: 'Adana agreement' },
  { camp: 'pan-arab', text: 'تقدمت القوات الحكومية السورية في ريف حماة الشمالي.',
    must: ['naming_gov_state'], mustNot: ['naming_gov_regime'], note: 'wire register' },
  { camp: 'pan-arab', text: 'يتحدث مسؤولون عن تبادل السفراء وإعادة فتح السفارة التركية في دمشق.',
    must: ['topic_reconciliation'], mustNot: ['naming_gov_metonym'], note: '«في دمشق» is a place, not an actor' },
  { camp: 'pan-arab', text: 'ويقول محللون إن الانفتاح التركي على دمشق يخضع لحسابات انتخابية.',
    must: ['topic_reconciliation', 'naming_gov_metonym'], mustNot: ['stance_support', 'stance_oppose'], note: 'neutral analysis carries no stance' },
  // ---------------------------------------------------------------- false-positive traps
  { camp: 'trap', text: 'تعثرت جهود المصالحة الفلسطينية بين فتح وحماس مجددا.',
    must: [], mustNot: ['topic_reconciliation'], note: 'other reconciliation' },
  { camp: 'trap', text: 'عادت الحياة إلى طبيعتها وبدأ تطبيع الحياة في المدينة.',
    must: [], mustNot: ['topic_reconciliation', 'stance_support'], note: 'normal life' },
  { camp: 'trap', text: 'حذرت الأمم المتحدة من تدهور الأمن الغذائي في مخيمات الشمال.',
    must: [], mustNot: ['frame_security'], note: 'food security' },
  { camp: 'trap', text: 'أشادت الندوة بدور منظمات المجتمع المدني في التعليم.',
    must: [], mustNot: ['frame_humanitarian'], note: 'civil society' },
  { camp: 'trap', text: 'أعلنت هيئة تحرير الشام سيطرتها على المعبر.',
    must: ['frame_economy'], mustNot: ['frame_sovereignty', 'label_terror'], note: 'HTS name is not army «liberation»' },
  { camp: 'trap', text: 'قال في لقاء تلفزيوني إن النظام الدولي يتغير.',
    must: [], mustNot: ['frame_diplomacy', 'naming_gov_regime'], note: 'TV interview; world order' },
  { camp: 'trap', text: 'قتل ثلاثة أشخاص في عملية إرهابية استهدفت سوقا شعبيا في إسطنبول.',
    must: ['frame_accountability'], mustNot: ['label_terror'], note: 'a terrorist attack is not an actor label' },
  { camp: 'trap', text: 'وصلت قوات الجيش الوطني الليبي إلى مشارف المدينة.',
    must: [], mustNot: ['label_revolution', 'naming_gov_state'], note: 'Libyan National Army' },
  { camp: 'trap', text: 'ألقى الرئيس الإيراني كلمة في ذكرى الثورة الإسلامية.',
    must: [], mustNot: ['label_revolution'], note: 'Iran\'s revolution' },
  { camp: 'trap', text: 'وانتهت ولاية رئيس التحرير بعد عشر سنوات.',
    must: [], mustNot: ['naming_north_liberated', 'frame_sovereignty'], note: 'editor-in-chief' },
  { camp: 'trap', text: 'صمد الائتلاف الحاكم في تركيا أمام ضغوط المعارضة التركية.',
    must: [], mustNot: ['label_opposition'], note: 'Turkish coalition and opposition' },
];

const lexicon = compileLexicon(loadLexicon());

function categoriesOf(c: CoverageCase): Set<string> {
  const page = c.comment
    ? `خبر\n\nنص الخبر كما ورد في الموقع.\n\nالتعليقات (1)\nأحمد\n·منذ سنة\n${c.text}\n`
    : `خبر\n\n${c.text}\n`;
  const a = splitArticle(page);
  const hits = matchMarkers(a, lexicon);
  return new Set(hits.map((h) => h.category));
}

describe('matchMarkers with the shipped codebook on each camp\'s register', () => {
  it('has at least 40 cases, every camp represented, and every case with an expectation', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    for (const camp of ['pro-gov', 'kurdish', 'turkish', 'opposition', 'pan-arab', 'trap']) expect(CASES.some((c) => c.camp === camp), camp).toBe(true);
    for (const c of CASES) expect(c.must.length + c.mustNot.length, c.text).toBeGreaterThan(0);
  });

  it.each(CASES.map((c) => [`${c.camp}: ${c.note}`, c] as const))('%s', (_name, c) => {
    const cats = categoriesOf(c);
    const missing = c.must.filter((k) => !cats.has(k));
    const unwanted = c.mustNot.filter((k) => cats.has(k));
    expect({ text: c.text, missing, unwanted }).toEqual({ text: c.text, missing: [], unwanted: [] });
  });

  it('puts comment cases in comment_body lines', () => {
    const c = CASES.find((x) => x.comment)!;
    const a = splitArticle(`خبر\n\nنص الخبر كما ورد في الموقع.\n\nالتعليقات (1)\nأحمد\n·منذ سنة\n${c.text}\n`);
    expect(a.comments.length).toBe(1);
    expect(matchMarkers(a, lexicon).filter((h) => h.category === c.must[0]).every((h) => h.role === 'comment_body')).toBe(true);
  });
});
