/**
 * Reading a corpus folder as a stream: pages (or rejects) one at a time, in a stable order, without
 * holding the corpus in memory. The in-memory `loadCorpus` is simpler for the notebooks; this is
 * for corpora of hundreds of megabytes (see docs/scaling.md).
 */
import { join } from 'node:path';
import { readInput, tooLargeDetail, DEFAULT_MAX_INPUT_BYTES } from './readInput';
import { detectFormat } from './detectFormat';
import { metadataPathOf, walkCorpusFiles, type CorpusFilesOptions } from './listCorpusFiles';

export { listCorpusFiles, metadataPathOf, walkCorpusFiles } from './listCorpusFiles';
import { mergeMeta, readMetadata, type MetadataTable } from './metadata';
import { loadOutlets } from './outlets';
import { isValidUtf8, sniffByteOrderMark } from './decode';
import { readJsonLinesRecord } from './jsonl';
import { sha256OfFile } from './sha256OfFile';
import { readLinesSync } from './readLinesSync';
import { HEAD_BYTES, mayStartWithBrace, readHead, readSmallFile, withoutCutCharacter } from './fileHead';
import { CorpusDeduper } from './corpusDeduper';
import { notRegularFile } from './specialFile';
import type { Page, PageMeta, Reject } from './types';

/** One item of a corpus stream: a page to analyze, or an input that could not be used. */
export type CorpusItem = { kind: 'page'; page: Page } | { kind: 'reject'; reject: Reject };

/** Options of `streamCorpus` and `listCorpusFiles`. */
export interface StreamCorpusOptions extends CorpusFilesOptions {
  /** Reject a file whose pages hash like an earlier file's (reason `duplicate`), as `loadCorpus`. Default true. */
  dedupe?: boolean;
  /** Keep only files for which this returns true (sharding: see `shardSelector`). Default: all. */
  select?: (file: string) => boolean;
  /** The metadata table, already read (null: none). Default: read as `corpusMetadata` does. */
  metadataTable?: MetadataTable | null;
  /**
   * The folder's files as `listCorpusFiles` (or `walkCorpusFiles`) gives them with these options;
   * iterated once by the stream, and once more by `corpusMetadata` when a metadata table is read
   * (so an array, or an iterable that starts over). Default: walked here, one folder at a time.
   */
  files?: Iterable<string>;
  /**
   * Largest file, and largest JSON-lines record, analyzed, in bytes; a larger one is rejected
   * `too_large` (a file without being read). Default 512 MiB, as `readInput`; `analyzeFolder`
   * uses `DEFAULT_MAX_FILE_BYTES`, since a page's analysis holds several times its size.
   */
  maxFileBytes?: number;
}

/**
 * `analyzeFolder`'s `maxFileBytes`: 8 MiB. A page's analysis holds several times its size (saved
 * HTML ~30 times; figures in docs/scaling.md), and news pages are far smaller (Common Crawl
 * truncates HTML records at 1 MiB).
 */
export const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * The reject of a folder the walk could not read: its files are unknown, so the folder itself is
 * the row (`sub/`), in the place its files would have had.
 * @example unreadableFolder('2019/', Object.assign(new Error('x'), {code: 'EACCES'})).detail // 'folder: EACCES; its files could not be listed'
 */
export function unreadableFolder(folder: string, error: NodeJS.ErrnoException): Reject {
  return { file: folder, reason: 'unreadable', detail: `folder: ${error.code ?? error.message}; its files could not be listed` };
}

/** What sets the stream's size limit, as its `too_large` rejects name it. */
const LIMIT_SOURCE = 'maxFileBytes, khitab analyze --max-file-mb';

/** The reject of a file or JSON-lines record over the size limit. */
function tooLarge(file: string, what: string, bytes: number, limit: number): Reject {
  return { file, reason: 'too_large', detail: tooLargeDetail(what, bytes, limit, LIMIT_SOURCE) };
}

/**
 * A corpus file whose reading is left to the consumer (`streamCorpusJobs`): a worker thread reads,
 * decodes and hashes it with `readCorpusFile`, then the consumer applies `CorpusDeduper`.
 */
export interface DeferredFile {
  kind: 'file';
  /** Path relative to the corpus root (`Page.file`). */
  file: string;
  /** Absolute path. */
  path: string;
  /** Size in bytes when listed (for batching and progress). */
  size: number;
  /**
   * The size limit (`maxFileBytes`) the reader applies again: a file can grow after it was
   * listed, and one that does not know its size (fstat says 0: a pipe, a device) is read until
   * its end. Default: `readInput`'s (512 MiB).
   */
  maxBytes?: number;
}

/**
 * A JSON-lines record left to the consumer to parse (`streamCorpusJobs`): a worker thread turns it
 * into a page or a reject with `readJsonLinesRecord` and `withMetadata`.
 */
export interface DeferredRecord {
  kind: 'record';
  /** The JSON-lines file, relative to the corpus root. */
  file: string;
  /** 1-based line number of the record. */
  lineNo: number;
  /** The record's line (byte-order mark and CR removed). */
  line: string;
}

/** An item of `streamCorpusJobs`: a page, a reject, or a file or record left to the consumer. */
export type CorpusJob = CorpusItem | DeferredFile | DeferredRecord;

/** What `readCorpusFile` found in one file. */
export interface CorpusFileRead {
  /** Pages with their metadata merged (empty when the file is rejected). */
  pages: Page[];
  /** Rejects of the file (the whole file when `pages` is empty; else rejected records). */
  rejects: Reject[];
  /** Key that tells duplicate files apart (null when the file has no pages). */
  dedupeKey: string | null;
  /** SHA-256 of the first page (for the duplicate message), or null. */
  sha256: string | null;
}

/**
 * Merges a page's own metadata with its row of the metadata table (by file, else by id) and takes
 * the table's id, as `loadCorpus` does.
 * @example withMetadata(table, page).meta?.outlet // 'orient_news'
 */
export function withMetadata(table: Pick<MetadataTable, 'byFile' | 'byId'> | null, p: Omit<Page, 'meta'> & { meta?: PageMeta | null }): Page {
  const row = table ? (table.byFile.get(p.file) ?? table.byId.get(p.id)) : undefined;
  const meta = mergeMeta(row, p.meta);
  return { ...p, id: row?.id ?? meta?.id ?? p.id, meta } as Page;
}

/**
 * Reads one corpus file that is not streamed record by record (text, saved HTML, and JSON lines
 * that are not UTF-8) into pages with metadata, or rejects; `dedupeKey` joins the pages' hashes.
 * Safe to call on a worker thread: it only reads the file. Files over `maxBytes` (default 512 MiB)
 * are rejected `too_large`, in the stream's wording.
 * @example readCorpusFile('/abs/data/corpus/000.txt', '000.txt', null).pages[0].id // '000_be8fd5d588858933'
 */
export function readCorpusFile(
  path: string, file: string, table: Pick<MetadataTable, 'byFile' | 'byId'> | null, bytes?: Buffer | null, maxBytes?: number,
): CorpusFileRead {
  const r = readInput(path, file, { ...(bytes ? { bytes } : {}), ...(maxBytes !== undefined ? { maxBytes } : {}), limitSource: LIMIT_SOURCE });
  if (r.pages.length === 0) {
    return { pages: [], rejects: r.rejects.length ? r.rejects : [{ file, reason: 'empty', detail: 'no page in file' }], dedupeKey: null, sha256: null };
  }
  return {
    pages: r.pages.map((p) => withMetadata(table, p)), rejects: r.rejects,
    dedupeKey: r.pages.map((p) => p.sha256).join(','), sha256: r.pages[0].sha256,
  };
}


/**
 * The metadata table that applies to a corpus folder (`metadata.csv` beside it, or `options.meta`),
 * or null.
 * @example corpusMetadata('data/corpus')?.rows.length // 5
 */
export function corpusMetadata(root: string, options: StreamCorpusOptions = {}, files?: Iterable<string>): MetadataTable | null {
  const metaPath = metadataPathOf(root, options);
  if (!metaPath) return null; // the corpus is not listed for nothing
  // A folder that cannot be read is the stream's to report.
  const listed = files ?? walkCorpusFiles(root, { ...options, onUnreadableFolder: () => undefined });
  return readMetadata(metaPath, { files: [...listed], outlets: loadOutlets().map((o) => o.id) });
}

/**
 * Streams a corpus folder: every file (recursively, sorted by path) becomes pages or a reject, and
 * JSON-lines files are read record by record, so memory holds one file (or one record) at a time.
 * Same pages, ids, metadata, rejects and order as `loadCorpus` (except: a streamed JSON-lines file
 * is a duplicate when its bytes equal an earlier file's; duplicate page ids are not checked).
 * Every listed file yields at least one item.
 * @example
 * for await (const item of streamCorpus('data/corpus')) console.log(item.kind, item.kind === 'page' ? item.page.id : item.reject.file);
 * // page 000_be8fd5d588858933
 * // page 001_be24e1eb1075d265 …
 */
export async function* streamCorpus(root: string, options: StreamCorpusOptions = {}): AsyncGenerator<CorpusItem> {
  yield* corpusItems(root, options, false) as AsyncGenerator<CorpusItem>;
}

/**
 * `streamCorpus` for a parallel consumer: JSON-lines files are still streamed here line by line,
 * but each record is yielded unparsed as a `DeferredRecord`, and every other file is yielded unread
 * as a `DeferredFile` (after a 4 KB sniff), so parsing, reading, decoding and hashing happen where
 * the consumer wants — on worker threads — with `readJsonLinesRecord` and `readCorpusFile`. The consumer must dedupe those files in order with a `CorpusDeduper` (JSON-lines
 * duplicates are rejected here, as in `streamCorpus`; their keys never equal a file's page hashes).
 * `options.metadataTable` is used for the streamed records.
 * @example
 * for await (const job of streamCorpusJobs('data/corpus')) job.kind // 'file' (5 times)
 */
export async function* streamCorpusJobs(root: string, options: StreamCorpusOptions = {}): AsyncGenerator<CorpusJob> {
  yield* corpusItems(root, options, true);
}

async function* corpusItems(root: string, options: StreamCorpusOptions, defer: boolean): AsyncGenerator<CorpusJob> {
  const table = options.metadataTable !== undefined ? options.metadataTable : corpusMetadata(root, options, options.files);
  // Walked one folder at a time: the stream never holds the corpus's list of files. A folder that
  // cannot be read, and a link the walk does not follow, is a reject in its place (in the shard its
  // path falls in).
  const unreadable: Reject[] = [];
  const files = options.files ?? walkCorpusFiles(root, {
    ...options,
    onUnreadableFolder: (folder, e) => {
      if (!options.select || options.select(folder)) unreadable.push(unreadableFolder(folder, e));
    },
    onRefusedLink: (r) => {
      if (!options.select || options.select(r.file)) unreadable.push(r);
    },
  });
  const deduper = options.dedupe === false ? null : new CorpusDeduper();
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (!(maxBytes > 0)) throw new RangeError(`streamCorpus: maxFileBytes must be positive, got ${options.maxFileBytes}`);
  for (const file of files) {
    while (unreadable.length > 0) yield { kind: 'reject', reject: unreadable.shift()! };
    if (options.select && !options.select(file)) continue;
    const abs = join(root, ...file.split('/'));
    let whole: Buffer | null = null;
    let head: Buffer;
    let size = 0;
    let special: string | null = null;
    if (defer) ({ head, size, special } = readHead(abs));
    else {
      whole = readSmallFile(abs);
      if (whole) head = whole.subarray(0, HEAD_BYTES);
      else ({ head, special } = readHead(abs));
    }
    if (special !== null) {
      yield { kind: 'reject', reject: notRegularFile(file, special) };
      continue;
    }
    const bom = sniffByteOrderMark(head);
    const utf16 = bom !== null && bom.encoding !== 'utf-8-bom';
    // Stream only UTF-8 JSON lines; anything else (UTF-16, windows-1256) goes through readInput's
    // encoding detection, whole file, as in loadCorpus.
    const lastNl = head.lastIndexOf(10);
    if (head.length > 0 && !utf16 && mayStartWithBrace(head) && isValidUtf8(lastNl >= 0 ? head.subarray(0, lastNl) : withoutCutCharacter(head)) &&
        !head.includes(0) && detectFormat(head, file) === 'jsonl') {
      if (deduper) {
        const sha = await sha256OfFile(abs);
        const dup = deduper.duplicateOf(file, `file:${sha}`, sha);
        if (dup) { yield { kind: 'reject', reject: dup }; continue; }
      }
      let lineNo = 0;
      let any = false;
      for (const raw of readLinesSync(abs)) {
        lineNo++;
        const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
        if (line.trim() === '') continue;
        any = true;
        // UTF-8 takes at most 3 bytes per UTF-16 unit: only a long line needs counting. The reject
        // names its record as every record's reject does (`file#line`).
        if (line.length * 3 > maxBytes) {
          const n = Buffer.byteLength(line);
          if (n > maxBytes) { yield { kind: 'reject', reject: tooLarge(`${file}#${lineNo}`, `the record on line ${lineNo}`, n, maxBytes) }; continue; }
        }
        if (defer) { yield { kind: 'record', file, lineNo, line }; continue; }
        const item = readJsonLinesRecord(line, lineNo, file);
        yield item.kind === 'page' ? { kind: 'page', page: withMetadata(table, item.page) } : { kind: 'reject', reject: item.reject };
      }
      if (!any) yield { kind: 'reject', reject: { file, reason: 'empty', detail: 'JSON-lines file has no records' } };
      continue;
    }
    if (defer) {
      yield size > maxBytes ? { kind: 'reject', reject: tooLarge(file, 'the file', size, maxBytes) } : { kind: 'file', file, path: abs, size, maxBytes };
      continue;
    }
    const r = readCorpusFile(abs, file, table, whole, maxBytes);
    if (r.pages.length === 0) {
      for (const j of r.rejects) yield { kind: 'reject', reject: j };
      continue;
    }
    const dup = deduper?.duplicateOf(file, r.dedupeKey!, r.sha256!);
    if (dup) { yield { kind: 'reject', reject: dup }; continue; }
    for (const j of r.rejects) yield { kind: 'reject', reject: j };
    for (const p of r.pages) yield { kind: 'page', page: p };
  }
  while (unreadable.length > 0) yield { kind: 'reject', reject: unreadable.shift()! };
}
