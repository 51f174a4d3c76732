/**
 * Sidecars: the provenance document `<table>.meta.json` written beside every table (CSV or
 * Parquet), by every writer — `khitab analyze` and `writeTables` alike. The table's hash is
 * computed while the table is written (a streamed hits table can be larger than memory) and passed
 * in; a long `inputs` list can be rendered once per run and copied into each sidecar.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { appendFileRange, writeAll } from './rowSpill';

/**
 * What a run knows about its inputs and settings: everything needed to reproduce a table.
 * Passed once per run; {@link writeTableSidecar} adds the table's own name, columns and size.
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

/**
 * SHA-256 of a file, read in chunks (constant memory).
 * @example await sha256OfFile('outputs/hits.parquet') // '9f2c…'
 */
export function sha256OfFile(path: string): Promise<string> {
  return new Promise((res, rej) => {
    const h = createHash('sha256');
    createReadStream(path).on('data', (c) => h.update(c)).on('error', rej).on('end', () => res(h.digest('hex')));
  });
}

/**
 * Writes `<dir>/<name>.meta.json` beside a written table: khitab version, table name, columns, row
 * count, the table's hash, lexicon files with hashes and versions, normalization options, input
 * files with hashes, seed, resamples, command line and date — so a researcher who finds a table
 * months later can tell exactly what produced it. Returns the sidecar's path. `inputs`, when
 * given, is the `inputs` list already rendered (`InputLog.renderJson(1)`, or a file
 * `InputLog.writeJson(path, 1)` wrote) and replaces `info.inputs`, so a long list is stringified
 * once for all the tables of a run instead of once per table — and, from a file, is copied into
 * each sidecar without being held in memory.
 * @example writeTableSidecar({path: '/o/hits.csv', name: 'hits', columns, rowCount: 12, sha256, bom: false}, info)
 * // '/o/hits.meta.json'
 */
export function writeTableSidecar(table: WrittenTable, info: SidecarInfo, inputs?: string | InputsFile): string {
  const doc = sidecarDocument(inputs === undefined ? info : { ...info, inputs: [] }, { ...table, file: basename(table.path) });
  const text = JSON.stringify(doc, null, 2);
  const dest = join(dirname(table.path), `${table.name}.meta.json`);
  if (inputs === undefined) {
    writeFileSync(dest, `${text}\n`);
    return dest;
  }
  const slot = '\n  "inputs": [],\n';
  const at = text.indexOf(slot);
  if (at < 0 || text.indexOf(slot, at + 1) >= 0) throw new Error('writeTableSidecar: no single inputs slot in the sidecar document');
  const head = `${text.slice(0, at)}\n  "inputs": `;
  const tail = `,\n${text.slice(at + slot.length)}\n`;
  if (typeof inputs === 'string') {
    writeFileSync(dest, head + inputs + tail);
    return dest;
  }
  const fd = openSync(dest, 'w');
  try {
    writeAll(fd, Buffer.from(head));
    appendFileRange(inputs.path, fd, 0, inputs.bytes);
    writeAll(fd, Buffer.from(tail));
  } finally {
    closeSync(fd);
  }
  return dest;
}

/**
 * Writes the sidecar of a CSV file written by other means (its bytes are read and hashed):
 * `writeTableSidecar` for that file.
 * @returns The sidecar's path.
 * @example
 * writeSidecar('outputs/tables/articles.csv', info, { name: 'articles', columns, rowCount: 5 });
 * // 'outputs/tables/articles.meta.json'
 */
export function writeSidecar(csvPath: string, info: SidecarInfo, table: SidecarTable): string {
  const bytes = readFileSync(csvPath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return writeTableSidecar({ ...table, path: resolve(csvPath), sha256, bom }, info);
}
