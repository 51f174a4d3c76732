import { describe, it, expect } from 'vitest';
import { spellTemplate } from '../../src/lexicon/spellTemplate';

// Hamza orthography: W. Wright, "A Grammar of the Arabic Language" (3rd ed.), vol. I § 131–132,
// and K. Ryding, "A Reference Grammar of Modern Standard Arabic" (2005) § 2.5.2 (hamza seats).
// Input: a word built with every hamza written ء; expected: its standard spelling.
const CASES: [string, string, string][] = [
  ['ءَخَذَ', 'أَخَذَ', 'initial hamza with fatha: أ'],
  ['ءِسْلَام', 'إِسْلَام', 'initial hamza with kasra: إ'],
  ['سَءَلَ', 'سَأَلَ', 'fatha after fatha: أ'],
  ['سُءِلَ', 'سُئِلَ', 'kasra wins: ئ'],
  ['يَسْءَلُ', 'يَسْأَلُ', 'fatha after sukun: أ'],
  ['مَسْءُول', 'مَسْؤُول', 'damma after sukun: ؤ'],
  ['بُءْس', 'بُؤْس', 'sukun after damma: ؤ'],
  ['بِءْر', 'بِئْر', 'sukun after kasra: ئ'],
  ['رَءْس', 'رَأْس', 'sukun after fatha: أ'],
  ['يُءَيِّدُ', 'يُؤَيِّدُ', 'fatha after damma: ؤ'],
  ['سَاءِل', 'سَائِل', 'kasra after long ā: ئ'],
  ['تَسَاءَلَ', 'تَسَاءَلَ', 'fatha after long ā: on the line'],
  ['تَفَاءُل', 'تَفَاؤُل', 'damma after long ā: ؤ'],
  ['قَرَء', 'قَرَأ', 'final after fatha: أ'],
  ['قَارِء', 'قَارِئ', 'final after kasra: ئ'],
  ['تَبَاطُء', 'تَبَاطُؤ', 'final after damma: ؤ'],
  ['مَقْرُوء', 'مَقْرُوء', 'final after long ū: on the line'],
  ['مُرُوءَة', 'مُرُوءَة', 'fatha after long ū: on the line'],
  ['ءَامِن', 'آمِن', 'hamza with fatha + long ā: madda'],
  ['ءَءْمَنَ', 'آمَنَ', 'two hamzas, the second vowelless, after fatha: آ'],
  ['ءُءْمِنُ', 'أُومِنُ', 'after damma: أو'],
  ['ءِءْمَان', 'إِيمَان', 'after kasra: إي'],
  ['نَبَءًا', 'نَبَأً', 'tanwin fath: no alif after أ'],
];

describe('spellTemplate', () => {
  it.each(CASES)('%s → %s (%s)', (input, expected) => {
    expect(spellTemplate(input)).toBe(expected.normalize('NFC'));
  });

  it('joins identical letters separated by a sukun into one letter with a shadda (سَكَنَّا, اِتَّبَعَ)', () => {
    expect(spellTemplate('سَكَنْنَا')).toBe('سَكَنَّا'.normalize('NFC'));
    expect(spellTemplate('اِتْتَبَعَ')).toBe('اِتَّبَعَ'.normalize('NFC'));
    expect(spellTemplate('رَفَضْتُ')).toBe('رَفَضْتُ');
  });
});
