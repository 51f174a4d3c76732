/**
 * Every command's arguments, read one way: `node:util` `parseArgs` for the parsing, and one error
 * style for what is wrong, `khitab <command>: <what is wrong>` and a hint line (a "did you mean"
 * for a mistyped option, else where the options are listed). Usage errors exit 2; an input the
 * command line names that does not exist exits 1, like an unreadable file (see README).
 * Why: each command had its own loop or its own wording, and Node's messages name internals.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { suggestName } from './suggest';
import { specialFileAt } from '../corpus/specialFile';

/** The options table a command gives `parseArgs`. */
export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Exit status of a usage error (the command line is wrong). */
export const USAGE_EXIT = 2;

/** Exit status of a named input that does not exist (or cannot be read). */
export const INPUT_EXIT = 1;

/** A wrong command line: printed as `khitab <command>: <message>` and the hint, then exit `exitCode`. */
export class UsageError extends Error {
  /**
   * @param message what is wrong, naming the argument.
   * @param hint the next line, e.g. "did you mean --no-notebooks?". Default: where the options are listed.
   * @param exitCode exit status. Default 2 (`USAGE_EXIT`).
   * @example new UsageError('--workers takes a whole number ≥ 1, not \'two\'')
   */
  constructor(message: string, readonly hint?: string, readonly exitCode: number = USAGE_EXIT) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Prints a usage error in the one style and returns its exit status; any other error is rethrown.
 * @example usageFailure('analyze', new UsageError('unknown option --no-notebook', 'did you mean --no-notebooks?'))
 * // stderr: "khitab analyze: unknown option --no-notebook\n  did you mean --no-notebooks?"; returns 2
 */
export function usageFailure(command: string, error: unknown): number {
  if (!(error instanceof UsageError)) throw error;
  const where = command ? `khitab ${command}` : 'khitab';
  const hint = error.hint ?? `\`${where} --help\` lists the ${command ? 'options' : 'commands'}`;
  console.error(`${where}: ${error.message}\n  ${hint}`);
  return error.exitCode;
}

/** Options of `parseCommandArgs`. */
export interface ParseCommandOptions {
  /** Fewest positional arguments. Default 0. */
  minPositionals?: number;
  /** Most positional arguments. Default 0 (none allowed). */
  maxPositionals?: number;
  /** What the positional arguments are, for messages ("corpus folder", "FILE_OR_FOLDER"). Default 'argument'. */
  positionalName?: string;
}

/** What `parseCommandArgs` returns for an options table `O`. */
export interface ParsedCommand<O extends OptionsConfig> {
  /** Option values, typed by the table (defaults applied). */
  values: ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>['values'];
  /** Positional arguments in order. */
  positionals: string[];
  /** Whether `-h`/`--help` was given (then nothing else was checked). */
  help: boolean;
}

/** `--name` or `-n` as the user would type it. */
function optionName(name: string, options: OptionsConfig): string {
  return name.length === 1 && !(name in options) ? `-${name}` : `--${name}`;
}

/**
 * Parses a command's arguments with `parseArgs`, first checking every token so that each problem
 * gets a message of its own: an unknown option (with the closest known one), a value missing or
 * given to a flag, too many or too few positional arguments. `-h`/`--help` anywhere wins.
 * @example
 * parseCommandArgs('analyze', ['--no-notebook'], { 'no-notebooks': { type: 'boolean' } })
 * // throws UsageError('unknown option --no-notebook', 'did you mean --no-notebooks?')
 * @example parseCommandArgs('bench', ['--workers', '2'], { workers: { type: 'string' } }).values.workers // '2'
 */
export function parseCommandArgs<const O extends OptionsConfig>(
  command: string, argv: readonly string[], options: O, spec: ParseCommandOptions = {},
): ParsedCommand<O> {
  const config = { args: [...argv], options, allowPositionals: true as const, strict: true as const };
  const loose = parseArgs({ ...config, strict: false, tokens: true });
  const tokens = loose.tokens ?? [];
  const help = tokens.some((t) => t.kind === 'option' && (t.name === 'help' || (t.name === 'h' && 'help' in options)));
  if (help) return { values: {} as ParsedCommand<O>['values'], positionals: loose.positionals, help: true };
  const known = Object.keys(options);
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const def = options[t.name];
    if (def === undefined) {
      const typed = t.rawName.replace(/^-+/, '');
      const guess = suggestName(typed, known);
      throw new UsageError(`unknown option ${t.rawName}`, guess ? `did you mean --${guess}? (\`khitab ${command} --help\` lists the options)` : undefined);
    }
    const shown = optionName(t.name, options);
    if (def.type === 'boolean' && t.value !== undefined) throw new UsageError(`${shown} takes no value (got '${t.value}')`);
    if (def.type === 'string') {
      if (t.value === undefined) throw new UsageError(`${shown} needs a value`);
      if (!t.inlineValue && t.value.startsWith('-') && t.value !== '-') {
        throw new UsageError(`${shown} needs a value, got the option ${t.value}`, `a value starting with '-' is written ${shown}=${t.value}`);
      }
    }
  }
  const positionals = loose.positionals;
  const what = spec.positionalName ?? 'argument';
  const max = spec.maxPositionals ?? 0;
  if (positionals.length > max) {
    const extra = positionals[max];
    const guess = extra.startsWith('-') ? null : suggestName(extra, known);
    throw new UsageError(
      max === 0 ? `unexpected argument '${extra}'` : `too many ${what}s: ${positionals.length} given, at most ${max}`,
      guess ? `did you mean --${guess}?` : undefined,
    );
  }
  if (positionals.length < (spec.minPositionals ?? 0)) throw new UsageError(`no ${what} given`);
  const strict = parseArgs(config);
  return { values: strict.values, positionals: strict.positionals, help: false };
}

/** Options of `numberArg`. */
export interface NumberArgOptions {
  /** Smallest value allowed. Default: no bound. */
  min?: number;
  /** Whether only whole numbers are allowed. Default true. */
  integer?: boolean;
}

/**
 * An option's value as a number, or undefined when the option was not given; a value that is not
 * a number in range is a usage error naming the option.
 * @example numberArg('--workers', '2', { min: 1 }) // 2
 * @example numberArg('--workers', 'two', { min: 1 }) // throws "--workers takes a whole number ≥ 1, not 'two'"
 */
export function numberArg(name: string, value: string | undefined, options: NumberArgOptions = {}): number | undefined {
  if (value === undefined) return undefined;
  const integer = options.integer ?? true;
  const n = value.trim() === '' ? NaN : Number(value);
  const ok = Number.isFinite(n) && (!integer || Number.isInteger(n)) && (options.min === undefined || n >= options.min);
  if (ok) return n;
  const kind = integer ? 'a whole number' : 'a number';
  throw new UsageError(`${name} takes ${kind}${options.min === undefined ? '' : ` ≥ ${options.min}`}, not '${value}'`);
}

/**
 * Checks that a path names an existing folder: a missing path exits 1 ("no such folder"), a file
 * is a usage error saying it is a file. `what` names the argument ("corpus folder", "--out").
 * @example folderArg('data/corpus', 'corpus folder') // returns nothing
 * @example folderArg('data/metadata.csv', 'corpus folder') // throws "data/metadata.csv is a file, not a folder: give the corpus folder"
 */
export function folderArg(path: string, what: string, hint?: string): void {
  const kind = pathKind(path);
  if (kind === 'missing') throw new UsageError(`no such folder: ${path}`, `give an existing ${what}`, INPUT_EXIT);
  if (kind !== 'folder') throw new UsageError(`${path} is a file, not a folder: give the ${what}`, hint);
}

/**
 * Checks that a path names an existing file: a missing path exits 1 ("no such file"), a folder is
 * a usage error saying it is a folder, a named pipe or device (`specialFileAt`, as corpus files are
 * judged) exits 1 unread. `what` names the argument ("--meta CSV").
 * @example fileArg('data/corpus', '--gold CODED.csv') // throws "data/corpus is a folder, not a file: --gold CODED.csv takes a file"
 */
export function fileArg(path: string, what: string): void {
  const kind = pathKind(path);
  if (kind === 'missing') throw new UsageError(`no such file: ${path}`, `${what} takes an existing file`, INPUT_EXIT);
  if (kind === 'folder') throw new UsageError(`${path} is a folder, not a file: ${what} takes a file`);
  // A named pipe would hang the read and a device such as /dev/zero never ends (as in a corpus).
  const special = specialFileAt(path);
  if (special !== null) throw new UsageError(`${path} is not a regular file: ${special}`, `${what} takes a regular file`, INPUT_EXIT);
}

/**
 * Checks a folder the command will write into (`--out DIR`): a missing one is fine (it is created),
 * but an existing file there, or a file where one of its parent folders should be, is a usage error
 * naming it (instead of Node's ENOTDIR later).
 * @example outFolderArg('README.md', '--out') // throws "README.md is a file, not a folder: --out takes a folder (created when missing)"
 */
export function outFolderArg(path: string, what: string): void {
  if (pathKind(path) === 'file') throw new UsageError(`${path} is a file, not a folder: ${what} takes a folder (created when missing)`);
  blockingFile(path, what);
}

/**
 * Checks a file the command will write (`--out FILE`): an existing folder there is a usage error, as
 * is a file where one of its parent folders should be.
 * @example outFileArg('data', '--out FILE') // throws "data is a folder, not a file: --out FILE takes a file name"
 */
export function outFileArg(path: string, what: string): void {
  if (pathKind(path) === 'folder') throw new UsageError(`${path} is a folder, not a file: ${what} takes a file name`);
  blockingFile(path, what);
}

/** Throws when a parent of `path` that exists is a file (the path could never be created). */
function blockingFile(path: string, what: string): void {
  let parent = dirname(resolve(path));
  while (pathKind(parent) === 'missing' && dirname(parent) !== parent) parent = dirname(parent);
  if (pathKind(parent) === 'file') {
    throw new UsageError(`${path} cannot be created: ${relative(process.cwd(), parent) || parent} is a file, not a folder`, `give ${what} a path under a folder`);
  }
}

/** Whether a path is a folder, some other file, or missing (following links). */
function pathKind(path: string): 'folder' | 'file' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/**
 * The value of `--labeller`: `model` (the trained line labeller, the default) or `rules` (the profile
 * rules); anything else is a usage error naming both.
 * @example labellerArg('model') // 'model'
 * @example labellerArg('crf') // throws "--labeller takes rules or model, not 'crf'"
 */
export function labellerArg(value: string | undefined): 'rules' | 'model' {
  if (value === undefined || value === 'rules' || value === 'model') return value ?? 'model';
  const guess = suggestName(value, ['rules', 'model']);
  throw new UsageError(`--labeller takes rules or model, not '${value}'`, guess ? `did you mean ${guess}?` : undefined);
}
