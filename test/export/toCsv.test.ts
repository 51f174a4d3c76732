import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../src/export/toCsv';
import { formatCsvNumber, neutralizeFormula } from '../../src/export/formatCsvCell';

function readBack(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true }) as Record<string, string>[];
}

describe('toCsv', () => {
  it('writes RFC 4180 quoting by hand-written expectation', () => {
    const rows = [
      { id: '001', text: 'قال، "لا" للتطبيع', n: 2, ok: true, x: null },
      { id: '003', text: 'سطر أول\nسطر ثانٍ', n: -3, ok: false, x: undefined },
    ];
    expect(toCsv(rows, ['id', 'text', 'n', 'ok', 'x'])).toBe(
      'id,text,n,ok,x\n' +
        '001,"قال، ""لا"" للتطبيع",2,TRUE,\n' +
        '003,"سطر أول\nسطر ثانٍ",-3,FALSE,\n',
    );
  });

  it('round-trips Arabic, commas, quotes, newlines and formula-like comments through csv-parse', () => {
    const rows = [
      { articleId: '001', comment: 0, text: 'الخطر هو أيران، ومليشياتها "الأرهابية"' },
      { articleId: '001', comment: 1, text: 'سطر\r\nسطر, آخر\rو"ثالث"' },
      { articleId: '003', comment: 0, text: '=HYPERLINK("http://x","اضغط")' },
      { articleId: '003', comment: 1, text: '-عساكم لجهنم' },
      { articleId: '003', comment: 2, text: '@mention +90' },
      { articleId: '003', comment: 3, text: '\tمسافة' },
      { articleId: '003', comment: 4, text: '#لن_نصالح' },
    ];
    const back = readBack(toCsv(rows, ['articleId', 'comment', 'text']));
    expect(back.map((r) => r.text)).toEqual([
      'الخطر هو أيران، ومليشياتها "الأرهابية"',
      'سطر\r\nسطر, آخر\rو"ثالث"',
      '\'=HYPERLINK("http://x","اضغط")',
      "'-عساكم لجهنم",
      "'@mention +90",
      "'\tمسافة",
      '#لن_نصالح',
    ]);
    expect(back.map((r) => r.comment)).toEqual(['0', '1', '0', '1', '2', '3', '4']);
  });

  it('leaves negative numbers in numeric cells as numbers', () => {
    expect(toCsv([{ polarity: -1, index: -0.5 }], ['polarity', 'index'])).toBe('polarity,index\n-1,-0.5\n');
  });

  it('adds a UTF-8 BOM only with excel: true, and supports CRLF', () => {
    const plain = toCsv([{ a: 'ب' }], ['a']);
    const excel = toCsv([{ a: 'ب' }], ['a'], { excel: true });
    expect(plain.charCodeAt(0)).toBe(0x61);
    expect(excel).toBe('\uFEFFa\nب\n');
    expect(Buffer.from(excel, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readBack(excel)).toEqual([{ a: 'ب' }]);
    expect(toCsv([{ a: 'x' }], ['a'], { recordDelimiter: '\r\n' })).toBe('a\r\nx\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv([] as { a: number; b: number }[], ['a', 'b'])).toBe('a,b\n');
  });

  it('rejects objects in cells and duplicate columns, naming the column', () => {
    expect(() => toCsv([{ a: { x: 1 } }], ['a'])).toThrow(/column 'a'/);
    expect(() => toCsv([{ a: 1 }], ['a', 'a'])).toThrow(/duplicate column 'a'/);
  });

  it('round-trips generated tables (property)', () => {
    const piece = fc.constantFrom('،', '"', ',', '\n', '\r', '\r\n', '=', '+', '-', '@', '\t', ' ', 'لن', 'نصالح', 'a', '؛', '#', '\'');
    const text = fc.oneof(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 12 }));
    const row = fc.record({
      s: text,
      n: fc.integer({ min: -1_000_000, max: 1_000_000 }),
      b: fc.boolean(),
      z: fc.option(text, { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.boolean(), (rows, excel) => {
        const back = readBack(toCsv(rows, ['s', 'n', 'b', 'z'], { excel }));
        const quote = (v: string): string => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
        expect(back).toEqual(
          rows.map((r) => ({ s: quote(r.s), n: String(r.n), b: r.b ? 'TRUE' : 'FALSE', z: r.z === null ? '' : quote(r.z) })),
        );
      }),
      { seed: 4180, numRuns: 300 },
    );
  });
});

describe('neutralizeFormula', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+905551234', "'+905551234"],
    ['-عاجل', "'-عاجل"],
    ['@user', "'@user"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['لن نصالح', 'لن نصالح'],
    [' =x', ' =x'],
    ['', ''],
  ])('neutralizeFormula(%j) = %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });
});

describe('formatCsvNumber', () => {
  // Policy (hand-written): integers exact; others 6 significant digits, shortest JS form.
  it.each([
    [42, '42'],
    [-3, '-3'],
    [0, '0'],
    [-0, '0'],
    [1 / 3, '0.333333'],
    [2 / 3, '0.666667'],
    [2.5, '2.5'],
    [0.1 + 0.2, '0.3'],
    [12.345678, '12.3457'],
    [3.8254333252338e-12, '3.82543e-12'],
    [-0.0000001234567, '-1.23457e-7'],
    [NaN, ''],
    [Infinity, 'Inf'],
    [-Infinity, '-Inf'],
  ])('formatCsvNumber(%d) = %j', (value, expected) => {
    expect(formatCsvNumber(value)).toBe(expected);
  });
});
