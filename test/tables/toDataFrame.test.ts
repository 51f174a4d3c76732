import { describe, expect, it } from 'vitest';
import { frameColumnName, toDataFrame } from '../../src/tables/toDataFrame';

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

  it('keeps a unique 0…n−1 row index when a column is named index, so print() works (issue 19)', () => {
    // Two rows with the same value in `index`: before the fix that column became df.index and
    // print() threw "Row index must contain unique values".
    const df = toDataFrame([{ id: 'a', index: 1 }, { id: 'b', index: 1 }], ['id', 'index']);
    expect(df.index).toEqual([0, 1]);
    expect(df.columns).toEqual(['id', 'index_']);
    expect(df['index_'].values).toEqual([1, 1]);
    expect(() => df.toString()).not.toThrow();
  });
});

describe('frameColumnName', () => {
  it('renames only the columns that would hide a DataFrame data property', () => {
    expect(['index', 'columns', 'values', 'shape', 'count', 'outlet'].map(frameColumnName))
      .toEqual(['index_', 'columns_', 'values_', 'shape_', 'count', 'outlet']);
  });
});
