import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import * as ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFolder } from '../../src/run/analyzeStream';
import { writeRunXlsx } from '../../src/export/writeRunXlsx';

const SEEDS = resolve(__dirname, '../../data/corpus');
const HOSTILE = '=HYPERLINK("http://evil.example","انقر هنا") لن نصالح';

type Schema = { tables: Record<string, { columns: { name: string; type: string }[] }> };

/** The cell value a CSV cell stands for, by the README's rules: numbers, TRUE/FALSE, empty = missing, the formula guard's ' dropped. */
function expectedValue(cell: string, type: string): unknown {
  if (cell === '') return null;
  if (type === 'BOOLEAN') return cell === 'TRUE';
  if (type !== 'VARCHAR') return Number(cell);
  return /^'[=+\-@\t\r＝＋－＠﹦﹢﹣﹫−]/.test(cell) ? cell.slice(1) : cell;
}

describe('writeRunXlsx', () => {
  let run: string;
  beforeAll(async () => {
    run = mkdtempSync(join(tmpdir(), 'khitab-runxlsx-'));
    // The seeds, with a reader comment of seed 001 replaced by a formula.
    const corpus = join(run, 'corpus');
    mkdirSync(corpus);
    for (const f of ['000_be8fd5d588858933.txt', '002_dffa4802db24a670.txt', '003_64b54956efce23e0.txt', '004_8bf833d50ff6660d.txt']) copyFileSync(join(SEEDS, f), join(corpus, f));
    const page = readFileSync(join(SEEDS, '001_be24e1eb1075d265.txt'), 'utf8').split('\n');
    expect(page[35]).toMatch(/^ {4}اولا نقول/); // line 36: the second comment's text
    page[35] = `    ${HOSTILE}`;
    writeFileSync(join(corpus, '001_be24e1eb1075d265.txt'), page.join('\n'));
    await analyzeFolder(corpus, { out: join(run, 'out'), workers: 1, resamples: 20 });
  });
  afterAll(() => rmSync(run, { recursive: true, force: true }));

  it('round-trips every CSV table: a sheet each, the same values, typed, right-to-left, and the hostile comment as text', async () => {
    const out = join(run, 'out');
    const r = await writeRunXlsx(out);
    const schema = JSON.parse(readFileSync(join(out, 'schema.json'), 'utf8')) as Schema;
    expect(r.sheets.map((s) => s.name)).toEqual(Object.keys(schema.tables));
    expect([r.warnings, r.missing]).toEqual([[], []]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.path);
    for (const [table, { columns }] of Object.entries(schema.tables)) {
      const rows = parse(readFileSync(join(out, `${table}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
      const ws = wb.getWorksheet(table)!;
      expect(ws.views[0].rightToLeft, table).toBe(true);
      expect(ws.getRow(1).values, table).toEqual([undefined, ...columns.map((c) => c.name)]);
      expect(ws.actualRowCount, table).toBe(rows.length + 1);
      rows.forEach((row, i) => columns.forEach((c, j) => {
        const cell = ws.getRow(i + 2).getCell(j + 1);
        const want = expectedValue(row[c.name], c.type);
        // Text with spaces at its ends is an inline string (exceljs: richText); an empty text cell may come back as ''.
        const got = cell.type === ExcelJS.ValueType.RichText ? cell.text : cell.value === '' ? null : cell.value;
        expect(got, `${table}[${i}].${c.name}`).toEqual(want);
        expect(cell.formula, `${table}[${i}].${c.name}`).toBeFalsy();
      }));
    }
    const comments = wb.getWorksheet('comments')!;
    const texts: unknown[] = [];
    comments.eachRow((row) => texts.push(row.getCell(14).value));
    expect(texts).toContain(HOSTILE);
    expect(readFileSync(join(out, 'comments.csv'), 'utf8')).toContain(`'${HOSTILE.replace(/"/g, '""')}`); // the CSV keeps its guard
  });
});
