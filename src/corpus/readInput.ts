/**
 * Reading one input file into pages (minimal version: plain text only; the input-formats work
 * replaces it with content-based detection of text, HTML and JSON lines).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { decodeBytes } from './decode';
import type { Page, PageMeta, Reject } from './types';

/** Pages and rejects produced from one input file. */
export interface InputResult {
  /** Pages read; `meta` is set when the input itself carries metadata (JSON-lines fields, HTML `<meta>`/JSON-LD). */
  pages: (Omit<Page, 'meta'> & { meta?: PageMeta | null })[];
  /** Inputs (or JSON-lines records) that could not be used, with reasons. */
  rejects: Reject[];
}

/**
 * Reads a file and returns its page(s), or a reject with the reason.
 * @param path absolute path of the file
 * @param file path relative to the corpus root, used as `Page.file`
 * @example readInput('/data/corpus/000.txt', '000.txt').pages[0].id // '000'
 */
export function readInput(path: string, file: string): InputResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { pages: [], rejects: [{ file, reason: 'unreadable', detail: String((e as Error).message) }] };
  }
  if (bytes.length === 0) return { pages: [], rejects: [{ file, reason: 'empty', detail: 'file has 0 bytes' }] };
  if (bytes.includes(0)) return { pages: [], rejects: [{ file, reason: 'binary', detail: 'file contains NUL bytes; not text' }] };
  const { text, encoding, replacements } = decodeBytes(bytes);
  if (text.trim() === '') return { pages: [], rejects: [{ file, reason: 'empty', detail: 'file has only white space' }] };
  const warnings = replacements > 0 ? [`${replacements} invalid byte sequence(s) replaced by U+FFFD`] : [];
  const id = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { pages: [{ id, file, encoding, format: 'text', text, sha256, bytes: bytes.length, warnings }], rejects: [] };
}
