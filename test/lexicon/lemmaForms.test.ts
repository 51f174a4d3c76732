import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import fc from 'fast-check';
import { lemmaForms, rootOfLemma, UnsupportedLemmaError, type Lemma } from '../../src/lexicon/lemmaForms';
import { loadMorphologyTables } from '../../src/lexicon/morphologyTables';
import { matchKey } from '../../src/text/matchKey';

const tables = loadMorphologyTables();
interface Case { lemma: Lemma; forms: string[]; absent?: string[]; source: string }
const cases = parse(readFileSync(path.join(__dirname, 'cases/lemmaForms.yaml'), 'utf8')) as Case[];
const keys = (words: string[]): string[] => words.map(matchKey);

describe('lemmaForms', () => {
  it.each(cases.map((c) => [`${c.lemma.root ?? c.lemma.stem} (${c.lemma.pattern})`, c] as const))('case: %s', (_n, c) => {
    const out = new Set(lemmaForms(c.lemma, tables));
    for (const f of keys(c.forms)) expect(out.has(f), `${f} (${c.source})`).toBe(true);
    for (const f of keys(c.absent ?? [])) expect(out.has(f), `${f} must be left to the matcher`).toBe(false);
  });

  it('gives exactly the paradigm of رَفَضَ: Wiktionary «رفض» conjugation table plus the sound noun endings', () => {
    // Wiktionary «رفض», Arabic, conjugation of رَفَضَ (I, sound, a ~ u), active voice, vowels removed.
    const past = ['رفضت', 'رفض', 'رفضتما', 'رفضا', 'رفضتا', 'رفضنا', 'رفضتم', 'رفضوا', 'رفضتن', 'رفضن'];
    const present = ['ارفض', 'ترفض', 'يرفض', 'ترفضان', 'يرفضان', 'نرفض', 'ترفضون', 'يرفضون', 'ترفضين', 'ترفضن', 'يرفضن'];
    const subjunctive = ['ترفضا', 'يرفضا', 'ترفضوا', 'يرفضوا', 'ترفضي'];
    const imperative = ['ارفض', 'ارفضا', 'ارفضوا', 'ارفضي', 'ارفضن'];
    // Ryding ch. 7–9: -ة, -ون/-ين, -ات, -ان/-ين, -تان/-تين, accusative -ًا on both participles; رَفْضًا.
    const nouns = ['رافض', 'مرفوض'].flatMap((p) => ['', 'ة', 'ون', 'ين', 'ات', 'ان', 'تان', 'تين', 'ا'].map((e) => p + e));
    const expected = [...new Set(keys([...past, ...present, ...subjunctive, ...imperative, ...nouns, 'رفض', 'رفضا']))].sort();
    expect(lemmaForms({ root: 'رفض', pattern: 'I', masdar: 'رفض' }, tables)).toEqual(expected);
  });

  it('rejects a defective root (دعا) with the class and the table line', () => {
    for (const lemma of [{ root: 'دعو', pattern: 'I' }, { stem: 'دعا', pattern: 'I' }, { stem: 'نادى', pattern: 'III' }]) {
      expect(() => lemmaForms(lemma, tables)).toThrow(UnsupportedLemmaError);
      expect(() => lemmaForms(lemma, tables)).toThrow(/defective roots are not supported .*morphology\.yaml:\d+/);
    }
  });

  it('rejects hollow, assimilated and doubled roots in the forms the table lists, and accepts them elsewhere', () => {
    expect(() => lemmaForms({ stem: 'قال', pattern: 'I' }, tables)).toThrow(/hollow/);
    expect(() => lemmaForms({ root: 'وصل', pattern: 'I' }, tables)).toThrow(/assimilated/);
    expect(() => lemmaForms({ stem: 'ردّ', pattern: 'I' }, tables)).toThrow(/doubled/);
    expect(() => lemmaForms({ root: 'أخذ', pattern: 'VIII' }, tables)).toThrow(/hamzated/);
    expect(lemmaForms({ root: 'حدد', pattern: 'II' }, tables)).toContain(matchKey('تحديد'));
  });

  it('leaves out the forms in `except` (مرحبا also means "hello")', () => {
    expect(lemmaForms({ stem: 'رحّب', pattern: 'II', except: ['مرحباً'] }, tables)).not.toContain('مرحبا');
  });

  it('reports an unknown pattern, a stem that does not fit its pattern, bad vowels and a bad root', () => {
    expect(() => lemmaForms({ root: 'رفض', pattern: 'XI' }, tables)).toThrow(/unknown pattern 'XI' \(the tables have I, II/);
    expect(() => lemmaForms({ stem: 'رفض', pattern: 'X' }, tables)).toThrow(/does not fit form X .*give its root/);
    expect(() => lemmaForms({ root: 'رفض', pattern: 'I', vowels: 'o' }, tables)).toThrow(/vowels 'o'/);
    expect(() => lemmaForms({ root: 'رفضت', pattern: 'I' }, tables)).toThrow(/three Arabic letters/);
    expect(() => lemmaForms({ pattern: 'I' }, tables)).toThrow(/give its 'root' or its 'stem'/);
  });
});

describe('rootOfLemma', () => {
  it('reads the radicals from a stem, with form VIII ت assimilated and hamza written ء', () => {
    expect(rootOfLemma({ stem: 'استبعد', pattern: 'X' }, tables)).toEqual(['ب', 'ع', 'د']);
    expect(rootOfLemma({ stem: 'اصطلح', pattern: 'VIII' }, tables)).toEqual(['ص', 'ل', 'ح']);
    expect(rootOfLemma({ stem: 'أيَّدَ', pattern: 'II' }, tables)).toEqual(['ء', 'ي', 'د']);
  });
});

describe('lemmaForms (properties)', () => {
  // Strong consonants and hamza; roots with C1 = C2 are left out (they barely exist, and a sukun
  // between identical letters is written as one letter with a shadda).
  const letter = fc.constantFrom(...'بتثجحخدذرزسشصضطظعغفقكلمنهء');
  const hamzaSeats = 'اءؤئ';
  it('every form is its own matching key and contains the root letters in order', () => {
    fc.assert(fc.property(letter, letter, letter, fc.constantFrom(...tables.forms.keys()), (a, b, c, pattern) => {
      fc.pre(a !== b);
      let forms: string[];
      try {
        forms = lemmaForms({ root: a + b + c, pattern, masdar: pattern === 'I' ? a + b + c : undefined }, tables);
      } catch (e) {
        expect(e).toBeInstanceOf(UnsupportedLemmaError);
        expect(b === c || (a === 'ء' && pattern === 'VIII')).toBe(true);
        return;
      }
      expect(forms.length).toBeGreaterThan(20);
      for (const f of forms) {
        expect(matchKey(f)).toBe(f);
        let k = 0;
        for (const ch of f) if (k < 3 && (ch === [a, b, c][k] || ([a, b, c][k] === 'ء' && hamzaSeats.includes(ch)))) k++;
        expect(k, `${f} from ${a}${b}${c} (${pattern})`).toBe(3);
      }
    }), { seed: 18, numRuns: 400 });
  });
});
