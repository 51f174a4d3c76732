/**
 * The staging form of the row tables on their way to Parquet: CSV lines that DuckDB's `read_csv`
 * (with `readStagingCsvSql`'s options) loads back into typed columns with every value unchanged.
 * It is not the CSV researchers open (that is `formatCsvRow`: rounded numbers, formula-neutralized
 * text); it is a lossless hand-off, written by the page workers as bytes, so the main thread only
 * appends them to a spill file and DuckDB reads the file once, streaming, at the end.
 *
 * Cells, by column type (`ROW_TABLE_TYPES`):
 * - null, undefined, and a number that is not finite: an empty unquoted cell, read as NULL;
 * - VARCHAR: always quoted (`"` doubled), so the empty string `""` stays an empty string
 *   (`allow_quoted_nulls=false`) and any text, newlines and NUL included, comes back as written;
 * - INTEGER, BIGINT and DOUBLE: JavaScript's shortest round-trip decimal (`-0` kept as `-0`), which
 *   DuckDB's correctly rounded parser reads back to the same double;
 * - BOOLEAN: `true` / `false`.
 * Text is encoded as UTF-8 (`TextEncoder`), so a lone surrogate becomes U+FFFD — as it would
 * through DuckDB's appender.
 */
import type { ColumnKind } from '../tables/columns';

const KIND_CODE: Record<ColumnKind, number> = { VARCHAR: 0, INTEGER: 1, BIGINT: 1, DOUBLE: 1, BOOLEAN: 2 };

/** Column kinds as small codes, cached per (types, columns) pair. */
const codesCache = new WeakMap<object, Map<readonly string[], Uint8Array>>();

function codesOf(columns: readonly string[], types: Readonly<Record<string, ColumnKind>>): Uint8Array {
  let byColumns = codesCache.get(types);
  if (!byColumns) codesCache.set(types, (byColumns = new Map()));
  let codes = byColumns.get(columns);
  if (!codes) {
    codes = new Uint8Array(columns.length);
    columns.forEach((c, i) => {
      const kind = types[c];
      if (kind === undefined) throw new Error(`staging CSV: column ${c} has no type`);
      codes![i] = KIND_CODE[kind];
    });
    byColumns.set(columns, codes);
  }
  return codes;
}

function numberCell(v: unknown, column: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'number') throw new TypeError(`staging CSV: column ${column} holds ${typeof v} ${JSON.stringify(v)}, not a number`);
  if (!Number.isFinite(v)) return '';
  return Object.is(v, -0) ? '-0' : String(v);
}

function textCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : String(v);
  return s.indexOf('"') === -1 ? `"${s}"` : `"${s.replace(/"/g, '""')}"`;
}

/**
 * The staging CSV lines of some rows (each with its `\n`), and the longest line in UTF-16 code
 * units (at most a third of its UTF-8 bytes; `readStagingCsvSql` sizes DuckDB's line buffer by it).
 * @example
 * formatStagingRows([{id: 'p1', line: 3, negated: false, speaker: null, post: ''}], ['id', 'line', 'negated', 'speaker', 'post'],
 *   {id: 'VARCHAR', line: 'INTEGER', negated: 'BOOLEAN', speaker: 'VARCHAR', post: 'VARCHAR'})
 * // {text: '"p1",3,false,,""\n', maxLine: 17}
 */
export function formatStagingRows(rows: readonly object[], columns: readonly string[], types: Readonly<Record<string, ColumnKind>>): { text: string; maxLine: number } {
  const codes = codesOf(columns, types);
  const lines = new Array<string>(rows.length);
  const cells = new Array<string>(columns.length);
  let maxLine = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Record<string, unknown>;
    for (let i = 0; i < columns.length; i++) {
      const v = row[columns[i]];
      const code = codes[i];
      cells[i] = code === 0 ? textCell(v) : code === 1 ? numberCell(v, columns[i]) : v === null || v === undefined ? '' : v ? 'true' : 'false';
    }
    const line = `${cells.join(',')}\n`;
    if (line.length > maxLine) maxLine = line.length;
    lines[r] = line;
  }
  return { text: lines.join(''), maxLine };
}

/**
 * Quotes an SQL string literal (file paths, column names).
 * @example sqlLiteral("it's") // "'it''s'"
 */
export function sqlLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** DuckDB's default `max_line_size` (bytes). */
const DEFAULT_MAX_LINE = 2 << 20;

/**
 * DuckDB's line-length and buffer settings for staging files whose longest line has `maxLine`
 * UTF-16 code units: the default 2 MB line limit unless a line may be longer (3 bytes per code
 * unit), and a read buffer of 8 MB, or one line when a line may be longer. Why not DuckDB's default
 * buffer: it is 16 times the line limit, and two such buffers did not fit in the writer's 128 MB
 * memory limit.
 * @example stagingBufferSizes(300) // {maxLineSize: 2097152, bufferSize: 8388608}
 */
export function stagingBufferSizes(maxLine: number): { maxLineSize: number; bufferSize: number } {
  const maxLineSize = Math.max(DEFAULT_MAX_LINE, 3 * maxLine + 16);
  return { maxLineSize, bufferSize: Math.max(8 << 20, maxLineSize) };
}

/**
 * The `read_csv(…)` table function call that reads a staging file back with the given column types
 * (no header; strict: a malformed line is an error, not a skipped row).
 * @example readStagingCsvSql('/tmp/hits.staging', ['id', 'line'], {id: 'VARCHAR', line: 'INTEGER'}, 300)
 * // "read_csv('/tmp/hits.staging', columns={'id': 'VARCHAR', 'line': 'INTEGER'}, header=false, …)"
 */
export function readStagingCsvSql(path: string, columns: readonly string[], types: Readonly<Record<string, ColumnKind>>, maxLine: number): string {
  const cols = columns.map((c) => `${sqlLiteral(c)}: ${sqlLiteral(types[c])}`).join(', ');
  const { maxLineSize, bufferSize } = stagingBufferSizes(maxLine);
  return `read_csv(${sqlLiteral(path)}, columns={${cols}}, header=false, auto_detect=false, delim=',', quote='"', escape='"', `
    + `new_line='\\n', allow_quoted_nulls=false, strict_mode=true, parallel=false, max_line_size=${maxLineSize}, buffer_size=${bufferSize})`;
}
