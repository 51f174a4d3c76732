import { describe, expect, it } from 'vitest';
import { fixedWordTest, varySentence, type VaryContext } from '../../src/bench/varySentence';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { rngMulberry32 } from '../../src/stats/rngMulberry32';
import { AFFIXES, inflect } from '../../src/bench/wordForms';

describe('fixedWordTest', () => {
  const fixed = fixedWordTest(loadLexicon());
  it('keeps lexicon words with clitics, and stopwords', () => {
    expect(fixed('وللنظام')).toBe(true); // «نظام» is a word of the regime naming patterns
    expect(fixed('التطبيع')).toBe(true);
    expect(fixed('إلى')).toBe(true); // a stopword
    expect(fixed('البرتقال')).toBe(false);
  });
});

describe('varySentence', () => {
  const stems = ['سلام', 'حرب', 'بيت'];
  const vocabulary = new Set(stems.flatMap((s) => AFFIXES.map((a) => inflect(s, a))));
  const ctx: VaryContext = { stems, known: (w) => w === 'النظام' || w === 'في' };

  it('changes nothing at zero rates', () => {
    const s = 'قال الوزير في «النظام» إن البرتقال وصل.';
    expect(varySentence(s, ctx, rngMulberry32(1), { reinflect: 0, replace: 0, noise: 0 })).toBe(s);
  });

  it('replaces every free word by a vocabulary word at replace rate 1, keeping fixed words and punctuation', () => {
    const out = varySentence('قال الوزير في «النظام» إن البرتقال وصل.', ctx, rngMulberry32(2), { reinflect: 0, replace: 1, noise: 0 });
    const words = out.split(' ');
    expect(words).toHaveLength(7);
    expect(words[2]).toBe('في');
    expect(words[3]).toBe('«النظام»');
    for (const i of [0, 1, 4, 5]) expect(vocabulary.has(words[i]), words[i]).toBe(true);
    expect(words[6].endsWith('.')).toBe(true);
    expect(vocabulary.has(words[6].slice(0, -1))).toBe(true);
  });

  it('re-inflects from the word\'s own stem at reinflect rate 1', () => {
    const out = varySentence('المصالحة', ctx, rngMulberry32(3), { reinflect: 1, replace: 0, noise: 0 });
    expect(AFFIXES.map((a) => inflect('مصالحة', a))).toContain(out);
  });

  it('is deterministic for a seed', () => {
    const s = 'وأكد المتحدث أن المحادثات بين الجانبين مستمرة في العاصمة.';
    expect(varySentence(s, ctx, rngMulberry32(7))).toBe(varySentence(s, ctx, rngMulberry32(7)));
  });
});
