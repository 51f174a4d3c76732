/**
 * Writing a set of tables with their sidecars durably (all or nothing), through the one CSV
 * writer (`writeCsvFile`) and the one sidecar writer (`writeTableSidecar`).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { SidecarInfo } from './sidecar';
import { writeTableSidecar } from './writeSidecar';
import { writeCsvFile } from './writeCsvFile';
import { SCHEMA_FILE, writeSchemaFile } from './writeSchema';

/** One table to write: `<name>.csv` plus `<name>.meta.json`. */
export interface TableSpec<T extends object = Record<string, unknown>> {
  /** File stem; must match `/^[a-z0-9_]+$/` (never derived from page text). */
  name: string;
  /** Column names in output order. */
  columns: readonly (keyof T & string)[];
  /** The rows. */
  rows: readonly T[];
}

/** Options of {@link writeTableSet}. */
export interface WriteTableSetOptions {
  /** Write a UTF-8 BOM in every CSV for Excel. Default `false`. */
  excel?: boolean;
  /**
   * Also write the analysis tables' data dictionary `schema.json` (`writeSchemaFile`) with the set,
   * and name it in every sidecar; for sets of the analysis tables only. Default `false`.
   */
  schema?: boolean;
  /**
   * Test hook called after every file was written to the temporary folder and before any
   * is moved into place; throwing from it simulates an interruption. Default none.
   */
  beforeCommit?: (tmpDir: string) => void;
}

/** Throws unless the columns are non-empty and distinct (as `toCsv`). */
function checkColumns(columns: readonly string[]): void {
  if (columns.length === 0) throw new RangeError('writeTableSet: at least one column is required');
  if (new Set(columns).size !== columns.length) throw new RangeError(`writeTableSet: duplicate column in ${columns.join(',')}`);
}

/** Valid table names: lower-case ASCII letters, digits and underscores. */
export const TABLE_NAME = /^[a-z0-9_]+$/;

/**
 * Writes a set of tables durably: every CSV and its sidecar are first written into a
 * temporary folder inside `outDir` (`.tmp-<pid>`), and only when all of them were written
 * are they renamed into `outDir`, so an interrupted or failed run never leaves a
 * half-written table that looks finished (old files stay as they were). Table names are
 * checked against `/^[a-z0-9_]+$/` before anything is written, so no input-derived string
 * can become a path outside `outDir`. CSVs are byte-identical on re-runs; sidecars differ
 * only in `date`.
 *
 * @returns Paths of the files written: in table order (CSV, then sidecar), then `schema.json` with `options.schema`.
 * @example
 * writeTableSet('outputs/tables', [{ name: 'rejects', columns: ['file', 'reason', 'detail'], rows: [] }], info);
 * // ['outputs/tables/rejects.csv', 'outputs/tables/rejects.meta.json']
 */
export function writeTableSet(
  outDir: string,
  tables: readonly TableSpec<any>[],
  sidecar: SidecarInfo,
  options: WriteTableSetOptions = {},
): string[] {
  const names = new Set<string>();
  for (const t of tables) {
    if (typeof t.name !== 'string' || !TABLE_NAME.test(t.name)) {
      throw new RangeError(`writeTableSet: invalid table name ${JSON.stringify(t.name)} (must match ${TABLE_NAME})`);
    }
    if (names.has(t.name)) throw new RangeError(`writeTableSet: duplicate table name '${t.name}'`);
    names.add(t.name);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const tmpDir = path.join(outDir, `.tmp-${process.pid}`);
  fs.rmSync(tmpDir, { recursive: true, force: true });
  fs.mkdirSync(tmpDir);
  const date = sidecar.date ?? new Date().toISOString();
  const files: string[] = [];
  const info: SidecarInfo = options.schema ? { ...sidecar, date, schema: SCHEMA_FILE } : { ...sidecar, date };
  try {
    for (const t of tables) {
      checkColumns(t.columns);
      const written = writeCsvFile(path.join(tmpDir, `${t.name}.csv`), t.columns, t.rows, { bom: options.excel, name: t.name, sync: true, flag: 'wx' });
      const meta = writeTableSidecar(written, info);
      files.push(path.basename(written.path), path.basename(meta));
    }
    if (options.schema) files.push(path.basename(writeSchemaFile(tmpDir)));
    options.beforeCommit?.(tmpDir);
    for (const f of files) fs.renameSync(path.join(tmpDir, f), path.join(outDir, f));
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
  return files.map((f) => path.join(outDir, f));
}
