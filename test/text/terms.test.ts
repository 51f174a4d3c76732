import { describe, it, expect } from 'vitest';
import { countTokens, termsOf, hashtagsOf, termStem, termOfToken, termOfWordKey } from '../../src/text/terms';
import { T_ARABIC, T_HASHTAG, T_LATIN, T_MENTION, T_NUMBER, T_PUNCT } from '../../src/text/scanTokens';
import { arabicStopwords, parseStopwords } from '../../src/text/stopwords';

describe('countTokens', () => {
  it('counts words, numbers, hashtags and mentions but not URLs, emoji or punctuation', () => {
    // قال، الوزير، لن، نصالح = 4; emoji, URL, «:» and «» not counted.
    expect(countTokens('قال الوزير: «لن نصالح» 😀 https://x.com')).toBe(4);
    expect(countTokens('منذ عام 2011 #لن_نصالح @user')).toBe(5);
    expect(countTokens('')).toBe(0);
  });
  it('is not confused by a previous call (shared buffer)', () => {
    expect(countTokens('واحد اثنان ثلاثة أربعة خمسة')).toBe(5);
    expect(countTokens('واحد')).toBe(1);
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

describe('termOfWordKey', () => {
  it('strips the article and drops stopwords and one-letter stems', () => {
    expect(termOfWordKey('والتطبيع')).toBe('تطبيع');
    expect(termOfWordKey('الي')).toBeNull(); // إلى
    expect(termOfWordKey('في')).toBeNull();
    expect(termOfWordKey('سوريون')).toBe('سوريون');
  });
});

describe('termOfToken', () => {
  it('keeps hashtags whole, stems words and drops numbers, mentions and punctuation', () => {
    expect(termOfToken('#لن_نصالح', T_HASHTAG)).toBe('#لن_نصالح');
    expect(termOfToken('النِّظام', T_ARABIC)).toBe('نظام');
    expect(termOfToken('Erdogan', T_LATIN)).toBe('erdogan');
    expect(termOfToken('2011', T_NUMBER)).toBeNull();
    expect(termOfToken('@user', T_MENTION)).toBeNull();
    expect(termOfToken('،', T_PUNCT)).toBeNull();
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
