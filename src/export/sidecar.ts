/**
 * Sidecars: the provenance document `<table>.meta.json` beside every table (CSV or Parquet) — what
 * it holds and how it is built. src/export/writeSidecar.ts writes it.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { PageKind } from '../split/types';
import type { SplitProvenance } from '../split/splitChoice';

/**
 * What a run knows about its inputs and settings: everything needed to reproduce a table.
 * Passed once per run; `writeTableSidecar` adds the table's own name, columns and size.
 */
export interface SidecarInfo {
  /** Lexicon (codebook) files with SHA-256 content hashes and declared versions (`Lexicon.files`). */
  lexicon: { path: string; sha256: string; version: string | null }[];
  /** Normalization options in effect (e.g. `{ alef: true, tatweel: true, diacritics: true }`). */
  normalization: Record<string, unknown>;
  /** Input files with SHA-256 hashes (`Page.file`, `Page.sha256`); null hash for inputs that could not be read (rejects). */
  inputs: { file: string; sha256: string | null }[];
  /** Seed of the random-number generator (bootstrap), or null when nothing was random. */
  seed: number | null;
  /** Bootstrap resamples, or null. */
  resamples: number | null;
  /** Command line as typed, e.g. `khitab analyze data/corpus --seed 7`; null when called from the API. */
  command: string | null;
  /**
   * Pages of the run by kind (`pageKind` of articles.csv). Only `article` pages are in the
   * aggregate tables; the others are in the row tables only. Default: not recorded (null).
   */
  pageKinds?: Record<PageKind, number> | null;
  /** Which line labeller split the pages (the model file and hashes for `model`). Default: not recorded (null). */
  split?: SplitProvenance | null;
  /** File name of the run's data dictionary beside the table (`schema.json`). Default: none (null). */
  schema?: string | null;
  /**
   * ISO 8601 timestamp of the run. Default: the current time — the only non-deterministic
   * field of a sidecar, and the reason sidecars (unlike CSVs) differ between runs.
   */
  date?: string;
}

/** A table's own description, added to the run's {@link SidecarInfo}. */
export interface SidecarTable {
  /** Table name, e.g. `articles` (the CSV is `<name>.csv`). */
  name: string;
  /** Column names in file order. */
  columns: string[];
  /** Number of data rows (header excluded). */
  rowCount: number;
}

/** The JSON document written next to a CSV as `<name>.meta.json`. */
export interface SidecarDocument {
  /** khitab version from package.json. */
  khitabVersion: string;
  /** Table name. */
  table: string;
  /** CSV file name (no folder: sidecar and CSV move together). */
  file: string;
  /** SHA-256 of the CSV file's bytes. */
  sha256: string;
  /** Column names in file order. */
  columns: string[];
  /** Data rows. */
  rowCount: number;
  /** Whether the CSV starts with a UTF-8 BOM. */
  bom: boolean;
  lexicon: SidecarInfo['lexicon'];
  normalization: SidecarInfo['normalization'];
  inputs: SidecarInfo['inputs'];
  seed: number | null;
  resamples: number | null;
  command: string | null;
  /**
   * Pages by kind (`article`, `listing`, `no_article`); the aggregate tables (outlet_profile,
   * naming, naming_tests, keyness, hashtags, voices) count the `article` pages only, the others were left
   * out of them and are listed in articles.csv with `pageKindReason`. Null when not recorded.
   */
  pageKinds: Record<PageKind, number> | null;
  /** Which line labeller split the pages, or null when not recorded. */
  split: SplitProvenance | null;
  /** The data dictionary beside the table (`schema.json`: each column's type and meaning), or null. */
  schema: string | null;
  /** ISO timestamp of the run. */
  date: string;
}

/** The version field of khitab's package.json. */
export function khitabVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** Path of the sidecar of a CSV file: `tables/articles.csv` → `tables/articles.meta.json`. */
export function sidecarPathFor(csvPath: string): string {
  return join(dirname(csvPath), `${basename(csvPath).replace(/\.csv$/i, '')}.meta.json`);
}

/**
 * The sidecar document of a table whose file name, hash and BOM flag are already known (the
 * streaming writer hashes while it writes, so it need not read a large CSV again).
 * @example sidecarDocument(info, {name: 'hits', columns, rowCount: 12, file: 'hits.csv', sha256, bom: false}).table // 'hits'
 */
export function sidecarDocument(
  info: SidecarInfo,
  table: SidecarTable & { file: string; sha256: string; bom: boolean },
): SidecarDocument {
  return {
    khitabVersion: khitabVersion(),
    table: table.name,
    file: table.file,
    sha256: table.sha256,
    columns: [...table.columns],
    rowCount: table.rowCount,
    bom: table.bom,
    lexicon: info.lexicon.map((l) => ({ path: l.path, sha256: l.sha256, version: l.version ?? null })),
    normalization: info.normalization,
    inputs: info.inputs.map((i) => ({ file: i.file, sha256: i.sha256 ?? null })),
    seed: info.seed,
    resamples: info.resamples,
    command: info.command ?? null,
    pageKinds: info.pageKinds ? { ...info.pageKinds } : null,
    split: info.split ? { ...info.split } : null,
    schema: info.schema ?? null,
    date: info.date ?? new Date().toISOString(),
  };
}

/** A table file already written, with what its sidecar needs. */
export interface WrittenTable extends SidecarTable {
  /** Absolute path of the table file (`.csv` or `.parquet`). */
  path: string;
  /** SHA-256 of the file's bytes. */
  sha256: string;
  /** Whether the file starts with a UTF-8 BOM. */
  bom: boolean;
}

/** An `inputs` list already rendered to a file (`InputLog.writeJson(path, 1)`), and its size. */
export interface InputsFile {
  path: string;
  bytes: number;
}
