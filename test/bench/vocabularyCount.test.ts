import { describe, expect, it } from 'vitest';
import { VocabularyCounter } from '../../src/bench/vocabularyCount';

describe('VocabularyCounter', () => {
  it('counts word tokens and their distinct normalized forms', () => {
    const v = new VocabularyCounter();
    // قال / قالَ (a fatha) / أحمد / احمد (alef folded) / مصالحة / مصالحه (taa marbuta kept by default) /
    // #سوريا / 2011 / Reuters; «،» and «😂» are not words.
    v.add('قال قالَ أحمد، احمد 😂');
    v.add('مصالحة مصالحه #سوريا 2011 Reuters');
    expect(v.tokens).toBe(9);
    expect(v.distinct()).toBe(7);
  });
});
