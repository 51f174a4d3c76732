/**
 * Sidecars (`<table>.meta.json`) for tables written by streaming. The export module's
 * `buildSidecar` reads the whole file to hash it; a streamed hits table can be larger than memory,
 * so here the hash is computed while the file is written and passed in.
 */
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sidecarDocument, type SidecarInfo, type SidecarTable } from '../export/sidecar';
import { appendFileRange, writeAll } from '../export/rowSpill';
import { sha256OfFile } from '../corpus/sha256OfFile';

/** A table file already written, with what its sidecar needs. */
export interface WrittenTable extends SidecarTable {
  /** Absolute path of the table file (`.csv` or `.parquet`). */
  path: string;
  /** SHA-256 of the file's bytes. */
  sha256: string;
  /** Whether the file starts with a UTF-8 BOM. */
  bom: boolean;
}

/** Re-exported for the callers that hash the tables they write (one helper: corpus/sha256OfFile). */
export { sha256OfFile };

/** An `inputs` list already rendered to a file (`InputLog.writeJson(path, 1)`), and its size. */
export interface InputsFile {
  path: string;
  bytes: number;
}

/**
 * Writes `<dir>/<name>.meta.json` beside a written table; returns its path. Same document as
 * `buildSidecar` (src/export/sidecar.ts). `inputs`, when given, is the `inputs` list already
 * rendered (`InputLog.renderJson(1)`, or a file `InputLog.writeJson(path, 1)` wrote) and replaces
 * `info.inputs`, so a long list is stringified once for all the tables of a run instead of once
 * per table — and, from a file, is copied into each sidecar without being held in memory.
 * @example writeStreamSidecar({path: '/o/hits.csv', name: 'hits', columns, rowCount: 12, sha256, bom: false}, info)
 * // '/o/hits.meta.json'
 */
export function writeStreamSidecar(table: WrittenTable, info: SidecarInfo, inputs?: string | InputsFile): string {
  const doc = sidecarDocument(inputs === undefined ? info : { ...info, inputs: [] }, { ...table, file: basename(table.path) });
  const text = JSON.stringify(doc, null, 2);
  const dest = join(dirname(table.path), `${table.name}.meta.json`);
  if (inputs === undefined) {
    writeFileSync(dest, `${text}\n`);
    return dest;
  }
  const slot = '\n  "inputs": [],\n';
  const at = text.indexOf(slot);
  if (at < 0 || text.indexOf(slot, at + 1) >= 0) throw new Error('writeStreamSidecar: no single inputs slot in the sidecar document');
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
