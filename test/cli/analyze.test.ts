import { describe, it, expect, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { TABLE_FILES } from '../../src/tables/columns';
import { countReasons, run as runAnalyze0 } from '../../src/cli/analyze';

const ROOT = resolve(__dirname, '../..');
const khitab = (args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/khitab.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });

/** `khitab analyze` in this process (vitest runs in the repository root), with what it printed. */
async function runAnalyze(argv: string[]): Promise<{ code: number; err: string; out: string }> {
  const errLines: string[] = [];
  const outLines: string[] = [];
  const err = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { errLines.push(a.join(' ')); });
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { outLines.push(a.join(' ')); });
  try {
    return { code: await runAnalyze0(argv), err: errLines.join('\n'), out: `${outLines.join('\n')}\n` };
  } finally {
    err.mockRestore();
    log.mockRestore();
  }
}

describe('khitab analyze', () => {
  it('--xlsx writes tables.xlsx beside the CSVs and says so; without it, no workbook', async () => {
    const out = mkdtempSync(join(tmpdir(), 'khitab-xlsx-'));
    const r = await runAnalyze(['--out', out, '--xlsx', '--no-figures', '--no-notebooks', '--resamples', '20', '--workers', '1']);
    expect([r.code, r.err]).toEqual([0, '']);
    // One sheet per table of the run.
    expect(r.out).toMatch(new RegExp(`\\n {2}workbook: .*tables\\.xlsx \\(${Object.keys(TABLE_FILES).length} sheets\\)\\n`));
    expect(existsSync(join(out, 'tables.xlsx'))).toBe(true);
    const plain = mkdtempSync(join(tmpdir(), 'khitab-noxlsx-'));
    expect((await runAnalyze(['--out', plain, '--no-figures', '--no-notebooks', '--resamples', '20', '--workers', '1'])).code).toBe(0);
    expect(existsSync(join(plain, 'tables.xlsx'))).toBe(false);
    rmSync(out, { recursive: true, force: true });
    rmSync(plain, { recursive: true, force: true });
  });

  it('analyzes the bundled corpus into every table with sidecars and prints a summary', () => {
    const out = mkdtempSync(join(tmpdir(), 'khitab-cli-'));
    const r = khitab(['analyze', '--out', out, '--no-figures', '--no-notebooks', '--resamples', '100']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/5 pages \(25\.1 KB\) from .*, 4 comments, \d+ marker hits, 0 rejected files/);
    for (const name of Object.values(TABLE_FILES)) {
      expect(existsSync(join(out, `${name}.csv`)), name).toBe(true);
      const meta = JSON.parse(readFileSync(join(out, `${name}.meta.json`), 'utf8'));
      expect(meta.command).toContain('khitab analyze');
      expect(meta.resamples).toBe(100);
    }
  });

  it('analyze --labeller model splits with the trained model and records it in every sidecar', async () => {
    const out = mkdtempSync(join(tmpdir(), 'khitab-cli-model-'));
    const r = await runAnalyze(['--out', out, '--no-figures', '--no-notebooks', '--resamples', '10', '--workers', '1', '--labeller', 'model']);
    expect(r.code, r.err).toBe(0);
    for (const name of Object.values(TABLE_FILES)) {
      const meta = JSON.parse(readFileSync(join(out, `${name}.meta.json`), 'utf8'));
      expect(meta.split, name).toMatchObject({ labeller: 'model', model: 'data/models/split-lines.json' });
      expect(meta.split.modelSha256, name).toMatch(/^[0-9a-f]{64}$/);
    }
    // articles.csv has each page's split confidence (the rules leave it empty).
    const rows = parse(readFileSync(join(out, 'articles.csv'), 'utf8'), { columns: true }) as { splitConfidence: string }[];
    expect(rows.length).toBe(5);
    for (const row of rows) expect(Number(row.splitConfidence)).toBeGreaterThan(0);
  });

  it('analyze --model with --labeller rules, or a --labeller it does not know, is a usage error', async () => {
    expect((await runAnalyze(['--labeller', 'rules', '--model', 'data/models/split-lines.json', '--out', '/nonexistent'])).code).toBe(2);
    const bad = await runAnalyze(['--labeller', 'crf', '--out', '/nonexistent']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--labeller takes rules or model, not 'crf'");
  });

  it('says when --workers asks for more threads than there are cores, and still runs', async () => {
    const out = mkdtempSync(join(tmpdir(), 'khitab-many-'));
    const n = availableParallelism() + 1;
    const r = await runAnalyze(['--out', out, '--workers', String(n), '--no-figures', '--no-notebooks', '--resamples', '20']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`--workers ${n} is more than the ${n - 1} core${n === 2 ? '' : 's'} here: no faster, and each worker thread holds ~60–80 MB`);
    expect(r.out).toMatch(new RegExp(`; ${n} workers\\n`));
  });

  it('sums up the rejected files by reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-rej-'));
    try {
      const corpus = join(dir, 'corpus');
      mkdirSync(corpus);
      const seeds = resolve(ROOT, 'data/corpus');
      for (const f of readdirSync(seeds)) copyFileSync(join(seeds, f), join(corpus, f));
      copyFileSync(join(seeds, readdirSync(seeds)[0]), join(corpus, 'zz-copy.txt'));
      writeFileSync(join(corpus, 'empty.txt'), '');
      writeFileSync(join(corpus, 'huge.txt'), 'نص '.repeat(300_000)); // 1.5 MB, over --max-file-mb 1
      const r = await runAnalyze([corpus, '--out', join(dir, 'out'), '--max-file-mb', '1', '--no-figures', '--no-notebooks', '--resamples', '20']);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/, 3 rejected files\n/);
      expect(r.out).toMatch(/ {2}rejected: 1 duplicate, 1 empty, 1 too_large; see .*rejects\.csv for each file\n/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Argument errors are checked in-process (no child): the same `run` the command calls.
  it.each([
    [['--format', 'xlsx'], "--format is csv or parquet, not 'xlsx'"],
    [['--figure-formats', 'html,gif'], "--figure-formats takes a comma-separated list of html, svg, png, pdf, not 'html,gif'"],
    [['--png-dpi', '10'], "--png-dpi takes a whole number ≥ 72, not '10'"],
    [['--figure-column', 'triple'], "--figure-column takes single or double, not 'triple'"],
    [['--shard', 'half'], "--shard takes i/n (e.g. 1/4), not 'half'"],
    [['--workers', '0'], "--workers takes a whole number ≥ 1, not '0'"],
    [['--resamples', '0'], "--resamples takes a whole number ≥ 1, not '0'"],
    [['--max-file-mb', '0'], "--max-file-mb takes a whole number ≥ 1, not '0'"],
    [['--max-file-mb', '1.5'], "--max-file-mb takes a whole number ≥ 1, not '1.5'"],
    [['--seed', 'x'], "--seed takes a whole number ≥ -2147483648, not 'x'"],
    [['--no-notebook'], 'unknown option --no-notebook\n  did you mean --no-notebooks?'],
    [['--frobnicate'], 'unknown option --frobnicate\n  `khitab analyze --help` lists the options'],
    [['data/corpus', 'data'], 'too many corpus folders: 2 given, at most 1'],
    [['data/corpus/000_be8fd5d588858933.txt'], 'data/corpus/000_be8fd5d588858933.txt is a file, not a folder: give the corpus folder\n  analyze reads a whole folder'],
    [['data/corpus', '--meta', 'data/corpus'], 'data/corpus is a folder, not a file: --meta CSV takes a file'],
  ])('run(%j) is a usage error (exit 2): %s', async (argv, message) => {
    const r = await runAnalyze(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`khitab analyze: ${message}`);
  });

  it.each([
    [['no/such/folder'], 'no such folder: no/such/folder'],
    [['data/corpus', '--meta', 'no/such.csv'], 'no such file: no/such.csv'],
  ])('run(%j) names the missing input (exit 1): %s', async (argv, message) => {
    const r = await runAnalyze(argv);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`khitab analyze: ${message}`);
  });
});

describe('khitab validate', () => {
  it('reports agreement with the shipped hand-coded sample of the seeds', () => {
    const r = khitab(['validate', '--gold', 'data/gold/seeds-coded.csv', '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.n).toBe(9); // 5 pages' reporting + 4 comments, all matched
    expect(report.unmatched).toEqual([]);
    expect(report.confusion.flat().reduce((a: number, b: number) => a + b, 0)).toBe(9);
    expect(report.perCategory.map((c: { category: string }) => c.category)).toContain('naming_gov_regime');
  });

  it('prints a readable report with kappa and alpha', () => {
    const r = khitab(['validate', '--gold', 'data/gold/seeds-coded.csv']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/kappa/i);
    expect(r.stdout).toMatch(/alpha/i);
  });
});

describe('countReasons', () => {
  it('lists rejects by reason, most first, ties by name', () => {
    expect(countReasons({ empty: 1, too_large: 2, duplicate: 1 })).toBe('2 too_large, 1 duplicate, 1 empty');
    expect(countReasons({})).toBe('');
  });
});
