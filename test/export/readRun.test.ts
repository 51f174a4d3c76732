/**
 * openRun reads a run folder back: aggregate tables whole and typed, row tables through DuckDB, from
 * CSV and Parquet alike. Expected values come from csv-parse over the files, not from the reader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { analyzeFolder } from '../../src/run/analyzeStream';
import { openRun, runFolderOf, type Run } from '../../src/export/readRun';
import { corpusOfCommand } from '../../src/export/runProvenance';
import { splitRunPage } from '../../src/export/splitRunPage';

const SEEDS = resolve(__dirname, '../../data/corpus');
const csv = (dir: string, table: string): Record<string, string>[] => parse(readFileSync(join(dir, `${table}.csv`)), { columns: true, bom: true });

let tmp: string;
let csvRun: Run;
let parquetRun: Run;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'khitab-readrun-'));
  await analyzeFolder(SEEDS, { out: join(tmp, 'csv'), workers: 1, resamples: 50, command: 'khitab analyze data/corpus --out x' });
  await analyzeFolder(SEEDS, { out: join(tmp, 'parquet'), workers: 1, resamples: 50, format: 'parquet' });
  csvRun = await openRun(join(tmp, 'csv'));
  parquetRun = await openRun(join(tmp, 'parquet'));
});
afterAll(() => {
  csvRun?.close();
  parquetRun?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('openRun', () => {
  it('tells the row-table format and reads the provenance from the sidecars', () => {
    expect([csvRun.format, parquetRun.format]).toEqual(['csv', 'parquet']);
    const meta = JSON.parse(readFileSync(join(tmp, 'csv', 'hits.meta.json'), 'utf8'));
    const p = csvRun.provenance;
    expect([p.command, p.corpus, p.seed, p.resamples, p.inputs]).toEqual(['khitab analyze data/corpus --out x', 'data/corpus', meta.seed, 50, 5]);
    expect(p.tables.find((t) => t.table === 'hits')).toEqual({ table: 'hits', file: 'hits.csv', rows: csv(join(tmp, 'csv'), 'hits').length, sha256: meta.sha256 });
    expect(csvRun.rowCount('articles')).toBe(5);
  });

  it('throws, naming khitab analyze, for a folder without a run', async () => {
    await expect(openRun(tmp)).rejects.toThrow(/no run in .*khitab analyze/);
  });

  it('refuses a run whose tables have the columns of another version, naming what differs', async () => {
    // A copy of the CSV run as another khitab might have written it: no voice on hits; `proportion` for naming's share.
    const old = join(tmp, 'old');
    mkdirSync(old);
    const { readdirSync } = await import('node:fs');
    for (const f of readdirSync(join(tmp, 'csv'))) if (/\.(csv|json)$/.test(f)) copyFileSync(join(tmp, 'csv', f), join(old, f));
    const edit = (file: string, from: RegExp, to: string) => {
      const text = readFileSync(join(old, file), 'utf8');
      const nl = text.indexOf('\n');
      writeFileSync(join(old, file), text.slice(0, nl).replace(from, to) + text.slice(nl));
    };
    edit('hits.csv', /,voice$/, '');
    await expect(openRun(old)).rejects.toThrow(/hits\.csv does not have the columns .*missing voice.*khitab analyze CORPUS --out NEW_FOLDER/);
    copyFileSync(join(tmp, 'csv', 'hits.csv'), join(old, 'hits.csv'));
    edit('naming.csv', /,share/, ',proportion');
    const run = await openRun(old);
    try {
      await expect(run.aggregates()).rejects.toThrow(/naming\.csv .*missing share; not written by this version: proportion/);
    } finally { run.close(); }
  });
});

describe('Run.aggregates', () => {
  it('reads every aggregate table as csv-parse does, with numbers, booleans and nulls restored', async () => {
    const a = await csvRun.aggregates();
    const files: [keyof typeof a, string][] = [['outletProfile', 'outlet_profile'], ['naming', 'naming'], ['namingTests', 'naming_tests'],
      ['keyness', 'keyness'], ['hashtags', 'hashtags'], ['rejects', 'rejects']];
    for (const [key, file] of files) {
      const expected = csv(join(tmp, 'csv'), file);
      const got = a[key] as unknown as Record<string, unknown>[];
      expect(got.length, file).toBe(expected.length);
      got.forEach((row, i) => {
        for (const [col, cell] of Object.entries(expected[i])) {
          const v = row[col];
          if (typeof v === 'number') expect(v, `${file}[${i}].${col}`).toBe(Number(cell));
          else if (typeof v === 'boolean') expect(v ? 'TRUE' : 'FALSE', `${file}[${i}].${col}`).toBe(cell);
          else if (v === null) expect(cell, `${file}[${i}].${col}`).toBe('');
          else expect(v, `${file}[${i}].${col}`).toBe(cell);
        }
      });
    }
    expect(a.namingTests.some((r) => r.valid === false && r.fisherP === null)).toBe(true);
  });
});

describe('Run.query', () => {
  it('counts hits per category over CSV and over Parquet as csv-parse counts them', async () => {
    const expected: Record<string, number> = {};
    for (const h of csv(join(tmp, 'csv'), 'hits')) if (h.negated === 'TRUE') expected[h.category] = (expected[h.category] ?? 0) + 1;
    const sql = 'SELECT category, count(*) AS n FROM hits WHERE negated GROUP BY category ORDER BY category';
    for (const run of [csvRun, parquetRun]) {
      const got = Object.fromEntries((await run.query<{ category: string; n: number }>(sql)).map((r) => [r.category, r.n]));
      expect(got, run.format).toEqual(expected);
    }
    expect(Object.keys(expected).length).toBeGreaterThan(0);
  });
});

describe('Run.rows', () => {
  it('gives typed rows of the selected columns, in SQL order, from CSV and Parquet', async () => {
    const expected = csv(join(tmp, 'csv'), 'articles')
      .sort((x, y) => Number(y.commentsParsed) - Number(x.commentsParsed) || (x.id < y.id ? -1 : 1))
      .map((r) => ({ id: r.id, commentsParsed: Number(r.commentsParsed), outlet: r.outlet === '' ? null : r.outlet }));
    for (const run of [csvRun, parquetRun]) {
      expect(await run.rows('articles', { columns: ['id', 'commentsParsed', 'outlet'], orderBy: 'commentsParsed DESC, id' }), run.format).toEqual(expected);
    }
  });

  it('throws past maxRows unless a limit is given', async () => {
    await expect(csvRun.rows('hits', { maxRows: 10 })).rejects.toThrow(/more than 10 matching rows/);
    expect(await csvRun.rows('hits', { columns: ['id'], limit: 3 })).toHaveLength(3);
  });

  it('undoes the CSV formula guard and keeps empty text apart from null', async () => {
    const dir = join(tmp, 'guard');
    mkdirSync(dir);
    const header = 'id,file,outlet,camp,outletSource,published,title,pageKind,pageKindReason,splitConfidence,bodyTokens,commentsParsed,commentsDeclared,hits,support,oppose,stanceIndex,meanCommentIndex,warnings,authorialSupport,authorialOppose,reportedSupport,reportedOppose';
    writeFileSync(join(dir, 'articles.csv'), `${header}\np1,p1.txt,,,,,'=1+2,article,,,10,0,,0,0,0,,,'-x,0,0,0,0\n`);
    const meta = JSON.parse(readFileSync(join(tmp, 'csv', 'articles.meta.json'), 'utf8'));
    writeFileSync(join(dir, 'articles.meta.json'), JSON.stringify({ ...meta, rowCount: 1 }));
    const run = await openRun(dir);
    try {
      // camp may be null (schema: nullable); pageKindReason may not, so its empty cell is ''.
      expect(await run.rows('articles', { columns: ['title', 'camp', 'pageKindReason', 'warnings', 'stanceIndex', 'commentsDeclared'] }))
        .toEqual([{ title: '=1+2', camp: null, pageKindReason: '', warnings: '-x', stanceIndex: null, commentsDeclared: null }]);
    } finally {
      run.close();
    }
  });
});

describe('runFolderOf', () => {
  it('is KHITAB_RUN, else outputs', () => {
    expect(runFolderOf({ KHITAB_RUN: '/x/run' })).toBe('/x/run');
    expect(runFolderOf({})).toBe(resolve('outputs'));
  });
});

describe('corpusOfCommand', () => {
  it('finds the corpus folder of a khitab analyze command line', () => {
    expect(corpusOfCommand('khitab analyze --out /tmp/x corpus/text --no-figures')).toBe('corpus/text');
    expect(corpusOfCommand('khitab analyze --seed 7 --no-notebooks')).toBe('data/corpus');
    expect(corpusOfCommand('khitab analyze --labeller model --model m.json corpus/text')).toBe('corpus/text');
    expect(corpusOfCommand('khitab split x')).toBeNull();
    expect(corpusOfCommand(null)).toBeNull();
  });
});

describe('splitRunPage', () => {
  it('splits a page of the run again and finds the comments the run counted', async () => {
    const row = csv(join(tmp, 'csv'), 'articles').find((r) => r.id === '001_be24e1eb1075d265')!;
    const page = await splitRunPage(csvRun, row.id, SEEDS);
    expect(page.note).toBe('same file as analyzed');
    expect(page.article?.comments.length).toBe(Number(row.commentsParsed));
  });

  it('names a file that changed since the run instead of splitting it', async () => {
    const corpus = join(tmp, 'changed');
    mkdirSync(corpus);
    copyFileSync(join(SEEDS, '001_be24e1eb1075d265.txt'), join(corpus, '001_be24e1eb1075d265.txt'));
    writeFileSync(join(corpus, '001_be24e1eb1075d265.txt'), '\nسطر', { flag: 'a' });
    const page = await splitRunPage(csvRun, '001_be24e1eb1075d265', corpus);
    expect([page.article, page.note]).toEqual([null, '001_be24e1eb1075d265.txt has changed since the run (SHA-256 differs)']);
    expect((await splitRunPage(csvRun, '001_be24e1eb1075d265', join(tmp, 'nowhere'))).note).toMatch(/not found/);
  });
});
