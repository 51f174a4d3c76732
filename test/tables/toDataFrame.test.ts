import { describe, expect, it } from 'vitest';
import { toDataFrame } from '../../src/tables/toDataFrame';

describe('toDataFrame', () => {
  it('builds a danfo DataFrame with the given column order', () => {
    const df = toDataFrame(
      [
        { hits: 3, outlet: 'orient_news' },
        { hits: 1, outlet: 'arab48' },
      ],
      ['outlet', 'hits'],
    );
    expect(df.columns).toEqual(['outlet', 'hits']);
    expect(df.shape).toEqual([2, 2]);
    expect(df['hits'].values).toEqual([3, 1]);
  });

  it('handles an empty table', () => {
    const df = toDataFrame([] as { a: number }[], ['a']);
    expect(df.shape).toEqual([0, 1]);
  });
});
