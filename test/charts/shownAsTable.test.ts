import { describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import { shownAsTable } from '../../src/charts/shownAsTable';
import { toDataFrame } from '../../src/tables/toDataFrame';

const rows = [{ outlet: 'arab48', title: '<b>لن نصالح</b>', hits: 3 }, { outlet: 'orient_news', title: 'تقارب', hits: 1 }];

describe('shownAsTable', () => {
  it('draws the frame as an escaped HTML table when a cell ends with it (as tslab prints it: console.log)', () => {
    const html: string[] = [];
    const df = shownAsTable(toDataFrame(rows, ['outlet', 'title', 'hits']), { sink: (h) => html.push(h) });
    expect(inspect(df)).toBe('DataFrame: 2 rows × 3 columns (drawn as a table above)');
    expect(html).toHaveLength(1);
    expect(html[0]).toContain('<table');
    expect(html[0]).toContain('&lt;b&gt;لن نصالح&lt;/b&gt;');
    expect(html[0]).not.toContain('<b>');
    // Every cell of the frame is in the table, in row order.
    expect(html[0].indexOf('arab48')).toBeLessThan(html[0].indexOf('orient_news'));
  });

  it('outside a kernel prints danfo\'s text table, never its internals', () => {
    const df = shownAsTable(toDataFrame(rows, ['outlet', 'title', 'hits']), { sink: null });
    const text = inspect(df);
    expect(text.startsWith('DataFrame: 2 rows × 3 columns\n')).toBe(true);
    expect(text).toContain('orient_news');
    expect(text).not.toContain('$data');
    // With the default sink and no running kernel (tslab throws "Not ready"), the same text.
    expect(inspect(shownAsTable(toDataFrame(rows, ['outlet', 'title', 'hits'])))).toBe(text);
  });
});
