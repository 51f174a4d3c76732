import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileArg, folderArg, outFileArg, outFolderArg, numberArg, parseCommandArgs, usageFailure, UsageError } from '../../src/cli/args';

const OPTIONS = {
  out: { type: 'string', default: 'outputs' },
  lexicon: { type: 'string', multiple: true },
  excel: { type: 'boolean', default: false },
  'no-notebooks': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The message and hint a call throws, or null. */
function thrown(f: () => unknown): { message: string; hint?: string; exitCode: number } | null {
  try {
    f();
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    const u = e as UsageError;
    return { message: u.message, hint: u.hint, exitCode: u.exitCode };
  }
}

describe('parseCommandArgs', () => {
  it('returns typed values with defaults and the positionals', () => {
    const r = parseCommandArgs('analyze', ['corpus', '--lexicon', 'a.yaml', '--lexicon=b.dic', '--excel'], OPTIONS, { maxPositionals: 1 });
    expect(r.help).toBe(false);
    expect(r.positionals).toEqual(['corpus']);
    expect(r.values).toEqual({ out: 'outputs', lexicon: ['a.yaml', 'b.dic'], excel: true, 'no-notebooks': false, help: false });
  });

  it.each([
    [['--no-notebook'], 'unknown option --no-notebook', /did you mean --no-notebooks\?/],
    [['--exel'], 'unknown option --exel', /did you mean --excel\?/],
    [['--frobnicate'], 'unknown option --frobnicate', undefined],
    [['-x'], 'unknown option -x', undefined],
    [['--out'], '--out needs a value', undefined],
    [['--out', '--excel'], '--out needs a value, got the option --excel', /--out=--excel/],
    [['--excel=yes'], '--excel takes no value (got \'yes\')', undefined],
    [['a', 'b'], 'too many corpus folders: 2 given, at most 1', undefined],
  ])('%j is a usage error: %s', (argv, message, hint) => {
    const e = thrown(() => parseCommandArgs('analyze', argv, OPTIONS, { maxPositionals: 1, positionalName: 'corpus folder' }));
    expect(e?.message).toBe(message);
    expect(e?.exitCode).toBe(2);
    if (hint) expect(e?.hint).toMatch(hint);
    else expect(e?.hint).toBeUndefined();
  });

  it('suggests the option a stray word looks like when no positional is taken', () => {
    const e = thrown(() => parseCommandArgs('bench', ['excel'], OPTIONS));
    expect(e).toEqual({ message: "unexpected argument 'excel'", hint: 'did you mean --excel?', exitCode: 2 });
  });

  it('requires the positionals a command needs', () => {
    expect(thrown(() => parseCommandArgs('split', [], OPTIONS, { minPositionals: 1, maxPositionals: Infinity, positionalName: 'input file' }))?.message)
      .toBe('no input file given');
  });

  it('lets -h and --help win over any other problem', () => {
    expect(parseCommandArgs('analyze', ['--bogus', '-h'], OPTIONS).help).toBe(true);
    expect(parseCommandArgs('analyze', ['a', 'b', '--help'], OPTIONS).help).toBe(true);
  });

  it('takes a value starting with a dash when written with =, and arguments after --', () => {
    const r = parseCommandArgs('analyze', ['--out=-odd', '--', '--excel'], OPTIONS, { maxPositionals: 1 });
    expect(r.values.out).toBe('-odd');
    expect(r.positionals).toEqual(['--excel']);
  });
});

describe('numberArg', () => {
  it.each([
    ['2', { min: 1 }, 2],
    ['0', {}, 0],
    ['-5', {}, -5],
    ['0.5', { integer: false, min: 0.01 }, 0.5],
  ])('numberArg(--n, %j) is %d', (value, options, n) => {
    expect(numberArg('--n', value, options)).toBe(n);
  });

  it('is undefined when the option was not given', () => {
    expect(numberArg('--n', undefined, { min: 1 })).toBeUndefined();
  });

  it.each([
    ['two', { min: 1 }, "--workers takes a whole number ≥ 1, not 'two'"],
    ['0', { min: 1 }, "--workers takes a whole number ≥ 1, not '0'"],
    ['1.5', {}, "--workers takes a whole number, not '1.5'"],
    ['', {}, "--workers takes a whole number, not ''"],
    ['Infinity', { integer: false }, "--workers takes a number, not 'Infinity'"],
  ])('rejects %j naming the option', (value, options, message) => {
    expect(thrown(() => numberArg('--workers', value, options))).toEqual({ message, hint: undefined, exitCode: 2 });
  });
});

describe('folderArg and fileArg', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-args-'));
  const file = join(dir, 'page.txt');
  writeFileSync(file, 'نص');

  it('accept the kind they expect', () => {
    expect(() => folderArg(dir, 'corpus folder')).not.toThrow();
    expect(() => fileArg(file, '--meta CSV')).not.toThrow();
  });

  it('say a file is a file where a folder is expected (usage, exit 2)', () => {
    expect(thrown(() => folderArg(file, 'corpus folder', 'put it in a folder'))).toEqual({
      message: `${file} is a file, not a folder: give the corpus folder`, hint: 'put it in a folder', exitCode: 2,
    });
  });

  it('say a folder is a folder where a file is expected (usage, exit 2)', () => {
    expect(thrown(() => fileArg(dir, '--gold CODED.csv'))?.message).toBe(`${dir} is a folder, not a file: --gold CODED.csv takes a file`);
  });

  it('say a missing path is missing (exit 1, like an unreadable input)', () => {
    expect(thrown(() => folderArg(join(dir, 'nope'), 'corpus folder'))).toMatchObject({ message: `no such folder: ${join(dir, 'nope')}`, exitCode: 1 });
    expect(thrown(() => fileArg(join(dir, 'nope.csv'), '--meta CSV'))).toMatchObject({ message: `no such file: ${join(dir, 'nope.csv')}`, exitCode: 1 });
  });
});

describe('outFolderArg and outFileArg', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-out-'));
  const file = join(dir, 'page.txt');
  writeFileSync(file, 'نص');

  it('accept a path that exists as the kind they write, or does not exist yet', () => {
    expect(() => outFolderArg(dir, '--out')).not.toThrow();
    expect(() => outFolderArg(join(dir, 'new/run'), '--out')).not.toThrow();
    expect(() => outFileArg(file, '--out FILE')).not.toThrow();
    expect(() => outFileArg(join(dir, 'new/model.json'), '--out FILE')).not.toThrow();
  });

  it('say a file is a file where a folder is written, and a folder a folder where a file is (usage, exit 2)', () => {
    expect(thrown(() => outFolderArg(file, '--out'))).toMatchObject({ message: `${file} is a file, not a folder: --out takes a folder (created when missing)`, exitCode: 2 });
    expect(thrown(() => outFileArg(dir, '--out FILE'))).toMatchObject({ message: `${dir} is a folder, not a file: --out FILE takes a file name`, exitCode: 2 });
  });

  it('say which file stands where a parent folder should be', () => {
    for (const check of [() => outFolderArg(join(file, 'a/b'), '--out'), () => outFileArg(join(file, 'm.json'), '--out FILE')]) {
      expect(thrown(check)?.message).toMatch(/ cannot be created: .*page\.txt is a file, not a folder$/);
    }
  });
});

describe('usageFailure', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints "khitab <command>: <what is wrong>" and the hint, and returns the exit status', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(usageFailure('analyze', new UsageError('unknown option --no-notebook', 'did you mean --no-notebooks?'))).toBe(2);
    expect(err).toHaveBeenCalledWith('khitab analyze: unknown option --no-notebook\n  did you mean --no-notebooks?');
  });

  it('points to --help when there is no hint', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    usageFailure('bench', new UsageError('--size-mb needs a value'));
    expect(err).toHaveBeenCalledWith('khitab bench: --size-mb needs a value\n  `khitab bench --help` lists the options');
  });

  it('rethrows anything that is not a usage error', () => {
    expect(() => usageFailure('analyze', new Error('disk full'))).toThrow('disk full');
  });
});
