/**
 * Reading one input file into pages: every file ends up as page(s) or a reject with a reason.
 * The format (plain text, saved HTML page, JSON lines) and encoding are detected from the
 * content; bad input (empty, binary, unreadable, too large) is rejected, not thrown.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeBytes, sniffByteOrderMark } from './decode';
import { sniffUtf16WithoutBom } from './utf16WithoutBom';
import { emptyTextDetail, isInvisibleText } from './invisibleText';
import { detectFormat, looksBinary } from './detectFormat';
import { htmlToPageText } from './html/htmlToPage';
import { tooDeepDetail } from './html/depth';
import { htmlMetaToPageMeta } from './html/meta';
import { readJsonLines } from './jsonl';
import { notRegularFile, specialFileKind } from './specialFile';
import type { Page, PageMeta, Reject } from './types';
import { pageIdOfFile } from './pageId';

/** Pages and rejects produced from one input file. */
export interface InputResult {
  /** Pages read; `meta` is set when the input itself carries metadata (JSON-lines fields, HTML `<meta>`/JSON-LD). */
  pages: (Omit<Page, 'meta'> & { meta?: PageMeta | null })[];
  /** Inputs (or JSON-lines records) that could not be used, with reasons. */
  rejects: Reject[];
}

/**
 * Flags of every open of a corpus file: read only, and without waiting for a writer — opening a
 * named pipe (FIFO) for reading otherwise blocks until something writes to it, and the command
 * would hang. On a regular file O_NONBLOCK changes nothing.
 */
export const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

/** `readInput`'s default `maxBytes`: 512 MiB. */
export const DEFAULT_MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** Options of {@link readInput}. */
export interface ReadInputOptions {
  /** Largest file read, in bytes; larger files are rejected `too_large`. Default 512 MiB. */
  maxBytes?: number;
  /**
   * What sets `maxBytes`, named in the `too_large` detail so a reader of `rejects.csv` knows what
   * to change, e.g. `maxFileBytes, khitab analyze --max-file-mb`. Default: none.
   */
  limitSource?: string;
  /**
   * The file's bytes when the caller has already read them (the stream reads small files whole to
   * sniff their format), so the file is not read twice. Default: read from `path`.
   */
  bytes?: Buffer;
}

/** Warning text for pages without any Arabic letter. */
export const NO_ARABIC_WARNING = 'no Arabic letters';

/**
 * The detail of a `too_large` reject, in one wording for every reader of the corpus.
 * @example tooLargeDetail('the file', '9000', 100) // 'the file has 9000 bytes; the limit is 100'
 * @example tooLargeDetail('the record on line 2', '140', 100, 'maxFileBytes') // 'the record on line 2 has 140 bytes; the limit is 100 (maxFileBytes)'
 */
export function tooLargeDetail(what: string, bytes: string | number, limit: number, limitSource?: string): string {
  return `${what} has ${bytes} bytes; the limit is ${limit}${limitSource ? ` (${limitSource})` : ''}`;
}

/**
 * The bytes of an open file whose size fstat gave: `size` bytes (fewer if it shrank meanwhile, as
 * readFileSync); a size of 0 (an empty file, or one that does not know its size, such as a pipe)
 * is read to its end, and null is returned once that passes `maxBytes`.
 * @example readOpenFile(fd, fstatSync(fd).size, 1 << 20) // <Buffer …>
 */
export function readOpenFile(fd: number, size: number, maxBytes: number): Buffer | null {
  if (size > 0) {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, buf, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return got === size ? buf : buf.subarray(0, got);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  while (true) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    total += n;
    if (total > maxBytes) return null;
    chunks.push(chunk.subarray(0, n));
  }
}

/**
 * Reads a file and returns its page(s), or a reject with the reason: `unreadable` (missing,
 * a folder, no permission; a named pipe, device or socket, rejected unread as the corpus stream
 * rejects them, so `split`, `markers` and a worker all treat them alike), `too_large`, `empty` (0 bytes, or only white space and invisible marks), `binary` (NUL
 * bytes that are not UTF-16 text, or mostly control bytes), `too_deep` (saved HTML nesting elements
 * deeper than 512). Text keeps its line ends (LF, CRLF or
 * mixed). Warnings: invalid byte sequences (counted), `no Arabic letters`, HTML problems.
 * @param path absolute path of the file
 * @param file path relative to the corpus root, used as `Page.file`
 * @example readInput('/data/corpus/000.txt', '000.txt').pages[0].id // '000'
 * @example readInput('/data/corpus/empty.txt', 'empty.txt').rejects[0].reason // 'empty'
 */
export function readInput(path: string, file: string, options: ReadInputOptions = {}): InputResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const reject = (reason: string, detail: string): InputResult => ({ pages: [], rejects: [{ file, reason, detail }] });
  const tooLarge = (bytes: string) => reject('too_large', tooLargeDetail('the file', bytes, maxBytes, options.limitSource));
  let bytes: Buffer;
  if (options.bytes) {
    bytes = options.bytes;
    if (bytes.length > maxBytes) return tooLarge(String(bytes.length));
  } else {
    // One open, one fstat and the reads (a statSync before readFileSync looked the path up twice
    // and measured the file twice: ~7 µs a file, a few percent of a corpus of small files).
    let fd: number | undefined;
    try {
      fd = openSync(path, OPEN_FLAGS);
      const st = fstatSync(fd);
      const special = specialFileKind(st);
      if (special !== null) return { pages: [], rejects: [notRegularFile(file, special)] };
      const size = st.size;
      if (size > maxBytes) return tooLarge(String(size));
      const read = readOpenFile(fd, size, maxBytes);
      if (read === null) return tooLarge(`more than ${maxBytes}`);
      bytes = read;
    } catch (e) {
      return reject('unreadable', (e as NodeJS.ErrnoException).code ?? String((e as Error).message));
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  if (bytes.length === 0) return reject('empty', 'file has 0 bytes');
  const bom = sniffByteOrderMark(bytes);
  const utf16 = (bom !== null && bom.encoding !== 'utf-8-bom') || (bom === null && sniffUtf16WithoutBom(bytes) !== null);
  if (!utf16 && looksBinary(bytes)) {
    return reject('binary', bytes.subarray(0, 8192).includes(0) ? 'file contains NUL bytes; not text' : 'file is mostly control bytes; not text');
  }
  const { text, encoding, replacements, warning } = decodeBytes(bytes);
  const blank = emptyTextDetail(text);
  if (blank !== null) return reject('empty', `file has ${blank}`);
  const warnings = replacements > 0 ? [`${replacements} invalid byte sequence(s) replaced by U+FFFD`] : [];
  if (warning) warnings.push(warning);
  const format = detectFormat(text, file);

  if (format === 'jsonl') {
    const { pages, rejects } = readJsonLines(text, file, { encoding });
    for (const p of pages) p.warnings.unshift(...warnings);
    if (pages.length === 0 && rejects.length === 0) return reject('empty', 'JSON-lines file has no records');
    return { pages, rejects };
  }

  const id = pageIdOfFile(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { id, file, encoding, sha256, bytes: bytes.length };
  if (format === 'html') {
    let html;
    try {
      html = htmlToPageText(text);
    } catch (e) {
      const deep = tooDeepDetail(e);
      if (deep === null) throw e;
      return reject('too_deep', deep);
    }
    warnings.push(...html.warnings);
    if (isInvisibleText(html.text)) return reject('empty', 'HTML page has no visible text');
    if (!/[\u0600-\u06ff]/.test(html.text)) warnings.push(NO_ARABIC_WARNING);
    const meta = htmlMetaToPageMeta(html.meta, { id, file });
    return { pages: [{ ...base, format, text: html.text, roleHints: html.roleHints, meta, warnings }], rejects: [] };
  }
  if (!/[\u0600-\u06ff]/.test(text)) warnings.push(NO_ARABIC_WARNING);
  return { pages: [{ ...base, format, text, warnings }], rejects: [] };
}
