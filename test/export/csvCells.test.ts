import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsvHeader, formatCsvRow, formatCsvRows, formatHitRows, quoteCsvField } from '../../src/export/csvCells';
import { TABLE_COLUMNS } from '../../src/tables/columns';
import { parse } from 'csv-parse/sync';

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
    expect(formatCsvRow({ a: 1, b: 'x,y', c: null, d: true, e: '=1+1' }, ['a', 'b', 'c', 'd', 'e'])).toBe('1,"x,y",,TRUE,\'=1+1\n');
  });

  it.each([
    ['\uFF1D', 'full-width ＝'], ['\uFF0B', 'full-width ＋'], ['\uFF0D', 'full-width －'], ['\uFF20', 'full-width ＠'],
    ['\uFE66', 'small ﹦'], ['\uFE62', 'small ﹢'], ['\uFE63', 'small ﹣'], ['\uFE6B', 'small ﹫'], ['\u2212', 'minus sign −'],
  ])('neutralizes a cell starting with %j (%s), a look-alike of a formula character', (c) => {
    expect(formatCsvRow({ t: `${c}HYPERLINK("http://x")` }, ['t'])).toBe(`"'${c}HYPERLINK(""http://x"")"\n`);
    // Inside a cell the character is text and left alone.
    expect(formatCsvRow({ t: `a${c}1` }, ['t'])).toBe(`a${c}1\n`);
  });

  it('writes rows that csv-parse reads back cell for cell, on random rows', () => {
    // Expected cells by the documented rules, written out here: empty for null, TRUE/FALSE,
    // integers as digits, text with a leading = + - @ tab or CR prefixed by an apostrophe.
    const expected = (v: string | number | boolean | null): string =>
      v === null ? '' : typeof v === 'string' ? (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v) : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'ب', ',', '"', '\n', '\r', ' ', '=', '-', '@', '+', '\t', '#', 'ـ') }),
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
    );
    const columns = ['id', 'text', 'n'];
    fc.assert(fc.property(fc.array(fc.record({ id: cell, text: cell, n: cell }), { minLength: 1, maxLength: 8 }), (rows) => {
      const text = formatCsvHeader(columns) + rows.map((r) => formatCsvRow(r, columns)).join('');
      const back = parse(text, { columns: true, relax_column_count: false }) as Record<string, string>[];
      expect(back).toEqual(rows.map((r) => ({ id: expected(r.id), text: expected(r.text), n: expected(r.n) })));
    }), { numRuns: 300 });
  });
});

describe('formatHitRows', () => {
  const columns = TABLE_COLUMNS.hits as string[];
  const text = fc.string({ unit: fc.constantFrom('a', 'ب', ',', '"', '\n', '\r', ' ', '=', '-', '@', '+', '\t', '#', 'ـ', "'") });
  const value = fc.oneof(text, fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: false }), fc.constant(-0));
  // Hits of a page share id, file, outlet and often role/segment and markers: draw them from small pools.
  const pool = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: 1, maxLength: 3 });

  it('writes exactly what formatCsvRow writes, on random hit rows (shared and varying cells)', () => {
    fc.assert(fc.property(pool(value), pool(value), pool(text), fc.array(fc.record(Object.fromEntries(columns.map((c) => [c, value]))), { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 12 }),
      (ids, roles, markers, rows, picks) => {
        const hits = rows.map((r, i) => {
          const k = picks[i] ?? 0;
          return { ...r, id: ids[k % ids.length], file: ids[(k + 1) % ids.length], role: roles[k % roles.length], marker: markers[k % markers.length], category: markers[(k + 1) % markers.length] };
        });
        expect(formatHitRows(hits as never)).toBe(hits.map((h) => formatCsvRow(h, columns)).join(''));
      }), { numRuns: 500 });
  });

  it('formats the hits of a real page as formatCsvRow does', () => {
    const hit = {
      id: 'p1', file: 'p1.txt', outlet: 'orient_news', line: 3, col: 14, len: 8, role: 'body', segment: 'reporting', comment: null,
      category: 'slogan', marker: 'slogan_lan_nusalih', polarity: -1, negated: false, quoted: true, speaker: null,
      pre: 'قالوا ', keyword: 'لن نصالح', post: ', "أبدا"', voice: 'unnamed_source',
    };
    const second = { ...hit, col: 30, category: 'stance_oppose', marker: 'oppose_x', pre: '=1', post: '' };
    expect(formatHitRows([hit, second])).toBe(formatCsvRow(hit, columns) + formatCsvRow(second, columns));
    expect(formatHitRows([hit])).toBe('p1,p1.txt,orient_news,3,14,8,body,reporting,,slogan,slogan_lan_nusalih,-1,FALSE,TRUE,,قالوا ,لن نصالح,", ""أبدا""",unnamed_source\n');
  });
});

describe('formatCsvRows', () => {
  it('joins the lines formatCsvRow writes', () => {
    const rows = [{ a: 1, b: 'x,y' }, { a: null, b: '=2' }];
    expect(formatCsvRows(rows, ['a', 'b'])).toBe(rows.map((r) => formatCsvRow(r, ['a', 'b'])).join(''));
    expect(formatCsvRows([], ['a'])).toBe('');
  });
});
