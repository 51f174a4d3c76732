/**
 * The run's tables in LibreOffice, headless: `tables.xlsx` opened and every sheet saved back as CSV
 * must hold the CSVs' values (booleans TRUE/FALSE, a comment starting with `=` as text), and the
 * README's CSV import (`--infilter="CSV:44,34,76,1"`) must read the Arabic right. Skipped, with a
 * message, when `soffice` is not installed: Debian's libreoffice-calc-nogui is 87 MB of packages
 * (266 MB installed), too heavy for the setup script and CI, so this check runs where it is installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import * as ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFolder } from '../../src/run/analyzeStream';
import { writeRunXlsx } from '../../src/export/writeRunXlsx';

const SEEDS = resolve(__dirname, '../../data/corpus');
const absent = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status !== 0;
if (absent) console.warn('tablesInLibreOffice: skipped: soffice is not installed (apt-get install libreoffice-calc-nogui)');

/** Runs LibreOffice headless with a private profile in `dir`. */
function soffice(dir: string, args: string[]): void {
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, ...args],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, HOME: dir }, timeout: 180_000, stdio: ['ignore', 'pipe', 'pipe'] });
}

const csv = (file: string) => parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];

describe.skipIf(absent)('the tables in LibreOffice (headless)', () => {
  let dir: string;
  let run: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'khitab-lo-'));
    run = join(dir, 'run');
    await analyzeFolder(SEEDS, { out: run, workers: 1, resamples: 20 });
    await writeRunXlsx(run);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens tables.xlsx with every sheet holding the CSV\'s values', () => {
    // Every sheet (-1) to CSV: comma, double quote, UTF-8 (76), cell contents rather than as shown.
    soffice(dir, ['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', join(dir, 'lo'), join(run, 'tables.xlsx')]);
    const schema = JSON.parse(readFileSync(join(run, 'schema.json'), 'utf8')) as { tables: Record<string, { columns: { name: string; type: string }[] }> };
    for (const [table, { columns }] of Object.entries(schema.tables)) {
      const ours = csv(join(run, `${table}.csv`));
      const theirs = csv(join(dir, 'lo', `tables-${table}.csv`));
      expect(theirs.length, table).toBe(ours.length);
      ours.forEach((row, i) => columns.forEach((c) => {
        const at = `${table}[${i}].${c.name}`;
        const want = row[c.name];
        const got = theirs[i][c.name];
        if (c.type === 'VARCHAR') expect(got, at).toBe(want.replace(/^'(?=[=+\-@\t\r＝＋－＠﹦﹢﹣﹫−])/, ''));
        else if (c.type === 'BOOLEAN' || want === '') expect(got, at).toBe(want);
        else expect(Math.abs(Number(got) - Number(want)) <= 1e-5 * Math.abs(Number(want)), `${at}: ${got} vs ${want}`).toBe(true);
      }));
    }
  });

  it('imports a CSV with the README\'s filter options, Arabic intact', async () => {
    soffice(dir, ['--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', join(dir, 'import'), join(run, 'articles.csv')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'import', 'articles.xlsx'));
    const ws = wb.worksheets[0];
    const titles: unknown[] = [];
    ws.eachRow((row, n) => { if (n > 1) titles.push(row.getCell(7).text); }); // LibreOffice writes font runs: rich text
    expect(titles).toEqual(csv(join(run, 'articles.csv')).map((r) => r.title));
  });
});
