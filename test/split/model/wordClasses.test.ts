import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledWordClasses, readWordClasses, wordClassCounts, wordClassCountsIn, wordClassCountsInto } from '../../../src/split/model/wordClasses';
import { lineKey } from '../../../src/split/lineKey';

function classesFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-wc-'));
  writeFileSync(join(dir, 'wc.yaml'), text);
  return join(dir, 'wc.yaml');
}

describe('readWordClasses', () => {
  it('readWordClasses reads the classes in file order, words keyed like lines (hamza, alef maqsura, diacritics)', () => {
    const wc = readWordClasses(classesFile('classes:\n  a: [إلى, علىٰ]\n  b: [إلى, قالَ]\n'));
    expect(wc.names).toEqual(['a', 'b']);
    expect(wc.words.get('الي')).toBe(0b11); // in both classes
    expect(wc.words.get('قال')).toBe(0b10);
    expect(wc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('readWordClasses refuses a file without classes, a class that is not a list, or a phrase', () => {
    expect(() => readWordClasses(classesFile('words: []\n'))).toThrow(/expected a 'classes:' map/);
    expect(() => readWordClasses(classesFile('classes:\n  a: word\n'))).toThrow(/class 'a' must be a list/);
    expect(() => readWordClasses(classesFile('classes:\n  a: [اقرأ أيضا]\n'))).toThrow(/is not one word/);
  });
});

describe('wordClassCounts', () => {
  const wc = readWordClasses(classesFile('classes:\n  prose: [في, ان]\n  dialect: [بدنا, مش]\n'));
  it('wordClassCounts counts listed words, also with one leading و or ف, and ignores punctuation', () => {
    expect(wordClassCounts(lineKey('قال إنّ الوفد في موسكو، وفي أنقرة.'), wc)).toEqual([3, 0]); // ان, في, و+في
    expect(wordClassCounts(lineKey('بدنا حل مش حكي! فبدنا'), wc)).toEqual([0, 3]);
    expect(wordClassCounts('', wc)).toEqual([0, 0]);
  });

  it('wordClassCounts looks at the first 16 words only', () => {
    expect(wordClassCounts(Array(30).fill('في').join(' '), wc)).toEqual([16, 0]);
  });

  it('wordClassCountsIn reads the raw text as its key (hamza, diacritics, tatweel, spaces) within the span', () => {
    const raw = '  قال إنّ الوفـد فـي موسكو،\u00a0وفي أنقرة.';
    expect(wordClassCountsIn(raw, 0, raw.length, wc)).toEqual([3, 0]); // إنّ → ان, فـي → في, و+في
    expect(wordClassCountsIn(raw, 0, raw.indexOf('موسكو'), wc)).toEqual([2, 0]);
    expect(wordClassCountsIn('بدنا حل', 1, 7, wc)).toEqual([0, 0]); // «دنا» is not listed
  });

  it('wordClassCountsInto writes the counts into a reused array, clearing the previous line\'s', () => {
    const c = Int32Array.of(9, 9, 9);
    wordClassCountsInto('بدنا في وفي فمش', 0, 15, wc, c);
    expect([...c]).toEqual([2, 2, 9]); // في, و+في; بدنا, ف+مش; the entry past the classes is left alone
    wordClassCountsInto('كلام', 0, 4, wc, c);
    expect([...c]).toEqual([0, 0, 9]);
  });

  it('the bundled classes hold the classes the labeller names', () => {
    expect(bundledWordClasses().names).toEqual(['prose', 'colloquial', 'person', 'reporting', 'chrome', 'commenting', 'time']);
  });
});
