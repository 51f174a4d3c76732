/**
 * JSON-lines input: one record per line, `{id, outlet?, url?, published?, crawled?, language?, text | html}`,
 * as scrapers and database exports write them. Each good record becomes a page; a bad record
 * becomes a reject naming its line, and the other records are still read.
 */
import { createHash } from 'node:crypto';
import type { Role } from './types';
import { htmlToPageText } from './html/htmlToPage';
import { tooDeepDetail } from './html/depth';
import { emptyTextDetail } from './invisibleText';
import { htmlMetaToPageMeta } from './html/meta';
import type { Encoding, Page, PageMeta, Reject } from './types';
import { pageIdOfFile } from './pageId';

/** A page read from a JSON-lines record (metadata from the record's fields). */
export type JsonLinesPage = Omit<Page, 'meta'> & { meta: PageMeta };

/** Options of {@link readJsonLines}. */
export interface ReadJsonLinesOptions {
  /** Encoding detected for the file, reported on every page. Default `'utf-8'`. */
  encoding?: Encoding;
  /** Longest id kept; longer ids are cut. Default `200`. */
  maxIdLength?: number;
}

/**
 * Yields the lines of a text one at a time with their 1-based numbers, without splitting the
 * whole text at once (a JSON-lines export can be hundreds of megabytes). A trailing CR is removed.
 * @example [...iterateLines('a\r\nb')] // [{ lineNo: 1, line: 'a' }, { lineNo: 2, line: 'b' }]
 */
export function* iterateLines(text: string): Generator<{ lineNo: number; line: string }> {
  let from = 0;
  let lineNo = 0;
  while (from < text.length) {
    lineNo++;
    let end = text.indexOf('\n', from);
    if (end === -1) end = text.length;
    const stop = end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    yield { lineNo, line: text.slice(from, stop) };
    from = end + 1;
  }
}

/**
 * Cleans a record id so it is safe to show and store as data: control and bidi-override
 * characters removed, white space collapsed, cut to `maxLength`. Ids are never used as file paths.
 * @example sanitizeRecordId(' ../../etc/passwd\u0000 ') // '../../etc/passwd'
 */
export function sanitizeRecordId(id: string, maxLength = 200): string {
  return id
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength);
}

/** Returns a string field, null when absent or null, or undefined when of the wrong type. */
function optionalString(rec: Record<string, unknown>, key: string): string | null | undefined {
  const v = rec[key];
  if (v === undefined || v === null) return null;
  return typeof v === 'string' ? (v.trim() === '' ? null : v.trim()) : undefined;
}

/** Result of reading one JSON-lines record: a page, or a reject naming the line. */
export type JsonLinesRecordResult = { kind: 'page'; page: JsonLinesPage } | { kind: 'reject'; reject: Reject };

/**
 * Reads one non-blank JSON-lines record (line `lineNo` of `file`) into a page, or a reject with
 * reason `bad_record` (invalid JSON, not an object, no string `text`/`html`, non-string id),
 * `too_deep` (an `html` field nesting elements deeper than 512) or `empty`. Exposed so a streaming reader can call it line by line.
 * @example readJsonLinesRecord('{"id":"a1","text":"سلام"}', 1, 'x.jsonl') // { kind: 'page', page: { id: 'a1', file: 'x.jsonl#1', … } }
 */
export function readJsonLinesRecord(line: string, lineNo: number, file: string, options: ReadJsonLinesOptions = {}): JsonLinesRecordResult {
  const encoding = options.encoding ?? 'utf-8';
  const maxIdLength = options.maxIdLength ?? 200;
  const stem = pageIdOfFile(file);
  const where = `${file}#${lineNo}`;
  const bad = (detail: string): JsonLinesRecordResult => ({ kind: 'reject', reject: { file: where, reason: 'bad_record', detail: `line ${lineNo}: ${detail}` } });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return bad(`invalid JSON (${(e as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return bad('not a JSON object');
  const rec = value as Record<string, unknown>;
  if (rec.id !== undefined && typeof rec.id !== 'string') return bad(`id is not a string (${JSON.stringify(rec.id)})`);
  const hasText = typeof rec.text === 'string';
  const hasHtml = typeof rec.html === 'string';
  if (!hasText && !hasHtml) return bad('no string "text" or "html" field');
  const warnings: string[] = [];
  let id = typeof rec.id === 'string' ? sanitizeRecordId(rec.id, maxIdLength) : '';
  if (id === '') {
    id = `${stem}#${lineNo}`;
    warnings.push(`line ${lineNo}: record has no usable id; using ${id}`);
  }
  const fields: Record<string, string | null> = {};
  for (const key of ['outlet', 'url', 'published', 'crawled', 'language']) {
    const v = optionalString(rec, key);
    if (v === undefined) warnings.push(`line ${lineNo}: field "${key}" is not a string; ignored`);
    fields[key] = v ?? null;
  }
  let pageText: string;
  let roleHints: (Role | null)[] | undefined;
  let htmlMeta: PageMeta | null = null;
  if (hasText) {
    pageText = rec.text as string;
  } else {
    let converted;
    try {
      converted = htmlToPageText(rec.html as string);
    } catch (e) {
      const deep = tooDeepDetail(e);
      if (deep === null) throw e;
      return { kind: 'reject', reject: { file: where, reason: 'too_deep', detail: `line ${lineNo}: ${deep}` } };
    }
    pageText = converted.text;
    roleHints = converted.roleHints;
    htmlMeta = htmlMetaToPageMeta(converted.meta, { id, file: where });
    warnings.push(...converted.warnings);
  }
  const blank = emptyTextDetail(pageText);
  if (blank !== null) return { kind: 'reject', reject: { file: where, reason: 'empty', detail: `line ${lineNo}: record text is empty${blank === 'only white space' ? '' : ` (${blank})`}` } };
  if (!/[\u0600-\u06ff]/.test(pageText)) warnings.push('no Arabic letters');
  const meta: PageMeta = {
    id,
    file: where,
    outlet: fields.outlet,
    url: fields.url ?? htmlMeta?.url ?? null,
    published: fields.published ?? htmlMeta?.published ?? null,
    crawled: fields.crawled,
    language: fields.language ?? htmlMeta?.language ?? null,
    notes: ['from JSON-lines record fields', htmlMeta?.notes].filter(Boolean).join('; '),
  };
  const page: JsonLinesPage = {
    id,
    file: where,
    encoding,
    format: 'jsonl',
    text: pageText,
    sha256: createHash('sha256').update(line, 'utf8').digest('hex'),
    bytes: Buffer.byteLength(line, 'utf8'),
    meta,
    warnings,
  };
  if (roleHints) page.roleHints = roleHints;
  return { kind: 'page', page };
}

/**
 * Reads a JSON-lines text into pages and rejects, line by line with {@link readJsonLinesRecord}.
 * Page `file` is `<file>#<lineNo>`, `id` the record's id (sanitized; `<stem>#<lineNo>` when the
 * record has none), `meta` from the record fields, `format` `jsonl`, `sha256`/`bytes` of the
 * record line (UTF-8); `html` records are converted like saved pages (with role hints). Blank
 * lines are skipped. Bad records are rejected with reason `bad_record` naming the line; the other
 * records are still read.
 * @example readJsonLines('{"id":"a1","outlet":"orient_news","text":"سلام"}\n{bad\n', 'export.jsonl').rejects[0].file // 'export.jsonl#2'
 */
export function readJsonLines(text: string, file: string, options: ReadJsonLinesOptions = {}): { pages: JsonLinesPage[]; rejects: Reject[] } {
  const pages: JsonLinesPage[] = [];
  const rejects: Reject[] = [];
  for (const { lineNo, line } of iterateLines(text.replace(/^\uFEFF/, ''))) {
    if (line.trim() === '') continue;
    const r = readJsonLinesRecord(line, lineNo, file, options);
    if (r.kind === 'page') pages.push(r.page);
    else rejects.push(r.reject);
  }
  return { pages, rejects };
}
