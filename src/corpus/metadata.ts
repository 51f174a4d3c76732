/**
 * Reading and validating the metadata table (data/metadata.csv or a user's `--meta` CSV).
 * Bad rows never throw: problems are returned as messages naming the row.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { PageMeta } from './types';
import { isPartialDate } from './dates';
import { pageIdOfFile } from './pageId';

/** Columns of the metadata table; `id` and `file` are required. */
export const META_COLUMNS = ['id', 'file', 'outlet', 'url', 'published', 'crawled', 'language', 'notes'] as const;

/** Options of `readMetadata`. */
export interface ReadMetadataOptions {
  /** Files of the corpus (relative paths); rows naming none of them are reported. Default: no check. */
  files?: string[];
  /** Known outlet ids; other outlet values are reported (and kept). Default: no check. */
  outlets?: string[];
}

/** The table read: rows by file and by id, plus validation messages. */
export interface MetadataTable {
  /** Valid rows in table order (the first of duplicate ids only). */
  rows: PageMeta[];
  /** Row for a corpus-relative file path. */
  byFile: Map<string, PageMeta>;
  /** Row for a page id. */
  byId: Map<string, PageMeta>;
  /** Messages naming the CSV and the row («metadata.csv row 3: …»); rows are numbered from 1 after the header. */
  warnings: string[];
}

/** The id of a row without one, the "file stem" below: the file's page id (`pageIdOfFile`: `s1/a.txt` → `s1/a`). */
function stemOf(file: string): string {
  return pageIdOfFile(file);
}

/**
 * Reads a metadata CSV. Missing required columns, duplicate ids, rows naming no corpus file,
 * unparseable dates and wrong field counts (too few, or extra fields, which are ignored) become
 * warnings (rows are numbered 1.. after the header); only an unreadable or unparseable file throws,
 * with an error naming it. A missing `id` defaults to the file stem, a missing
 * `file` is looked up by id (file stem).
 * @example readMetadata('data/metadata.csv').byId.get('001_be24e1eb1075d265')?.crawled // '2024-03'
 */
export function readMetadata(csvPath: string, options: ReadMetadataOptions = {}): MetadataTable {
  const name = csvPath.replace(/^.*[\\/]/, '');
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // Rows as arrays (not objects keyed by the header), so a row's own field count is known.
    parsed = parse(readFileSync(csvPath, 'utf8'), { info: true, relax_column_count: true, skip_empty_lines: true, bom: true, trim: true }) as unknown as typeof parsed;
  } catch (e) {
    throw new Error(`metadata table ${csvPath} cannot be read as CSV: ${(e as Error).message}`, { cause: e });
  }
  const warnings: string[] = [];
  const header: string[] = parsed[0]?.record ?? [];
  const records = parsed.slice(1).map(({ record, info }) => ({
    fields: record.length,
    info,
    record: Object.fromEntries(header.map((h, i) => [h, record[i]]).filter(([, v]) => v !== undefined)) as Record<string, string>,
  }));
  const missing = ['id', 'file'].filter((c) => !header.includes(c));
  if (missing.length) warnings.push(`${name}: missing required column(s) ${missing.map((c) => `'${c}'`).join(', ')}`);
  const unknownCols = header.filter((c) => !(META_COLUMNS as readonly string[]).includes(c));
  if (unknownCols.length) warnings.push(`${name}: unknown column(s) ${unknownCols.map((c) => `'${c}'`).join(', ')} ignored`);
  if (!header.includes('id') && !header.includes('file')) return { rows: [], byFile: new Map(), byId: new Map(), warnings };
  const files = options.files ? new Set(options.files) : null;
  const stems = new Map<string, string>();
  if (options.files) for (const f of options.files) if (!stems.has(stemOf(f))) stems.set(stemOf(f), f);
  const outlets = options.outlets ? new Set(options.outlets) : null;
  const rows: PageMeta[] = [];
  const byFile = new Map<string, PageMeta>();
  const byId = new Map<string, PageMeta>();
  const firstRowOfId = new Map<string, number>();
  records.forEach(({ record: r, info, fields }, idx) => {
    const row = idx + 1;
    const at = `${name} row ${row} (line ${info.lines})`;
    if (fields > header.length) warnings.push(`${at}: has ${fields} field(s), the header has ${header.length}; the extra field(s) are ignored`);
    else if (fields < header.length) warnings.push(`${at}: has ${fields} field(s), the header has ${header.length}`);
    const val = (c: string): string | null => (r[c] !== undefined && r[c] !== '' ? r[c] : null);
    let file = val('file');
    let id = val('id');
    if (!file && !id) { warnings.push(`${at}: neither id nor file given; row ignored`); return; }
    if (!file && id) file = stems.get(id) ?? `${id}.txt`;
    if (!id && file) id = stemOf(file);
    if (firstRowOfId.has(id!)) {
      warnings.push(`${at}: duplicate id '${id}' (first in row ${firstRowOfId.get(id!)}); row ignored`);
      return;
    }
    firstRowOfId.set(id!, row);
    const date = (c: 'published' | 'crawled'): string | null => {
      const v = val(c);
      if (v !== null && !isPartialDate(v)) {
        warnings.push(`${at}: ${c} '${v}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored`);
        return null;
      }
      return v;
    };
    const outlet = val('outlet');
    if (outlet !== null && outlets && !outlets.has(outlet)) warnings.push(`${at}: outlet '${outlet}' is not in data/outlets.yaml`);
    const meta: PageMeta = {
      id: id!, file: file!, outlet, url: val('url'), published: date('published'), crawled: date('crawled'),
      language: val('language'), notes: val('notes'),
    };
    if (files && !files.has(meta.file)) {
      warnings.push(`${at}: unknown id '${meta.id}': file '${meta.file}' is not in the corpus`);
    }
    rows.push(meta);
    byId.set(meta.id, meta);
    if (!byFile.has(meta.file)) byFile.set(meta.file, meta);
  });
  return { rows, byFile, byId, warnings };
}

/**
 * A metadata-table row merged with the page's own metadata (JSON-lines fields, HTML `<meta>`):
 * the table wins field by field, the page fills what the table leaves empty.
 * @example mergeMeta({...row, url: null}, {...own, url: 'https://x'}).url // 'https://x'
 */
export function mergeMeta(csv: PageMeta | undefined, own: PageMeta | null | undefined): PageMeta | null {
  if (!csv) return own ?? null;
  if (!own) return csv;
  const pick = <K extends keyof PageMeta>(k: K): PageMeta[K] => (csv[k] ?? own[k]);
  return { id: csv.id, file: csv.file, outlet: pick('outlet'), url: pick('url'), published: pick('published'),
    crawled: pick('crawled'), language: pick('language'), notes: pick('notes') };
}
