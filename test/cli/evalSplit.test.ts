import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/evalSplit';
import { captureRun, type CapturedRun } from './captureRun';

const ROOT = resolve(__dirname, '../..');
const FIX = 'test/fixtures/gold-split';
const tmp = mkdtempSync(join(tmpdir(), 'khitab-eval-split-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs `khitab eval ARGS` in this process (vitest runs in the repository root); what it printed. */
function khitabEval(argv: string[]): Promise<CapturedRun> {
  return captureRun(run, argv);
}

describe('khitab eval split: usage', () => {
  it.each([
    [[], 2, '', 'usage: khitab eval split --gold DIR'],
    [['splt'], 2, "khitab eval: unknown subcommand 'splt'\n  did you mean `split`?", ''],
    [['split'], 2, 'khitab eval split: --gold DIR is required', ''],
    [['split', '--gold'], 2, 'khitab eval split: --gold needs a value', ''],
    [['split', '--gold', 'no/such/dir'], 1, 'khitab eval split: no such folder: no/such/dir', ''],
    [['split', '--gold', `${FIX}/a-wire.gold.txt`], 2, `khitab eval split: ${FIX}/a-wire.gold.txt is a file, not a folder`, ''],
    [['split', '--gold', FIX, '--cv', 'random'], 2, "khitab eval split: --cv takes 'layout', not 'random'", ''],
    [['split', '--gold', FIX, '--jsn'], 2, 'khitab eval split: unknown option --jsn\n  did you mean --json?', ''],
    [['split', FIX], 2, `khitab eval split: unexpected argument '${FIX}'`, ''],
    [['split', '--gold', FIX, '--labeller', 'crf'], 2, "khitab eval split: --labeller takes rules or model, not 'crf'", ''],
  ])('eval %j exits %i', async (argv, code, err, out) => {
    const r = await khitabEval(argv);
    expect(r.code).toBe(code);
    expect(r.err).toContain(err);
    expect(r.out).toContain(out);
  });

  it('prints help with --help (exit 0)', async () => {
    const r = await khitabEval(['split', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--cv layout');
  });
});

describe('khitab eval split: output', () => {
  it('prints the role table, the page figures and the families with the worst marked', async () => {
    const r = await khitabEval(['split', '--gold', FIX, '--labeller', 'rules']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain(`khitab eval split: 3 gold page(s) from ${FIX} (rule splitter)`);
    expect(r.out).toMatch(/^role +precision +recall +F1 +support$/m);
    expect(r.out).toMatch(/^comment_body +\S+ +\S+ +\S+ +3$/m); // b-comments has 3 comment_body lines
    expect(r.out).toMatch(/^line accuracy +\d+\/21 /m); // 7 + 9 + 5 non-blank gold lines
    expect(r.out).toContain('blank lines apart: 2/2');
    expect(r.out).toMatch(/^page kind +3\/3 1\.000$/m); // the three fixture pages are articles
    expect(r.out).toMatch(/^phantom comments +\d+ on \d+ page/m);
    expect(r.out.match(/^\* [a-z-]+ +\d/gm)).toHaveLength(1); // one worst family marked in the table
    expect(r.out).toMatch(/^\* worst family: \S+ \(line accuracy \d\.\d{3}\)$/m);
    expect(r.out).not.toContain('cross-validation');
  });

  it('--cv layout adds the per-family folds of the rule splitter, the mean and the worst', async () => {
    const r = await khitabEval(['split', '--gold', FIX, '--cv', 'layout', '--labeller', 'rules']);
    expect(r.code).toBe(0);
    const cv = r.out.slice(r.out.indexOf('cross-validation'));
    expect(cv).toContain('rule splitter: no training; per-family figures');
    expect(cv).toMatch(/^ {2}plain-wire +1 +2 /m); // 1 test page, trained on the other 2
    expect(cv).toMatch(/^mean line accuracy over 3 families: \d\.\d{3}$/m);
  });

  it('--labeller model --cv layout trains a model in each fold, on the other families only', async () => {
    const r = await khitabEval(['split', '--gold', FIX, '--labeller', 'model', '--cv', 'layout']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('(trained line labeller (data/models/split-lines.json))');
    const cv = r.out.slice(r.out.indexOf('cross-validation'));
    expect(cv).toContain('trained line labeller: trained on the other families');
    expect(cv).toMatch(/^ {2}plain-wire +1 +2 /m);
  });

  it('--json prints the figures for machines', async () => {
    const r = await khitabEval(['split', '--gold', FIX, '--json', '--cv', 'layout']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.gold).toEqual({ folder: FIX, files: 3, pages: 3, skipped: [] });
    expect(j.eval.pages).toBe(3);
    expect(j.eval.lineAccuracy.total).toBe(21);
    expect(j.eval.roles).toHaveLength(11);
    expect(j.eval.kind).toEqual({ count: 3, total: 3, value: 1 });
    expect(j.cv.folds.map((f: { layout: string }) => f.layout)).toEqual(['aggregator-reprint', 'declared-comments', 'plain-wire']);
    expect(Object.keys(JSON.parse((await khitabEval(['split', '--gold', FIX, '--json'])).out))).toEqual(['gold', 'eval']);
  });

  it('prints the problems of bad gold files as file:line, leaves them out and counts them', async () => {
    const dir = join(tmp, 'mixed');
    mkdirSync(dir);
    copyFileSync(join(ROOT, FIX, 'a-wire.gold.txt'), join(dir, 'a-wire.gold.txt'));
    writeFileSync(join(dir, 'bad.gold.txt'), '# layout: plain-wire\ntitel\tعنوان\n');
    const r = await khitabEval(['split', '--gold', dir]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`${join(dir, 'bad.gold.txt')}:2: unknown role 'titel'`);
    expect(r.out).toContain('1 gold page(s)');
    expect(r.out).toContain('1 file(s) with problems left out');
  });

  it('exits 1 when the folder holds no usable gold page', async () => {
    const dir = join(tmp, 'empty');
    mkdirSync(dir);
    const r = await khitabEval(['split', '--gold', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`no usable gold page in ${dir} (0 *.gold.txt file(s), 0 with problems)`);
  });

  it('is reached from the khitab command (main registers eval)', () => {
    const r = spawnSync('node', ['bin/khitab.cjs', 'eval', 'split', '--gold', FIX, '--json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).eval.pages).toBe(3);
  });
});
