/**
 * Writing sidecars: the one writer of `<table>.meta.json`, used by every table writer —
 * `khitab analyze` and `writeTables` alike. The table's hash is computed while the table is
 * written (a streamed hits table can be larger than memory) and passed in; a long `inputs` list
 * can be rendered once per run and copied into each sidecar.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { appendFileRange, writeAll } from './rowSpill';
import { sidecarDocument, type InputsFile, type SidecarInfo, type SidecarTable, type WrittenTable } from './sidecar';

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
