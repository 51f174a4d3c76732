import { describe, it, expect } from 'vitest';
import { tokenize } from '../../src/text/tokenize';
import { matchKey } from '../../src/text/matchKey';
import { quotationOfLine, quotationOfColumns, quotationInto, reportingClass, isQuoteMark } from '../../src/stance/quotation';
import { caseTable } from './helpers';
import fc from 'fast-check';
import { refQuotation as referenceQuotation } from './referenceQuotation';

const cases = caseTable<{ input: string; note: string }>('quotation.yaml');
const tokensOf = (line: string) => tokenize(line).map((t) => ({ ...t, punct: t.kind === 'punct' }));
/** A line's tokens as the parallel columns of `quotationOfColumns`. */
const columnsOf = (toks: ReturnType<typeof tokensOf>) => ({
  n: toks.length, text: toks.map((t) => t.text), punct: toks.map((t) => t.punct),
  start: toks.map((t) => t.start), end: toks.map((t) => t.end),
  key: toks.map((t) => matchKey(t.text)), report: toks.map((t) => (t.punct ? 0 : reportingClass(t.text))),
});

describe('quotationOfLine', () => {
  it('names the relayed speaker after «عن», not the outlet that relays, without «قوله»', () => {
    const speakerAt = (line: string, word: string): string | null => {
      const toks = tokensOf(line);
      const q = quotationOfLine(line, toks);
      expect(q).toEqual(referenceQuotation(line, columnsOf(toks))); // the README's rule, written apart
      return q.speaker[toks.findIndex((t) => t.text === word)];
    };
    expect(speakerAt('ونقلت وكالة «سبوتنيك» عن نائب وزير الخارجية الروسي قوله إن موسكو ترى آفاقاً جيدة', 'آفاقاً')).toBe('نائب وزير الخارجية الروسي');
    expect(speakerAt('ونقلت «العربية» عن أردوغان قوله إن تركيا منفتحة على اللقاء', 'منفتحة')).toBe('أردوغان');
    // Without «عن» the relay is the speaker, as before.
    expect(speakerAt('ونقلت وكالة الأنباء الرسمية أن الوفد وصل', 'الوفد')).toBe('وكالة الأنباء الرسمية');
  });

  it('names the holder of a stated position: the subject after «أعرب», «يرى», «اشترط» up to the preposition or «أن»', () => {
    const speakerAt = (line: string, word: string): string | null => {
      const toks = tokensOf(line);
      return quotationOfLine(line, toks).speaker[toks.findIndex((t) => t.text === word)];
    };
    expect(speakerAt('وأعرب نائب وزير الخارجية السوري عن أمله في نجاح المحادثات', 'نجاح')).toBe('نائب وزير الخارجية السوري');
    expect(speakerAt('ويرى المحلل السياسي سمير حداد أن التقارب مصلحة مشتركة', 'التقارب')).toBe('المحلل السياسي سمير حداد');
    expect(speakerAt('واشترطت الحكومة السورية في بيان أن يسبق الانسحاب أي لقاء', 'لقاء')).toBe('الحكومة السورية');
  });

  it('names the speaker after a reporting verb and a colon', () => {
    const line = 'قال الوزير: إن التطبيع خطوة';
    const q = quotationOfLine(line, tokensOf(line));
    // Tokens: قال الوزير : إن التطبيع خطوة — the region starts at the boundary that ends the
    // speaker span (the colon) and runs to the end of the sentence.
    // The verb itself names the speaker's act, so it is in the region too.
    expect(q.speaker).toEqual(['الوزير', null, 'الوزير', 'الوزير', 'الوزير', 'الوزير']);
    expect(q.quoted).toEqual([true, false, true, true, true, true]);
  });

  it('marks tokens inside guillemets as quoted without a speaker', () => {
    const line = 'رفعوا «لا تصالح» أمس';
    expect(quotationOfLine(line, tokensOf(line)).quoted).toEqual([false, false, true, true, false, false]);
  });
});

/** The speaker of `word` in `line`, after checking the whole line against the reference rule. */
const speakerAt = (line: string, word: string): string | null => {
  const toks = tokensOf(line);
  const q = quotationOfLine(line, toks);
  expect(q).toEqual(referenceQuotation(line, columnsOf(toks)));
  return q.speaker[toks.findIndex((t) => t.text === word)];
};

describe('quotationOfLine: speaker span ends and the subject before the verb', () => {
  it.each([
    // [line, word whose speaker is asked, speaker]
    ['وقال أردوغان إن اللقاء ممكن', 'اللقاء', 'أردوغان'], // subject after the verb, as before
    ['أردوغان قال إن اللقاء ممكن', 'اللقاء', 'أردوغان'], // subject before the verb
    ['وكان أردوغان قد صرّح للصحفيين بأنه لا يستبعد اللقاء', 'اللقاء', 'أردوغان'], // «قد», an addressee, «كان»
    ['وقال مسؤول في الإدارة الذاتية إن الحوار مرفوض', 'الحوار', 'مسؤول في الإدارة الذاتية'], // an affiliation
    ['وقال الوزير في مؤتمر صحفي إن الحوار مرفوض', 'الحوار', 'الوزير'], // «في» after a title is not an affiliation
    ['ورحّبت المملكة العربية السعودية بالخطوات الأخيرة', 'ورحّبت', 'المملكة العربية السعودية'], // the verb itself, object «بال…»
    ['ورحّبت المملكة العربية السعودية بالخطوات الأخيرة', 'الأخيرة', 'المملكة العربية السعودية'],
    ['وأعلنت الحكومة العراقية استعدادها للوساطة', 'استعدادها', 'الحكومة العراقية'], // a possessive ends the subject
    ['وأصدرت الفصائل بياناً يدين الاجتماع', 'يدين', 'الفصائل'], // an accusative with tanwin
    ['وأدانت الفصائل كل أشكال التطبيع', 'التطبيع', 'الفصائل'], // a quantifier
    ['وردّد المحتجون هتافات ضد الاجتماع', 'ضد', 'المحتجون'], // an indefinite plural after a definite word
    ['وأعلنت ما يسمى «الحكومة المؤقتة» رفضها للاتفاق', 'للاتفاق', 'الحكومة المؤقتة'], // «ما يسمى» is not the name; the closing mark is stripped
    ['ويرى المحلل علي حمدان أن التقارب مفيد', 'التقارب', 'المحلل علي حمدان'], // «علي» as a name
    ['وأكد الوزير علي ضرورة التهدئة والحوار', 'ضرورة', 'الوزير'], // «علي» as the preposition
    ['وأشاد الأمين العام للجامعة بنتائج القمة', 'القمة', 'الأمين العام للجامعة'], // a ب complement after two words
    ['وقال المتحدث باسم الخارجية إن الحوار مفيد', 'الحوار', 'المتحدث باسم الخارجية'], // but not «باسم»
    ['وأكدت الوزارة مجدداً رغبتها في الحوار', 'الحوار', 'الوزارة'], // an adverb with tanwin is not the speaker
    ['وأكدت مجدداً رغبتها في الحوار', 'الحوار', null], // nor is the object after it
    ['وصل الوفد، كما أكد أن الحوار مستمر', 'الحوار', null], // «كما» is no subject
  ])('%s: the speaker of «%s» is %j', (line, word, speaker) => {
    expect(speakerAt(line, word)).toBe(speaker);
  });

  it('a subject that starts its clause may have up to 12 words; one that does not, up to 4', () => {
    expect(speakerAt('السفير الأول للبلاد الشقيقة الكبرى قال إن الأمر مفيد', 'الأمر')).toBe('السفير الأول للبلاد الشقيقة الكبرى');
    const thirteen = Array.from({ length: 13 }, (_, i) => `سفير${'ا'.repeat(i + 1)}`).join(' ');
    expect(speakerAt(`${thirteen} قال إن الأمر مفيد`, 'الأمر')).toBe(null);
    // After a preposition the run does not start its clause: the old rule, 1 to 4 words.
    expect(speakerAt('في السفير الأول للبلاد الشقيقة الكبرى قال إن الأمر مفيد', 'الأمر')).toBe(null);
    expect(speakerAt('في السفير الأول للبلاد قال إن الأمر مفيد', 'الأمر')).toBe('السفير الأول للبلاد');
  });
});

describe('quotationOfLine: who holds the stance (issue 18, voices)', () => {
  it.each(caseTable<{ input: string; word: string; speaker: string | null; note: string }>('speakers.yaml').map((c) => [c.note, c] as const))(
    '%s', (_n, c) => {
      expect(speakerAt(c.input, c.word)).toBe(c.speaker);
    },
  );
});

describe('quotationOfColumns', () => {
  it.each(cases.map((c) => [c.note, c] as const))('agrees with quotationOfLine: %s', (_n, c) => {
    const toks = tokensOf(c.input);
    const cols = columnsOf(toks);
    expect(quotationOfColumns(c.input, cols)).toEqual(quotationOfLine(c.input, toks));
  });
});

describe('quotationInto', () => {
  it('writes what quotationOfColumns returns into one reused pair of arrays, line after line', () => {
    const out = { quoted: [] as boolean[], speaker: [] as (string | null)[] };
    // Longest line first, so stale entries past n stay behind in the reused arrays.
    const inputs = cases.map((c) => c.input).sort((a, b) => b.length - a.length);
    for (const input of inputs) {
      const toks = tokensOf(input);
      const cols = columnsOf(toks);
      expect(quotationInto(input, cols, out)).toBe(out);
      const want = quotationOfColumns(input, cols);
      expect(out.quoted.slice(0, cols.n)).toEqual(want.quoted);
      expect(out.speaker.slice(0, cols.n)).toEqual(want.speaker);
    }
  });
});

describe('isQuoteMark', () => {
  it('tells the quotation marks from other punctuation', () => {
    expect(['«', '»', '“', '”', '„', '‹', '›', '"'].every(isQuoteMark)).toBe(true);
    expect([':', '.', '،', '(', "'"].some(isQuoteMark)).toBe(false);
  });

  it('a line without quotation marks or reporting words has nothing quoted', () => {
    for (const c of cases) {
      const toks = tokensOf(c.input);
      if (toks.some((t) => (t.punct ? isQuoteMark(t.text) : reportingClass(t.text) !== 0))) continue;
      const q = quotationOfLine(c.input, toks);
      expect(q.quoted.every((x) => !x) && q.speaker.every((x) => x === null)).toBe(true);
    }
  });
});

describe('quotationInto against the reference rule', () => {
  const WORDS = ['قال', 'وقالت', 'أكد', 'مضيفاً', 'الوزير', 'الخارجية', 'وكالة', 'الخميس', 'إن', 'أن', 'في', 'التطبيع', 'مرفوض',
    '«', '»', '"', '“', '”', '„', '‹', '›', ':', '.', '،', '؟', '!', '…', '(', ')', '«"نوفوستي"»', '"الوزير',
    // The span ends and the subject before the verb (README «Quotation»).
    'مسؤول', 'من', 'علي', 'على', 'حمدان', 'رفضها', 'بياناً', 'بالخطوات', 'كل', 'لأي', 'للصحفيين', 'لقناة', 'قد', 'وكان', 'ما', 'يسمى',
    'هتافات', 'المحتجون', 'بنتائج', 'باسم', 'الله', 'رحبت', 'نقلت', 'عن', 'قوله', 'أردوغان', 'مجدداً', 'كما',
    // Who holds the stance: position, protest, statement and «عن» verbs, appositions, parentheses, channels.
    'ترفض', 'يرحب', 'لا', 'أنقرة', 'الحكومة', 'بلاده', 'مصادر', 'وكالة', 'احتشد', 'الآلاف', 'رافعين', 'منددين', 'جاء', 'بيان',
    'صادر', 'وعبّر', 'الذي', 'وهو', 'لاجئ', 'بحسب', 'استعداد', 'فيها', 'عليها', 'إلى', 'بتطبيق', 'عقب', 'إحدى', 'عم']
  it('gives the same quoted and speaker columns on random lines, reusing one output (property)', () => {
    const out = { quoted: [] as boolean[], speaker: [] as (string | null)[] };
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '')), { maxLength: 30 }), (parts) => {
      const line = parts.map(([w, s]) => w + s).join('');
      const toks = tokensOf(line);
      const cols = columnsOf(toks);
      const want = referenceQuotation(line, cols);
      expect(quotationOfColumns(line, cols)).toEqual(want);
      quotationInto(line, cols, out);
      expect(out.quoted.slice(0, cols.n)).toEqual(want.quoted);
      expect(out.speaker.slice(0, cols.n)).toEqual(want.speaker);
    }), { numRuns: 3000 });
  });
});

describe('quotationOfColumns against the reference rule, speaker length', () => {
  it('takes a speaker of up to 9 tokens and reads a longer one as no reported speech, as the README says', () => {
    for (let k = 0; k <= 11; k++) {
      const line = `قال ${Array.from({ length: k }, (_, i) => `مصدر${'ا'.repeat(i + 1)}`).join(' ')}: التطبيع مرفوض. نعم`;
      const toks = tokensOf(line);
      const cols = columnsOf(toks);
      const want = referenceQuotation(line, cols);
      expect(want.quoted.some(Boolean)).toBe(k <= 9);
      expect(quotationOfColumns(line, cols)).toEqual(want);
    }
  });
});

describe('quotationInto speaker ends', () => {
  it('strips quotation marks from the ends of a speaker span as the reference does', () => {
    for (const sp of ['«الوزير»', '"الوزير"', '“الوزير”', '«"الوزير"»', '»الوزير«', '""', '«»', '"«x»"']) {
      const line = `قال ${sp}: نعم`;
      const cols = {
        n: 4, text: ['قال', sp, ':', 'نعم'], punct: [false, false, true, false],
        start: [0, 4, 4 + sp.length, 6 + sp.length], end: [3, 4 + sp.length, 5 + sp.length, 9 + sp.length],
        key: ['قال', sp, ':', 'نعم'], report: [1, 0, 0, 0] as (0 | 1 | 2)[],
      };
      expect(quotationOfColumns(line, cols)).toEqual(referenceQuotation(line, cols));
    }
  });
});
