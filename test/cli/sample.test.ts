import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import * as ExcelJS from 'exceljs';
import { run as runAnalyze } from '../../src/cli/analyze';
import { run as runSample } from '../../src/cli/sample';
import { CODING_SHEET_COLUMNS } from '../../src/validate/codingSheet';
import { restoreFormulaText } from '../../src/tables/csvCellValue';
import { captureRun } from './captureRun';

let RUN = '';
const tmp = (p: string) => mkdtempSync(join(tmpdir(), `khitab-sample-${p}-`));
const sheet = (dir: string) => parse(readFileSync(join(dir, 'coding-sheet.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
const meta = (dir: string) => JSON.parse(readFileSync(join(dir, 'coding-sheet.meta.json'), 'utf8'));

beforeAll(async () => {
  RUN = tmp('run');
  const r = await captureRun(runAnalyze, ['--out', RUN, '--no-figures', '--no-notebooks', '--resamples', '10', '--workers', '1']);
  expect(r.code, r.err).toBe(0);
}, 120_000);

describe('khitab sample', () => {
  it('writes the coding sheet with empty code columns and a sidecar recording the draw', async () => {
    const out = tmp('hits');
    const r = await captureRun(runSample, [RUN, '--out', out, '--unit', 'hits', '--by', 'outlet,segment', '--n', '30', '--seed', '7']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^khitab sample: 30 of \d+ hits from \d+ strata \(proportional, seed 7\)/);
    const rows = sheet(out);
    expect(Object.keys(rows[0])).toEqual([...CODING_SHEET_COLUMNS]);
    expect(rows).toHaveLength(30);
    expect(new Set(rows.map((x) => x.unit)).size).toBe(30);
    for (const x of rows) {
      expect(x.keyword).not.toBe('');
      expect(Number(x.line)).toBeGreaterThan(0);
      expect([x.stance, x.category_ok, x.voice, x.notes, x.coder].join('')).toBe('');
    }
    const hits = parse(readFileSync(join(RUN, 'hits.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const m = meta(out);
    expect(m).toMatchObject({ unit: 'hits', by: ['outlet', 'segment'], allocation: 'proportional', n: 30, minPerStratum: 2, seed: 7, sampled: 30, population: hits.length });
    // Each stratum's population is the count of hits.csv rows in it; sample sizes are those of the sheet.
    // The unknown outlet is an empty cell in runs before issue 19 item 4, `(unknown)` after.
    const outletOf = (x: Record<string, string>) => x.outlet || '(unknown)';
    for (const s of m.strata) {
      expect(s.population, s.stratum).toBe(hits.filter((h) => outletOf(h) === s.values.outlet && h.segment === s.values.segment).length);
      expect(s.sample, s.stratum).toBe(rows.filter((x) => outletOf(x) === s.values.outlet && x.segment === s.values.segment).length);
      expect(s.sample).toBeGreaterThanOrEqual(Math.min(2, s.population));
      expect(s.weight).toBeCloseTo(s.population / s.sample, 12);
    }
    expect(m.strata.reduce((a: number, s: { sample: number }) => a + s.sample, 0)).toBe(30);
    expect(m.lexiconVersion).toMatch(/^codebook@/);
    expect(m.sheet.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('with --xlsx also writes the sheet as a right-to-left workbook holding the same cells as the CSV', async () => {
    const out = tmp('xlsx');
    const r = await captureRun(runSample, [RUN, '--out', out, '--unit', 'hits', '--n', '12', '--seed', '5', '--xlsx']);
    expect(r.code, r.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'coding-sheet.xlsx'));
    const ws = wb.getWorksheet('coding')!;
    expect(ws.views[0]?.rightToLeft).toBe(true);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...CODING_SHEET_COLUMNS]);
    const csv = sheet(out);
    expect(ws.actualRowCount).toBe(csv.length + 1);
    csv.forEach((row, i) => {
      const cells = ws.getRow(i + 2);
      CODING_SHEET_COLUMNS.forEach((c, j) => {
        const cell = cells.getCell(j + 1);
        // The CSV guards a leading formula character with ' (the workbook has typed text, no guard).
        const want = restoreFormulaText(row[c]);
        expect(cell.text, `${c} of row ${i}`).toBe(want);
        if (c === 'line') expect(typeof cell.value).toBe('number');
      });
    });
  });

  it('is deterministic: the same seed draws the same sheet, another seed another one', async () => {
    const [a, b, c] = [tmp('a'), tmp('b'), tmp('c')];
    for (const [dir, seed] of [[a, '3'], [b, '3'], [c, '4']]) {
      expect((await captureRun(runSample, [RUN, '--out', dir, '--unit', 'hits', '--n', '20', '--seed', seed])).code).toBe(0);
    }
    expect(readFileSync(join(b, 'coding-sheet.csv'), 'utf8')).toBe(readFileSync(join(a, 'coding-sheet.csv'), 'utf8'));
    expect(readFileSync(join(c, 'coding-sheet.csv'), 'utf8')).not.toBe(readFileSync(join(a, 'coding-sheet.csv'), 'utf8'));
    expect(meta(a).seed).toBe(3);
  });

  it('samples pages and comments with their text, equal allocation per stratum', async () => {
    const pages = tmp('pages');
    expect((await captureRun(runSample, [RUN, '--out', pages, '--unit', 'pages', '--by', 'outlet', '--per-stratum', '1'])).code).toBe(0);
    const rows = sheet(pages);
    expect(rows.map((x) => x.outlet || '(unknown)').sort()).toEqual(['(unknown)', 'al_bawsala', 'arab48', 'orient_news']);
    expect(rows.every((x) => x.comment === '' && x.line === '' && x.unit === x.id && x.text !== '')).toBe(true);
    expect(meta(pages)).toMatchObject({ allocation: 'equal', perStratum: 1, n: null, seed: 20230101 });
    expect(meta(pages).strata.find((s: { stratum: string }) => s.stratum === 'outlet=orient_news')).toMatchObject({ population: 2, sample: 1, weight: 2 });
    const comments = tmp('comments');
    expect((await captureRun(runSample, [RUN, '--out', comments, '--unit', 'comments', '--n', '10'])).code).toBe(0);
    const c = sheet(comments);
    expect(c.map((x) => x.unit)).toEqual(['001_be24e1eb1075d265#0', '001_be24e1eb1075d265#1', '003_64b54956efce23e0#0', '003_64b54956efce23e0#1']);
    expect(c.every((x) => x.segment === 'comments' && x.text.length > 0)).toBe(true);
  });

  it('guards cells against formulas: a comment starting with = gets a leading quote', async () => {
    const run = tmp('guard');
    cpSync(RUN, run, { recursive: true });
    const path = join(run, 'comments.csv');
    const rows = parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];
    rows[0].text = "'=HYPERLINK(\"http://x\")"; // as the export wrote a guarded cell
    const cols = Object.keys(rows[0]);
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    writeFileSync(path, `${cols.join(',')}\n${rows.map((r) => cols.map((k) => q(r[k])).join(',')).join('\n')}\n`);
    const out = tmp('guard-out');
    expect((await captureRun(runSample, [run, '--out', out, '--unit', 'comments', '--n', '4'])).code).toBe(0);
    expect(sheet(out)[0].text).toBe("'=HYPERLINK(\"http://x\")");
  });

  it('refuses to overwrite a sheet unless --force, and reports wrong arguments', async () => {
    const out = tmp('twice');
    expect((await captureRun(runSample, [RUN, '--out', out, '--n', '5'])).code).toBe(0);
    const again = await captureRun(runSample, [RUN, '--out', out, '--n', '5']);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/coding-sheet\.csv exists .*--force/);
    expect((await captureRun(runSample, [RUN, '--out', out, '--n', '5', '--force'])).code).toBe(0);
    const cases: [string[], number, RegExp][] = [
      [[RUN, '--out', out], 2, /--n N or as --per-stratum N/],
      [[RUN, '--out', out, '--n', '3', '--per-stratum', '1'], 2, /one of them/],
      [[RUN, '--out', out, '--n', '3', '--unit', 'hit'], 2, /--unit takes pages, comments or hits, not 'hit'\n {2}did you mean hits\?/],
      [[RUN, '--out', out, '--n', '3', '--by', 'outlet,topic'], 2, /--by takes outlet, segment and\/or category/],
      [[RUN, '--n', '3'], 2, /--out DIR is required/],
      [['/no/such/run', '--out', out, '--n', '3'], 1, /no such folder/],
      [[RUN, '--out', tmp('few'), '--unit', 'hits', '--by', 'outlet,segment,category', '--n', '3'], 2, /strata need \d+ units at their minimum of 2, more than n = 3/],
    ];
    for (const [argv, code, message] of cases) {
      const r = await captureRun(runSample, argv);
      expect(r.code, argv.join(' ')).toBe(code);
      expect(r.err, argv.join(' ')).toMatch(message);
    }
    expect(existsSync(join(out, 'coding-sheet.xlsx'))).toBe(false);
  });
});
