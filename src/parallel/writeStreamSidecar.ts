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
 * `buildSidecar` (src/export/sidecar.ts). `inputsJson`, when given, is the `inputs` list already
 * rendered (`InputLog.renderJson(1)`) and replaces `info.inputs`, so a long list is stringified
 * once for all the tables of a run instead of once per table.
 * @example writeStreamSidecar({path: '/o/hits.csv', name: 'hits', columns, rowCount: 12, sha256, bom: false}, info)
 * // '/o/hits.meta.json'
 */
export function writeStreamSidecar(table: WrittenTable, info: SidecarInfo, inputsJson?: string): string {
  const doc = sidecarDocument(inputsJson === undefined ? info : { ...info, inputs: [] }, { ...table, file: basename(table.path) });
  let text = JSON.stringify(doc, null, 2);
  if (inputsJson !== undefined) {
    const slot = '\n  "inputs": [],\n';
    const at = text.indexOf(slot);
    if (at < 0 || text.indexOf(slot, at + 1) >= 0) throw new Error('writeStreamSidecar: no single inputs slot in the sidecar document');
    text = `${text.slice(0, at)}\n  "inputs": ${inputsJson},\n${text.slice(at + slot.length)}`;
  }
  const dest = join(dirname(table.path), `${table.name}.meta.json`);
  writeFileSync(dest, `${text}\n`);
  return dest;
}
