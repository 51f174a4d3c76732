import { describe, it, expect } from 'vitest';
import { countTokens, termsOf, hashtagsOf, termStem } from '../../src/text/terms';
import { arabicStopwords, parseStopwords } from '../../src/text/stopwords';

describe('countTokens', () => {
  it('counts words, numbers, hashtags and mentions but not URLs, emoji or punctuation', () => {
    // قال، الوزير، لن، نصالح = 4; emoji, URL, «:» and «» not counted.
    expect(countTokens('قال الوزير: «لن نصالح» 😀 https://x.com')).toBe(4);
    expect(countTokens('منذ عام 2011 #لن_نصالح @user')).toBe(5);
    expect(countTokens('')).toBe(0);
  });
});

describe('termsOf', () => {
  it('normalizes, strips article combinations and drops stopwords', () => {
    expect(termsOf('رفض السوريون التطبيع مع النظام')).toEqual(['رفض', 'سوريون', 'تطبيع', 'نظام']);
    expect(termsOf('إلى في من والتطبيع')).toEqual(['تطبيع']);
  });
  it('keeps hashtags whole', () => {
    expect(termsOf('وسم #لن_نصالح')).toEqual(['وسم', '#لن_نصالح']);
  });
});

describe('termStem', () => {
  it('strips article combinations but not a bare و', () => {
    expect(termStem('والتطبيع')).toBe('تطبيع');
    expect(termStem('للمصالحه')).toBe('مصالحه');
    expect(termStem('وزير')).toBe('وزير');
  });
});

describe('hashtagsOf', () => {
  it('lists hashtags as matching keys', () => {
    expect(hashtagsOf('وسم #لن_نصالح و#لا_للتطبيع')).toEqual(['#لن_نصالح', '#لا_للتطبيع']);
  });
});

describe('arabicStopwords', () => {
  it('loads the list as matching keys', () => {
    const s = arabicStopwords();
    expect(s.has('الي')).toBe(true); // إلى
    expect(s.has('في')).toBe(true);
    expect(s.has('تطبيع')).toBe(false);
  });
  it('parseStopwords ignores comments and merges spelling variants', () => {
    expect(parseStopwords('# c\nإلى\nالى\n\n').size).toBe(1);
  });
});
