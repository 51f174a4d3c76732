import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsvHeader, formatCsvRow, quoteCsvField } from '../../src/parallel/csvCells';
import { toCsv } from '../../src/export/toCsv';

describe('quoteCsvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "x"', '"say ""x"""'],
    ['l1\nl2', '"l1\nl2"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(quoteCsvField(input)).toBe(expected);
  });
});

describe('formatCsvRow', () => {
  it('formats a hand-written row', () => {
    expect(formatCsvRow({ a: 1, b: 'x,y', c: null, d: true, e: '=1+1' }, ['a', 'b', 'c', 'd', 'e'])).toBe('1,"x,y",,true,\'=1+1\n');
  });

  it('writes the same bytes as the export module\'s toCsv (header + rows), on random rows', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'ب', ',', '"', '\n', '\r', ' ', '=', '-', '@', '+', '\t', '#', 'ـ') }),
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.double({ noNaN: false }),
    );
    const columns = ['id', 'text', 'n'];
    fc.assert(fc.property(fc.array(fc.record({ id: cell, text: cell, n: cell }), { maxLength: 8 }), (rows) => {
      const streamed = formatCsvHeader(columns) + rows.map((r) => formatCsvRow(r, columns)).join('');
      expect(streamed).toBe(toCsv(rows, columns as (keyof typeof rows[number])[]));
    }), { numRuns: 300 });
  });
});
