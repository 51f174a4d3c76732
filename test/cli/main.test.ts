import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { run as split } from '../../src/cli/split';
import { run as markers } from '../../src/cli/markers';
import { run as lexicon } from '../../src/cli/lexicon';
import { run as validate } from '../../src/cli/validate';
import { run as bench } from '../../src/cli/bench';
import { run as analyze } from '../../src/cli/analyze';
import { run as train } from '../../src/cli/trainSplit';
import { run as evaluate } from '../../src/cli/evalSplit';

/** The commands' `run`s (main loads them with require, which vitest's loader does not resolve). */
const RUN: Record<string, (argv: string[]) => Promise<number>> = { split, markers, lexicon, validate, bench, analyze, train, eval: evaluate };

/** Runs `khitab ARGS` in this process (vitest runs in the repository root); what it printed. */
async function khitab(argv: string[]): Promise<{ code: number; err: string; out: string }> {
  const err: string[] = [];
  const out: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  const code = Object.hasOwn(RUN, argv[0] ?? '') ? await RUN[argv[0]](argv.slice(1)) : await main(argv);
  return { code, err: err.join('\n'), out: out.join('\n') };
}

afterEach(() => vi.restoreAllMocks());

describe('main', () => {
  it.each([
    [['analyse'], "khitab: unknown command 'analyse'\n  did you mean `analyze`?"],
    [['makrers'], "khitab: unknown command 'makrers'\n  did you mean `markers`?"],
    [['frobnicate'], "khitab: unknown command 'frobnicate'\n  `khitab --help` lists the commands"],
    [['toString'], "khitab: unknown command 'toString'"], // not an Object.prototype property
    [['--json'], 'khitab: unknown option --json (options follow a command)'],
    [['--versio'], 'khitab: unknown option --versio (options follow a command)\n  did you mean --version?'],
    [['--analyze'], 'khitab: unknown option --analyze (options follow a command)\n  did you mean `analyze` (a command, not an option)?'],
  ])('main(%j) exits 2: %s', async (argv, message) => {
    const r = await khitab(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('prints the commands for --help (exit 0) and with no command (exit 2)', async () => {
    expect((await khitab(['--help'])).code).toBe(0);
    const none = await khitab([]);
    expect(none.code).toBe(2);
    expect(none.out).toMatch(/^usage: khitab <command>/);
  });
});

// One table for every command's argument errors: the same style, `khitab <command>: <what is wrong>`
// and a hint line, exit 2 for a wrong command line and 1 for a named input that does not exist.
describe('every command reads its arguments one way', () => {
  it.each([
    [['split'], 2, 'khitab split: no file or folder given\n  `khitab split --help` lists the options'],
    [['split', '--jsn', 'data/corpus'], 2, 'khitab split: unknown option --jsn\n  did you mean --json?'],
    [['split', '--meta', 'data/corpus', 'data/corpus'], 2, 'khitab split: data/corpus is a folder, not a file: --meta CSV takes a file'],
    [['split', '--meta'], 2, 'khitab split: --meta needs a value'],
    [['markers', '--lexicon'], 2, 'khitab markers: --lexicon needs a value'],
    [['markers', '--lexicons', 'x.yaml', 'data/corpus'], 2, 'khitab markers: unknown option --lexicons\n  did you mean --lexicon?'],
    [['markers', '--meta', 'no/such.csv', 'data/corpus'], 1, 'khitab markers: no such file: no/such.csv'],
    [['lexicon', 'chek'], 2, "khitab lexicon: unknown subcommand 'chek'\n  did you mean `check`?"],
    [['lexicon', 'check', '--onyl'], 2, 'khitab lexicon: unknown option --onyl\n  did you mean --only?'],
    [['validate'], 2, 'khitab validate: --gold CODED.csv is required'],
    [['validate', '--gold', 'data/corpus'], 2, 'khitab validate: data/corpus is a folder, not a file: --gold CODED.csv takes a file'],
    [['validate', '--gold', 'no/such.csv'], 1, 'khitab validate: no such file: no/such.csv'],
    [['validate', '--gold', 'data/gold/seeds-coded.csv', 'data/gold/seeds-coded.csv'], 2, 'khitab validate: data/gold/seeds-coded.csv is a file, not a folder'],
    [['bench', '--size-mb', 'big'], 2, "khitab bench: --size-mb takes a number ≥ 0.01, not 'big'"],
    [['bench', '--worker', '2'], 2, 'khitab bench: unknown option --worker\n  did you mean --workers?'],
    [['bench', 'fast'], 2, "khitab bench: unexpected argument 'fast'"],
    [['bench', '--stage', 'nope', '--dir', '.'], 2, 'khitab bench: --stage needs one of raw, split, markers, analyze and --dir'],
    [['analyze', '--no-notebook'], 2, 'khitab analyze: unknown option --no-notebook\n  did you mean --no-notebooks? (`khitab analyze --help` lists the options)'],
    [['analyze', '--xlxs'], 2, 'khitab analyze: unknown option --xlxs\n  did you mean --xlsx?'],
    [['analyze', 'README.md'], 2, 'khitab analyze: README.md is a file, not a folder: give the corpus folder'],
    [['analyze', 'no/such'], 1, 'khitab analyze: no such folder: no/such'],
    [['analyze', '--out', 'README.md'], 2, 'khitab analyze: README.md is a file, not a folder: --out takes a folder (created when missing)'],
    [['analyze', '--out', 'README.md/run'], 2, 'khitab analyze: README.md/run cannot be created: README.md is a file, not a folder'],
    [['analyze', '--workers', 'two'], 2, "khitab analyze: --workers takes a whole number ≥ 1, not 'two'"],
    [['train', 'split', '--gol', 'x'], 2, 'khitab train split: unknown option --gol\n  did you mean --gold?'],
    [['train', 'split', '--gold', 'data/gold/split/dev', '--out', 'data'], 2, 'khitab train split: data is a folder, not a file: --out FILE takes a file name'],
    [['train', 'split', '--gold', 'README.md', '--out', 'm.json'], 2, 'khitab train split: README.md is a file, not a folder'],
    [['eval', 'splt'], 2, "khitab eval: unknown subcommand 'splt'\n  did you mean `split`?"],
    [['eval', 'split', '--gold', 'data/gold/split/dev', '--labeler', 'model'], 2, 'khitab eval split: unknown option --labeler\n  did you mean --labeller?'],
  ])('khitab %j exits %i: %s', async (argv, code, message) => {
    const r = await khitab(argv);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
    // One style: two lines (what is wrong, then a hint), no Node internals, quotes balanced.
    expect(r.err.split('\n')).toHaveLength(2);
    expect(r.err).toMatch(/^khitab [a-z ]+: /);
    expect(r.err).not.toMatch(/ERR_|node:|Error\b|\n\s+at /);
    for (const q of ["'", '`', '"']) expect(r.err.split(q).length % 2, `${q} balanced in ${r.err}`).toBe(1);
  });
});
