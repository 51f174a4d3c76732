/**
 * What produced a run folder, read from its sidecars (`<table>.meta.json`): the command, lexicon,
 * seed, the number of inputs and every table's size. Notebooks print it and put it under their
 * charts, so a figure drawn from a run names the run.
 */
import type { SplitProvenance } from '../split/splitChoice';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_FILES } from '../tables/columns';
import type { SidecarDocument } from './sidecar';
import { lexiconFilesVersion } from '../lexicon/lexiconVersion';

/** One table file of a run, as its sidecar describes it. */
export interface RunTableInfo {
  /** Table name, e.g. `hits`. */
  table: string;
  /** File name in the run folder, e.g. `hits.csv`. */
  file: string;
  /** Data rows (from the sidecar; no scan). */
  rows: number;
  /** SHA-256 of the file when it was written. */
  sha256: string;
}

/** What produced a run: the first sidecar without its input list, plus every table's size. */
export interface RunProvenance {
  /** Command line that wrote the tables, or null (written through the API). */
  command: string | null;
  /** Corpus folder as given to `khitab analyze` (`data/corpus` when none was given), or null when the command is not known. */
  corpus: string | null;
  /** ISO timestamp of the run. */
  date: string;
  /** khitab version that wrote it. */
  khitabVersion: string;
  /** Lexicon files with hashes and versions. */
  lexicon: SidecarDocument['lexicon'];
  /** Lexicon version string as `khitab analyze` prints it, e.g. `codebook@2024.3`. */
  lexiconVersion: string;
  /** Bootstrap seed, or null. */
  seed: number | null;
  /** Bootstrap resamples, or null. */
  resamples: number | null;
  /** Input files analyzed or rejected. */
  inputs: number;
  /** Every table file with a sidecar, in `TABLE_FILES` order. */
  tables: RunTableInfo[];
  /** Which line labeller split the pages (null for runs written before it was recorded: the rules). */
  split: SplitProvenance | null;
}

/** Options of `khitab analyze` that take a value (so the word after them is not the corpus). */
const VALUE_OPTIONS = new Set(['--meta', '--lexicon', '--out', '--seed', '--resamples', '--workers', '--format', '--shard',
  '--include', '--exclude', '--max-file-mb', '--labeller', '--model']);

/**
 * The corpus folder of a `khitab analyze` command line: its first positional argument, or
 * `data/corpus` (the default) when there is none; null for any other command. As typed, so it may be
 * relative to the folder the command ran in.
 * @example corpusOfCommand('khitab analyze --out /tmp/x corpus/text --no-figures') // 'corpus/text'
 * @example corpusOfCommand('khitab analyze') // 'data/corpus'
 */
export function corpusOfCommand(command: string | null): string | null {
  const words = command?.split(' ') ?? [];
  if (words[0] !== 'khitab' || words[1] !== 'analyze') return null;
  for (let i = 2; i < words.length; i++) {
    const w = words[i];
    if (w.startsWith('-')) { if (VALUE_OPTIONS.has(w)) i++; continue; }
    return w;
  }
  return 'data/corpus';
}

/**
 * Reads the provenance of the run in `dir` from its sidecars; null when it has none.
 * @example readRunProvenance('outputs')?.lexiconVersion // 'codebook@2024.3'
 */
export function readRunProvenance(dir: string): RunProvenance | null {
  const tables: RunTableInfo[] = [];
  let head: SidecarDocument | null = null;
  for (const name of Object.values(TABLE_FILES)) {
    const p = join(dir, `${name}.meta.json`);
    if (!existsSync(p)) continue;
    const doc = JSON.parse(readFileSync(p, 'utf8')) as SidecarDocument;
    head ??= doc;
    tables.push({ table: name, file: doc.file, rows: doc.rowCount, sha256: doc.sha256 });
  }
  if (head === null) return null;
  return {
    command: head.command, corpus: corpusOfCommand(head.command), date: head.date, khitabVersion: head.khitabVersion,
    lexicon: head.lexicon,
    lexiconVersion: lexiconFilesVersion(head.lexicon),
    seed: head.seed, resamples: head.resamples, inputs: head.inputs.length, tables,
    split: head.split ?? null,
  };
}
