import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { compileSafeRegex, compileLinePatterns, matchLinePatterns } from '../../src/split/linePatterns';
import fc from 'fast-check';
import { headerWords, headerWordsWithin, loadProfileSpecs, profileForOutlet } from '../../src/split/profile';
import { lineKey } from '../../src/split/lineKey';
import { classifyLine } from '../../src/split/classifyLine';
import { splitArticle } from '../../src/split/splitArticle';

describe('compileSafeRegex', () => {
  it('accepts a simple anchored regex', () => {
    expect(compileSafeRegex('^#?[0-9]{1,4}\\.?$').test('#12')).toBe(true);
  });
  it.each(['^(a+)+$', '^(\\w*)*x', '^(x{2,})+', 'a+', '^(a)\\1'])('refuses %s', (r) => {
    expect(() => compileSafeRegex(r)).toThrow();
  });
});

describe('lineKey', () => {
  it('folds hamza forms, diacritics, tatweel, spaces and Latin case', () => {
    expect(lineKey('  إقرأ   أيضاً ')).toBe('اقرا ايضا');
    expect(lineKey('اقرأ أيضا')).toBe('اقرا ايضا');
    expect(lineKey('Share on WhatsApp')).toBe('share on whatsapp');
    expect(lineKey('مـــرحبا\u200f')).toBe('مرحبا');
  });
});

describe('matchLinePatterns', () => {
  it('matches the variants of «اقرأ أيضاً» with one literal', () => {
    const p = compileLinePatterns({ exact: ['اقرأ أيضاً'] });
    expect(['اقرأ أيضاً', 'اقرأ أيضا', 'إقرأ أيضاً'].map((s) => matchLinePatterns(p, lineKey(s)))).toEqual(['exact', 'exact', 'exact']);
    expect(matchLinePatterns(p, lineKey('اقرأ الخبر'))).toBeNull();
  });
});

describe('profileForOutlet', () => {
  it('merges the outlet profile over generic', () => {
    const p = profileForOutlet('orient_news');
    expect(p.id).toBe('orient_news');
    expect(p.commentLayout).toBe('author_meta_text');
    expect(p.boilerplate.exact.has(lineKey('💡 أهم المواضيع'))).toBe(true);
    expect(p.boilerplate.prefix.includes(lineKey('Share on '))).toBe(true);
    expect(profileForOutlet(null).id).toBe('generic');
    expect(profileForOutlet('no_such_outlet').id).toBe('generic');
  });

  it('lets a new outlet be added with a profile file alone', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'khitab-prof-'));
    writeFileSync(path.join(dir, 'generic.yaml'), 'id: generic\nboilerplate:\n  exact: [شارك]\n');
    writeFileSync(path.join(dir, 'test_outlet.yaml'), 'id: test_outlet\noutlets: [test_outlet]\nboilerplate:\n  prefix: ["إعلان:"]\n');
    expect([...loadProfileSpecs(dir).keys()]).toEqual(['generic', 'test_outlet']);
    const text = 'عنوان\n\nنص الخبر.\nإعلان: اشترك الآن\nشارك';
    const roles = splitArticle(text, { profile: profileForOutlet('test_outlet', dir) }).lines.map((l) => l.role);
    expect(roles).toEqual(['title', 'blank', 'body', 'boilerplate', 'boilerplate']);
    const generic = splitArticle(text, { profile: profileForOutlet(null, dir) }).lines.map((l) => l.role);
    expect(generic[3]).toBe('body');
  });

  it('rejects a profile with a catastrophic regex', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'khitab-prof-'));
    writeFileSync(path.join(dir, 'generic.yaml'), 'id: generic\nboilerplate:\n  regex: ["^(a+)+$"]\n');
    expect(() => profileForOutlet(null, dir)).toThrow(/nested quantifier/);
  });
});

/** Oracle: the rule of `headerWords` (digits, brackets and punctuation to spaces, collapse, trim) written as one regular expression. */
function referenceHeaderWords(key: string): string {
  return key.replace(/[0-9٠-٩۰-۹()[\]{}:：.,،«»"“”'|#·•\-–]/g, ' ').replace(/ +/g, ' ').trim();
}

describe('headerWords', () => {
  const piece = fc.constantFrom('التعليقات', 'تعليق', ' ', '  ', '\t', '\u00a0', '(', ')', '2', '٣', ':', '«', '»', '-', '–', '#', 'a', 'لا توجد');
  it('strips digits, brackets and punctuation as the rule written as a regular expression does', () => {
    expect(headerWords('التعليقات (2)')).toBe('التعليقات');
    expect(headerWords(' \t(3)  لا  توجد - تعليقات\t ')).toBe('لا توجد تعليقات');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (xs) => {
      const key = xs.join('');
      expect(headerWords(key)).toBe(referenceHeaderWords(key));
    }), { numRuns: 3000 });
  });

  it('gives up (null) only when the words are longer than the limit', () => {
    expect(headerWordsWithin('(2) التعليقات', 12)).toBe('التعليقات');
    expect(headerWordsWithin('نص طويل لا يمكن أن يكون عنوان تعليقات', 12)).toBeNull();
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), fc.integer({ min: 0, max: 30 }), (xs, max) => {
      const key = xs.join('');
      const words = referenceHeaderWords(key);
      const within = headerWordsWithin(key, max);
      if (within === null) expect(words.length).toBeGreaterThan(max);
      else expect(within).toBe(words);
    }), { numRuns: 3000 });
  });
});

describe('profile caption patterns', () => {
  const generic = profileForOutlet(null);
  it('classifyLine reads an embedded post\'s credit line as a caption, not a comment\'s author and date', () => {
    for (const l of ['— Samir Haddad (@samir_haddad_sy) May 10, 2023', '— أبو علي الشامي (@abuali_sham) 10 مايو 2023', '- Rojin S. (@rojin_aanes) January 2, 2023']) {
      expect(classifyLine(l, generic)).toEqual({ kind: 'caption', rule: 'caption_regex' });
    }
    // Not a credit: a date line, a handle without the dash opening, a long line starting with a dash.
    expect(classifyLine('10 مايو 2023', generic).kind).not.toBe('caption');
    expect(classifyLine('@abuali_sham كتب اليوم', generic).kind).not.toBe('caption');
    expect(classifyLine(`— ${'كلام '.repeat(30)}(@x)`, generic).kind).not.toBe('caption');
  });
});
