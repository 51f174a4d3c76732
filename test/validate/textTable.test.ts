import { describe, expect, it } from 'vitest';
import { frac, labelled, num, table } from '../../src/validate/textTable';

describe('textTable', () => {
  it('num gives three decimals or – for an undefined ratio; frac gives count/total value', () => {
    expect([num(0.8), num(1), num(null)]).toEqual(['0.800', '1.000', '–']);
    expect(frac({ count: 8, total: 10, value: 0.8 })).toBe('8/10 0.800');
    expect(frac({ count: 0, total: 0, value: null })).toBe('0/0 –');
  });

  it('table left-aligns the first column and right-aligns the others; labelled pads the labels', () => {
    expect(table([['role', 'F1'], ['title', '0.900']])).toBe('role      F1\ntitle  0.900');
    expect(labelled([['a', '1'], ['bbb', '2']])).toBe('a    1\nbbb  2');
  });
});
