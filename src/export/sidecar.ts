import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { writeFileAtomic } from './writeFileAtomic';

/**
 * What a run knows about its inputs and settings: everything needed to reproduce a table.
 * Passed once per run; {@link writeSidecar} adds the table's own name, columns and size.
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
  /** ISO timestamp of the run. */
  date: string;
}

/** The version field of khitab's package.json. */
export function khitabVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** Path of the sidecar of a CSV file: `tables/articles.csv` → `tables/articles.meta.json`. */
export function sidecarPathFor(csvPath: string): string {
  const dir = path.dirname(csvPath);
  const base = path.basename(csvPath).replace(/\.csv$/i, '');
  return path.join(dir, `${base}.meta.json`);
}

/**
 * Builds the sidecar document of a CSV file that has already been written (its bytes are
 * hashed). Keys are in a fixed order so sidecars diff cleanly.
 *
 * @example
 * buildSidecar('out/rejects.csv', info, { name: 'rejects', columns: ['file', 'reason', 'detail'], rowCount: 0 }).file;
 * // 'rejects.csv'
 */
export function buildSidecar(csvPath: string, info: SidecarInfo, table: SidecarTable): SidecarDocument {
  const bytes = fs.readFileSync(csvPath);
  return sidecarDocument(info, {
    ...table,
    file: path.basename(csvPath),
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    bom: bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
  });
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
    date: info.date ?? new Date().toISOString(),
  };
}

/**
 * Writes the provenance sidecar `<name>.meta.json` beside a CSV file: khitab version,
 * table name, columns, row count, the CSV's hash, lexicon files with hashes and versions,
 * normalization options, input files with hashes, seed, resamples, command line and date.
 * A researcher who finds a CSV months later can tell exactly what produced it.
 *
 * @returns The sidecar's path.
 * @example
 * writeSidecar('outputs/tables/articles.csv', info, { name: 'articles', columns, rowCount: 5 });
 * // 'outputs/tables/articles.meta.json'
 */
export function writeSidecar(csvPath: string, info: SidecarInfo, table: SidecarTable): string {
  const target = sidecarPathFor(csvPath);
  writeFileAtomic(target, `${JSON.stringify(buildSidecar(csvPath, info, table), null, 2)}\n`);
  return target;
}
