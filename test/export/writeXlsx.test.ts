import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as ExcelJS from 'exceljs';
import { writeXlsxWorkbook, XLSX_MAX_CHARS, type XlsxColumn } from '../../src/export/writeXlsx';

/** A workbook read back with exceljs. */
async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Cells of a sheet as [value, exceljs type] rows, header first. */
function cellsOf(ws: ExcelJS.Worksheet): [unknown, ExcelJS.ValueType][][] {
  const out: [unknown, ExcelJS.ValueType][][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: [unknown, ExcelJS.ValueType][] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push([row.getCell(c).value, row.getCell(c).type]);
    out.push(cells);
  });
  return out;
}

const COLUMNS: XlsxColumn[] = [
  { name: 'line', type: 'INTEGER' }, { name: 'share', type: 'DOUBLE' }, { name: 'negated', type: 'BOOLEAN' }, { name: 'text', type: 'VARCHAR' },
];

describe('writeXlsxWorkbook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-xlsx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes typed cells, never a formula: a hostile comment stays text, with no guard', async () => {
    const hostile = ['=HYPERLINK("http://evil.example","انقر")', '+1+2', '-2+3', '@SUM(A1)', '＝1+2', '=cmd|\' /C calc\'!A0'];
    const rows = [
      { line: 3, share: 0.25, negated: true, text: 'لن نصالح' },
      { line: null, share: null, negated: false, text: '' },
      ...hostile.map((text, i) => ({ line: i, share: -i / 3, negated: false, text })),
    ];
    const file = join(dir, 'typed.xlsx');
    expect(await writeXlsxWorkbook(file, [{ name: 'hits', columns: COLUMNS, rows }])).toEqual({ sheets: [{ name: 'hits', rows: rows.length, leftOut: 0 }], warnings: [] });
    const ws = (await readBack(file)).getWorksheet('hits')!;
    const cells = cellsOf(ws);
    const V = ExcelJS.ValueType;
    expect(cells[0].map(([v]) => v)).toEqual(['line', 'share', 'negated', 'text']);
    expect(cells[1]).toEqual([[3, V.Number], [0.25, V.Number], [true, V.Boolean], ['لن نصالح', V.String]]);
    expect(cells[2].slice(0, 3)).toEqual([[null, V.Null], [null, V.Null], [false, V.Boolean]]);
    hostile.forEach((text, i) => expect(cells[3 + i][3], text).toEqual([text, V.String]));
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula, String(cell.value)).toBeFalsy()));
  });

  it('gives every sheet a right-to-left view with the header row frozen and bold', async () => {
    const file = join(dir, 'rtl.xlsx');
    await writeXlsxWorkbook(file, [{ name: 'a', columns: COLUMNS, rows: [] }, { name: 'b', columns: COLUMNS, rows: [] }]);
    const wb = await readBack(file);
    for (const name of ['a', 'b']) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    }
  });

  it('stops a sheet at its row limit, saying how many rows were left out, and reads an async iterable', async () => {
    async function* rows() { for (let i = 0; i < 7; i++) yield { line: i, share: 0, negated: false, text: `r${i}` }; }
    const file = join(dir, 'limit.xlsx');
    const r = await writeXlsxWorkbook(file, [{ name: 'hits', columns: COLUMNS, rows: rows() }], { maxRows: 3 });
    expect(r.sheets).toEqual([{ name: 'hits', rows: 2, leftOut: 5 }]);
    expect(r.warnings).toEqual(['sheet hits: 5 rows left out past the sheet limit of 3 rows; the CSV has them all']);
    expect(cellsOf((await readBack(file)).getWorksheet('hits')!).map((c) => c[3][0])).toEqual(['text', 'r0', 'r1']);
  });

  it('replaces characters XML cannot hold and cuts text past a cell\'s limit, with a warning', async () => {
    const file = join(dir, 'text.xlsx');
    const long = 'ب'.repeat(XLSX_MAX_CHARS + 10);
    const r = await writeXlsxWorkbook(file, [{ name: 'c', columns: COLUMNS, rows: [{ text: 'a\u0001b\uD800c' }, { text: long }] }]);
    expect(r.warnings).toEqual(['sheet c: 1 cells cut at 32,767 characters (a cell\'s limit); the CSV has the full text']);
    const cells = cellsOf((await readBack(file)).getWorksheet('c')!);
    expect(cells[1][3][0]).toBe('a\uFFFDb\uFFFDc');
    expect((cells[2][3][0] as string).length).toBe(XLSX_MAX_CHARS);
  });

  it('keeps white space at the ends of a text and line breaks inside it (an inline string)', async () => {
    const file = join(dir, 'space.xlsx');
    const texts = [' قالوا', 'لن نصالح ', 'سطر\nثان', 'plain'];
    await writeXlsxWorkbook(file, [{ name: 's', columns: COLUMNS, rows: texts.map((text) => ({ text })) }]);
    const cells = cellsOf((await readBack(file)).getWorksheet('s')!).slice(1).map((r) => r[3]);
    const V = ExcelJS.ValueType;
    expect(cells.map(([v, t]) => (t === V.RichText ? (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') : v))).toEqual(texts);
    expect(cells.map(([, t]) => t)).toEqual([V.RichText, V.RichText, V.RichText, V.String]);
  });

  it('rejects a bad sheet name and a cell holding an object, leaving no file behind', async () => {
    await expect(writeXlsxWorkbook(join(dir, 'x.xlsx'), [{ name: 'a/b', columns: COLUMNS, rows: [] }])).rejects.toThrow(/invalid sheet name/);
    await expect(writeXlsxWorkbook(join(dir, 'y.xlsx'), [{ name: 'a', columns: COLUMNS, rows: [{ text: { x: 1 } }] }])).rejects.toThrow(/column 'text' holds a object/);
    expect(readdirSync(dir).filter((f) => f.startsWith('x.xlsx') || f.startsWith('y.xlsx'))).toEqual([]);
  });
});
