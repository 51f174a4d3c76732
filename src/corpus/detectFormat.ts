/**
 * Recognising an input's format (plain text, saved HTML page, JSON lines) and binary files by
 * their content. Researchers rename files freely (`page.txt` holding HTML, `export.json`
 * holding JSON lines), so the file extension is used only to break a tie.
 */
import type { InputFormat } from './types';

/** How many leading characters {@link detectFormat} looks at. */
const SNIFF_CHARS = 4096;

/** Extensions that break a tie toward HTML or JSON lines. */
const HTML_EXTENSIONS = /\.(html?|xhtml|mhtml?)$/i;
const JSONL_EXTENSIONS = /\.(jsonl|ndjson|jsonlines)$/i;

/**
 * Tells whether a JSON-lines line is a record the reader can use (an object with a string `text`
 * or `html` field).
 * @example isJsonLinesRecord('{"id":"a","text":"سلام"}') // true
 * @example isJsonLinesRecord('[1,2]') // false
 */
export function isJsonLinesRecord(line: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return false;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const rec = value as Record<string, unknown>;
  return typeof rec.text === 'string' || typeof rec.html === 'string';
}

/**
 * Detects the format of an input from its content; the file name's extension only breaks ties.
 * HTML: after a BOM and white space it starts with `<!doctype html`, `<html`, `<?xml … <html`, or has
 * `<head`/`<body` in the first 4 KB (or starts with a tag and the file is named `.html`).
 * JSON lines (checked first): the first non-empty line parses as a JSON object with `text` or `html` (or starts
 * with `{` and the file is named `.jsonl`/`.ndjson`). Otherwise text.
 * @example detectFormat('<!DOCTYPE html><html lang="ar">…', 'page.txt') // 'html'
 * @example detectFormat('{"id":"a1","text":"سلام"}\n', 'export.json') // 'jsonl'
 * @example detectFormat('سلام عليكم', 'page.html') // 'text'
 */
export function detectFormat(bytesOrText: Uint8Array | string, fileName: string): InputFormat {
  const head = typeof bytesOrText === 'string'
    ? bytesOrText.slice(0, SNIFF_CHARS)
    : new TextDecoder('utf-8').decode(bytesOrText.subarray(0, SNIFF_CHARS));
  const start = head.replace(/^[\uFEFF\s]+/, '');
  // Every HTML and JSON-lines rule needs a '<' in the window or a leading '{': plain text exits here.
  if (!start.startsWith('{') && !start.includes('<')) return 'text';
  const lower = start.toLowerCase();
  // JSON lines first: a record's `html` field holds `<head>`/`<body>` within the sniff window.
  if (start.startsWith('{')) {
    const firstLine = firstNonEmptyLine(bytesOrText);
    if (firstLine !== null && isJsonLinesRecord(firstLine)) return 'jsonl';
    if (JSONL_EXTENSIONS.test(fileName)) return 'jsonl';
  }
  if (lower.startsWith('<!doctype html') || lower.startsWith('<html')) return 'html';
  if (lower.startsWith('<?xml') && lower.includes('<html')) return 'html';
  if (/<(head|body)[\s>]/.test(lower)) return 'html';
  if (lower.startsWith('<') && /^<(!--|[a-z][a-z0-9]*[\s>])/.test(lower) && HTML_EXTENSIONS.test(fileName)) return 'html';

  return 'text';
}

/** The first line with non-space content (whole line, even when longer than the sniff window). */
function firstNonEmptyLine(bytesOrText: Uint8Array | string): string | null {
  const text = typeof bytesOrText === 'string' ? bytesOrText : null;
  if (text !== null) {
    let from = 0;
    while (from <= text.length) {
      const end = text.indexOf('\n', from);
      const line = text.slice(from, end === -1 ? text.length : end).replace(/^\uFEFF/, '');
      if (line.trim() !== '') return line;
      if (end === -1) return null;
      from = end + 1;
    }
    return null;
  }
  const bytes = bytesOrText as Uint8Array;
  let from = 0;
  while (from < bytes.length) {
    let end = bytes.indexOf(0x0a, from);
    if (end === -1) end = bytes.length;
    const line = new TextDecoder('utf-8').decode(bytes.subarray(from, end));
    if (line.trim() !== '') return line;
    from = end + 1;
  }
  return null;
}

/** Options of {@link looksBinary}. */
export interface LooksBinaryOptions {
  /** How many leading bytes to inspect. Default `8192`. */
  sampleBytes?: number;
  /** Share of control bytes (other than tab, LF, CR, FF, VT, ESC) above which bytes are binary. Default `0.1`. */
  maxControlShare?: number;
}

/**
 * Tells whether bytes look like a binary file rather than text: a NUL byte anywhere in the
 * sample, or more than 10% control bytes. Call it only for bytes without a UTF-16 BOM (UTF-16
 * text is full of NUL bytes).
 * @example looksBinary(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00)) // true (PNG header)
 * @example looksBinary(Buffer.from('سلام\r\n')) // false
 */
export function looksBinary(bytes: Uint8Array, options: LooksBinaryOptions = {}): boolean {
  const sample = bytes.subarray(0, options.sampleBytes ?? 8192);
  const maxShare = options.maxControlShare ?? 0.1;
  if (sample.length === 0) return false;
  let control = 0;
  // Indexed loop: iterating a typed array with for…of goes through the iterator protocol, ~10× slower here.
  for (let i = 0, n = sample.length; i < n; i++) {
    const b = sample[i];
    if (b >= 0x20) {
      if (b === 0x7f) control++;
      continue;
    }
    if (b === 0) return true;
    if (b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) control++;
  }
  return control / sample.length > maxShare;
}
