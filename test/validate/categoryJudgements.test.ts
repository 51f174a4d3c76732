import { describe, expect, it } from 'vitest';
import { categoryJudgements, formatCategoryJudgements } from '../../src/validate/categoryJudgements';
import type { GoldRow } from '../../src/validate/types';

const row = (category: string | undefined, categoryOk: boolean | undefined, coder = 'A'): GoldRow => ({
  id: 'p', comment: null, stance: 'neutral', categories: null, coder, notes: '', line: 2,
  ...(category === undefined ? {} : { category }), ...(categoryOk === undefined ? {} : { categoryOk }),
});

describe('categoryJudgements', () => {
  it('counts yes among the judged codings of each category, over all coders, categories in name order', () => {
    const gold = [row('slogan', true), row('slogan', false, 'B'), row('slogan', true, 'B'), row('frame_diplomacy', false), row('frame_diplomacy', undefined), row(undefined, true)];
    expect(categoryJudgements(gold)).toEqual([
      { category: 'frame_diplomacy', judged: 1, yes: 0, precision: 0 },
      { category: 'slogan', judged: 3, yes: 2, precision: 2 / 3 },
    ]);
  });

  it('is empty without judgements, and then formats to nothing', () => {
    expect(categoryJudgements([row('slogan', undefined)])).toEqual([]);
    expect(formatCategoryJudgements([])).toBe('');
    expect(formatCategoryJudgements([{ category: 'slogan', judged: 2, yes: 1, precision: 0.5 }]))
      .toBe('Marker categories as the coders judged them (category_ok; precision = yes / judged)\ncategory  judged  yes  precision\nslogan         2    1      0.500\n');
  });
});
