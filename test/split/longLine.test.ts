import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LineKind } from '../../src/split/classifyLine';
import { classifyKeyed, classifyLine, keyOfText, wordsOfText } from '../../src/split/classifyLine';
import { isPlainLongLine, letteredWords, longLineRules } from '../../src/split/longLine';
import { unionLinePatterns } from '../../src/split/linePatterns';
import type { SplitProfile } from '../../src/split/profile';
import { compileProfile, loadProfileSpecs, mergeProfileSpecs, profileForOutlet } from '../../src/split/profile';
import { countWords, isBlankLine } from '../../src/split/lineKey';

/** White space and bidi marks removed at the ends, as `classifyLine` trims before classifying. */
function trimRef(s: string): string {
  return s.replace(/^[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+|[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+$/g, '');
}

/** The classification without the long-line shortcut: the reference `classifyLine` must agree with. */
function referenceKind(raw: string, p: SplitProfile): LineKind {
  if (isBlankLine(raw)) return { kind: 'blank' };
  if (raw.length > p.maxShortLine) return { kind: 'text', words: Infinity, finalPunct: true, key: '' };
  return classifyKeyed(trimRef(raw), p);
}

/** `classifyLine` with a shortcut `text` kind completed (exact words and key). */
function completedKind(raw: string, p: SplitProfile): LineKind {
  const k = classifyLine(raw, p);
  if (k.kind === 'text' && k.key === null) {
    const words = wordsOfText(k, raw);
    expect(keyOfText(k, raw)).toBe(k.key);
    expect(words).toBe(k.words);
  }
  return k;
}

const generic = profileForOutlet(null);
const specs = loadProfileSpecs();
/** Profiles that stress the shortcut's limits: long exact lines, long headers, regexes, an empty caption prefix. */
const stressProfiles: SplitProfile[] = [
  compileProfile(mergeProfileSpecs(specs.get('generic')!, {
    id: 'long_rules',
    boilerplate: { exact: ['هذا سطر طويل جدا من الكلمات الكثيرة التي تملأ السطر كله حتى آخره تماما'], contains: ['تابعونا على'] },
    comments: { headers: [{ words: 'أضف تعليقك هنا وشارك برأيك في هذا الخبر مع القراء الآخرين من كل مكان الآن' }], maxAuthorWords: 16 },
    bylineMaxChars: 40,
  })),
  compileProfile(mergeProfileSpecs(specs.get('generic')!, { id: 'with_regex', boilerplate: { regex: ['^وكان'] } })),
  compileProfile(mergeProfileSpecs(specs.get('generic')!, { id: 'empty_caption', captionPrefix: [''] })),
  compileProfile(mergeProfileSpecs(specs.get('generic')!, { id: 'huge_authors', comments: { maxAuthorWords: 70 } })),
];
const profiles = [generic, profileForOutlet('orient_news'), profileForOutlet('al_bawsala'), ...stressProfiles];

/** Lines of the bundled seed pages. */
const seedLines = readdirSync(resolve(__dirname, '../../data/corpus')).filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(resolve(__dirname, '../../data/corpus', f), 'utf8').split(/\r?\n/));

/** Pieces near every rule: headers, ages, separators, credits, prefixes/suffixes, marks, odd spaces. */
const PIECES = ['وكان', 'الوزير', 'قال', 'في', 'إن', 'أيضاً', 'التعليقات', 'تعليقات', '(2)', '·', '•', '-', 'منذ', 'سنة', 'أشهر', '2017',
  '٢٠١٩', 'Jannah', 'Theme', 'License', 'is', 'not', 'validated', 'جميع الحقوق محفوظة', 'اقرأ أيضاً:', 'صورة:', '(AFP)', '(رويترز)',
  'فيسبوك', 'تويتر', 'يقول:', ')', '(', '.', '،', ':', '؟', '\u064b', 'ـ', '\u200f', '\ufeff', ' ', ' ', ' ', '  ', '\u00a0', '\u2003',
  '😀', '✨', '«', '“', '©', 'http://x.y', '#3', 'المصدر:', 'بقلم:', 'الأكثر قراءة', 'شارك عبر', 'All rights reserved.', 'تابعونا على'];
/** Body words (no Latin `t`, which may start the generic profile's `contains` literal). */
const BODY = ['وكان', 'الوزير', 'قال', 'في', 'إن', 'أيضاً', 'حكومة', 'الأسد', 'موسكو،', 'عدداً', 'من', 'القضايا', '2017', 'AFP', 'عبر'];
const piece = fc.oneof({ arbitrary: fc.constantFrom(...BODY), weight: 12 }, { arbitrary: fc.constantFrom(...PIECES), weight: 1 });
const piecesLine = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 90 }).map((xs) => xs.join(''));
const wordsLine = fc.array(piece, { minLength: 10, maxLength: 60 }).map((xs) => xs.join(' '));
const wordsOnlyLine = fc.array(piece, { minLength: 10, maxLength: 60 }).map((xs) => xs.join(''));
const seedLine = fc.constantFrom(...seedLines);
const mixedLine = fc.tuple(seedLine, piecesLine, seedLine).map(([a, b, c]) => `${b} ${a} ${c}`.slice(0, 320));
const anyLine = fc.oneof(seedLine, piecesLine, wordsLine, wordsOnlyLine, mixedLine);

describe('isPlainLongLine', () => {
  it('takes plain body paragraphs and leaves rule lines to the full classification', () => {
    const rules = longLineRules(generic, unionLinePatterns([generic.commentForms, generic.footerStart, generic.commentActions, generic.boilerplate]), 10);
    const para = 'وكان وزير الدفاع التركي خلوصي أكار ونظيره في حكومة أسد قد أجريا محادثات في العاصمة الروسية موسكو، حيث بحثا عدداً من القضايا الأمنية.';
    expect(isPlainLongLine(para, rules)).toBe(true);
    expect(isPlainLongLine('التعليقات (2)', rules)).toBe(false);
    expect(isPlainLongLine(`${para} جميع الحقوق محفوظة`, rules)).toBe(false);
    expect(isPlainLongLine(`اقرأ أيضاً: ${para}`, rules)).toBe(false);
    expect(isPlainLongLine(`Jannah Theme License is not validated ${para}`, rules)).toBe(false);
    expect(isPlainLongLine(`${para} (AFP)`, rules)).toBe(false);
    expect(isPlainLongLine(`«${para}»`, rules)).toBe(true);
    expect(isPlainLongLine(`💡 ${para}`, rules)).toBe(false);
  });
});

describe('longLineRules', () => {
  const words = (n: number): string => Array.from({ length: n }, (_, i) => ['وكان', 'الوزير', 'قال', 'حكومة'][i % 4]).join(' ');
  const withSpec = (over: Parameters<typeof mergeProfileSpecs>[1]): SplitProfile => compileProfile(mergeProfileSpecs(specs.get('generic')!, over));

  it('leaves long exact lines, long comment headers and long author lines to the full classification', () => {
    const exact = withSpec({ id: 'x', boilerplate: { exact: [words(20)] } });
    expect(classifyLine(words(20), exact)).toEqual({ kind: 'boilerplate', rule: 'boilerplate_exact' });
    const letters = 'ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ'; // 18 words, a header key of at most 60 units
    const header = withSpec({ id: 'x', comments: { headers: [{ words: letters }] }, bylineMaxChars: 20 });
    expect(classifyLine(`(3) ${letters}`, header)).toEqual({ kind: 'comment_header', count: 3 });
    const authors = withSpec({ id: 'x', comments: { maxAuthorWords: 40, authorSuffixes: ['يقول:'] } });
    expect(classifyLine(`${words(30)} يقول:`, authors)).toMatchObject({ kind: 'author' });
    const huge = withSpec({ id: 'x', comments: { maxAuthorWords: 70, authorSuffixes: ['يقول:'] } });
    const many = Array.from({ length: 80 }, () => 'ب').join(' '); // 80 words (counted as 61), 159 units
    expect(classifyLine(`${many} يقول:`, huge)).toMatchObject({ kind: 'author' });
  });

  it('takes no shortcut with line-rule regexes or an empty caption prefix', () => {
    expect(classifyLine(words(30), withSpec({ id: 'x', boilerplate: { regex: ['^وكان'] } }))).toEqual({ kind: 'boilerplate', rule: 'boilerplate_regex' });
    expect(classifyLine(words(30), withSpec({ id: 'x', captionPrefix: [''] }))).toEqual({ kind: 'caption', rule: 'caption_prefix' });
  });
});

describe('letteredWords', () => {
  it('matches only lines with at least n words holding a letter', () => {
    expect(letteredWords(3).test('واحد 2 اثنان ثلاثة')).toBe(true);
    expect(letteredWords(3).test('واحد 2 اثنان')).toBe(false);
    expect(letteredWords(2).test('ـ\u064b ب')).toBe(false);
    fc.assert(fc.property(anyLine, fc.integer({ min: 1, max: 20 }), (line, n) => {
      const t = trimRef(line);
      if (!letteredWords(n).test(t)) return;
      const lettered = t.split(/[\s]+/).filter((w) => /[\u0621-\u063a\u0641-\u064aA-Za-z]/.test(w)).length;
      expect(lettered).toBeGreaterThanOrEqual(n);
      expect(countWords(t)).toBeGreaterThanOrEqual(n);
    }), { numRuns: 3000 });
  });
});

describe('classifyLine', () => {
  it('labels URL lines whatever their case, and marks final punctuation', () => {
    for (const url of ['https://x.y/z', 'HTTP://X.Y', 'www.example.com', 'WWW.Example.com/ar']) expect(classifyLine(url, generic)).toEqual({ kind: 'link' });
    expect(classifyLine('xhttps://x.y', generic).kind).toBe('text');
    expect(classifyLine('خبر قصير.', generic)).toMatchObject({ kind: 'text', finalPunct: true });
    expect(classifyLine('خبر قصير', generic)).toMatchObject({ kind: 'text', finalPunct: false });
  });

  it('gives with the long-line shortcut what the full classification gives (seed lines, every profile)', () => {
    for (const p of profiles) for (const line of seedLines) expect(completedKind(line, p), `${p.id}: ${line}`).toEqual(referenceKind(line, p));
  });

  it('gives with the long-line shortcut what the full classification gives (random lines)', () => {
    let shortcuts = 0;
    fc.assert(fc.property(anyLine, fc.constantFrom(...profiles), (line, p) => {
      const k = classifyLine(line, p);
      if (k.kind === 'text' && k.key === null) shortcuts++;
      expect(completedKind(line, p)).toEqual(referenceKind(line, p));
    }), { numRuns: 8000 });
    expect(shortcuts).toBeGreaterThan(300); // the shortcut is exercised
  });
});
