import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/validate';
import { captureRun, type CapturedRun } from './captureRun';

const FIX = 'test/fixtures/stance-eval';
const LEX = `${FIX}/lexicon.yaml`;
const empty = mkdtempSync(join(tmpdir(), 'khitab-validate-stance-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

/** Runs `khitab validate ARGS` in this process (vitest runs in the repository root); what it printed. */
function khitabValidate(argv: string[]): Promise<CapturedRun> {
  return captureRun(run, argv);
}

describe('khitab validate stance: usage', () => {
  it.each([
    [['stance'], 2, 'khitab validate stance: --gold DIR is required'],
    [['stance', '--gold'], 2, 'khitab validate stance: --gold needs a value'],
    [['stance', '--gold', 'no/such/dir'], 1, 'khitab validate stance: no such folder: no/such/dir'],
    [['stance', '--gold', LEX], 2, `khitab validate stance: ${LEX} is a file, not a folder`],
    [['stance', '--gold', FIX, '--jsn'], 2, 'khitab validate stance: unknown option --jsn\n  did you mean --json?'],
    [['stance', FIX], 2, `khitab validate stance: unexpected argument '${FIX}'`],
    [['stance', '--gold', `${FIX}/bad`], 1, `${FIX}/bad/bad.tsv:2: stance must be one of support, oppose, conditional, neutral; got 'against'`],
    [['stance', '--gold', empty], 1, `khitab validate stance: no stance gold unit in ${empty}`],
    [['stance', '--gold', `${FIX}/gold`, '--lexicon', 'test/fixtures/lexicons/bad.yaml'], 1, 'khitab validate stance: invalid lexicon:'],
  ])('validate %j exits %i', async (argv, code, err) => {
    const r = await khitabValidate(argv);
    expect(r.code).toBe(code);
    expect(r.err).toContain(err);
  });

  it('prints its help with --help (exit 0), and `khitab validate --help` names the subcommand', async () => {
    const r = await khitabValidate(['stance', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('usage: khitab validate stance --gold DIR');
    const top = await khitabValidate(['--help']);
    expect(top.out).toContain('khitab validate stance --gold DIR');
  });

  it('leaves the hand-coded CSV usage as it was', async () => {
    const r = await khitabValidate(['--gold', 'no/such.csv']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('khitab validate: no such file: no/such.csv');
  });
});

describe('khitab validate stance: output', () => {
  it('prints both segments of the fixture folder (shipped codebook and an extra --lexicon file)', async () => {
    const r = await khitabValidate(['stance', '--gold', `${FIX}/gold`, '--lexicon', 'test/fixtures/lexicons/extra.yaml']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^khitab validate stance: 7 gold unit\(s\) from test\/fixtures\/stance-eval\/gold \(lexicon codebook@\S+\+extra@extra-1\)$/m);
    expect(r.out).toContain('reporting: 4 units');
    expect(r.out).toContain('comment: 3 units');
    expect(r.out).toMatch(/^per camp$/m);
    expect(r.out).toMatch(/^per variety$/m);
  });

  it('runs on data/gold/stance/dev with --json: every unit counted once, figures in range', async () => {
    const r = await khitabValidate(['stance', '--gold', 'data/gold/stance/dev', '--json']);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.gold.folder).toBe('data/gold/stance/dev');
    expect(j.segments.map((s: { segment: string }) => s.segment)).toEqual(['reporting', 'comment']);
    // data/gold/stance/README.md: 550 reporting sentences (123 support, 112 oppose; 126 in fresh-reporting/, 124 in fresh-voices/) and 162 comments (37, 42).
    const [rep, com] = j.segments;
    expect([rep.classes.n, rep.sign.agree.total, com.classes.n, com.sign.agree.total]).toEqual([550, 235, 162, 79]);
    for (const s of j.segments) {
      expect(s.classes.confusion.flat().reduce((a: number, b: number) => a + b, 0)).toBe(s.classes.n);
      expect(s.classes.macroF1).toBeGreaterThanOrEqual(0);
      expect(s.classes.macroF1).toBeLessThanOrEqual(1);
    }
  });
});
