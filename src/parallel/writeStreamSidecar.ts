/**
 * Sidecars (`<table>.meta.json`) for tables written by streaming. The export module's
 * `buildSidecar` reads the whole file to hash it; a streamed hits table can be larger than memory,
 * so here the hash is computed while the file is written and passed in.
 */
import { writeFileSync, createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { sidecarDocument, type SidecarInfo, type SidecarTable } from '../export/sidecar';

/** A table file already written, with what its sidecar needs. */
export interface WrittenTable extends SidecarTable {
  /** Absolute path of the table file (`.csv` or `.parquet`). */
  path: string;
  /** SHA-256 of the file's bytes. */
  sha256: string;
  /** Whether the file starts with a UTF-8 BOM. */
  bom: boolean;
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
 * Writes `<dir>/<name>.meta.json` beside a written table; returns its path. Same document as
 * `buildSidecar` (src/export/sidecar.ts).
 * @example writeStreamSidecar({path: '/o/hits.csv', name: 'hits', columns, rowCount: 12, sha256, bom: false}, info)
 * // '/o/hits.meta.json'
 */
export function writeStreamSidecar(table: WrittenTable, info: SidecarInfo): string {
  const doc = sidecarDocument(info, { ...table, file: basename(table.path) });
  const dest = join(dirname(table.path), `${table.name}.meta.json`);
  writeFileSync(dest, `${JSON.stringify(doc, null, 2)}\n`);
  return dest;
}
