/**
 * The first bytes of a corpus file, read cheaply for format detection, and the small files read
 * whole once (so the head and the content come from one read).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { OPEN_FLAGS, readOpenFile } from './readInput';
import { specialFileKind } from './specialFile';

/** Bytes sniffed for the format of a file. */
export const HEAD_BYTES = 4096;

/**
 * Files up to this size are read whole, once: the head is sniffed from the same bytes and they are
 * handed to `readInput` (larger files are sniffed from their first bytes, then streamed or read).
 */
export const WHOLE_FILE_BYTES = 8 * 1024 * 1024;

/**
 * The bytes of a readable file of at most `WHOLE_FILE_BYTES`, else null (the caller then reads it
 * the slow way, which also reports why a file is unreadable). One open, one fstat, `size` bytes read.
 */
export function readSmallFile(path: string): Buffer | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const st = fstatSync(fd);
    const size = st.size;
    if (size > WHOLE_FILE_BYTES || size === 0 || !st.isFile()) return null;
    return readOpenFile(fd, size, size);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * False when a head cannot be a JSON-lines file because its first character after ASCII white space
 * is known not to be `{` (another ASCII character, or a two-byte letter U+00C0–U+07FF such as Arabic,
 * which is no white space or BOM); true otherwise, leaving the decision to `detectFormat`.
 * @example mayStartWithBrace(Buffer.from(' {"text":"x"}')) // true
 * @example mayStartWithBrace(Buffer.from('سلام')) // false
 */
export function mayStartWithBrace(head: Uint8Array): boolean {
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 32 || (b >= 9 && b <= 13)) continue;
    if (b === 0x7b) return true;
    if (b < 0x80) return false;
    return b < 0xc3 || b > 0xdf;
  }
  return true;
}

/**
 * A head of a UTF-8 file without the last character when the cut at the head's end split it (the
 * head of a JSON-lines file whose first record is longer than the head ends anywhere).
 * @example withoutCutCharacter(Buffer.from('سلام').subarray(0, 7)).length // 6
 */
export function withoutCutCharacter(head: Uint8Array): Uint8Array {
  // Walk back over at most 3 continuation bytes to the lead byte of the last character.
  let i = head.length - 1;
  while (i >= 0 && i >= head.length - 4 && (head[i] & 0xc0) === 0x80) i--;
  if (i < 0 || head[i] < 0xc0) return head; // ASCII or no lead byte in reach: nothing cut
  const need = head[i] >= 0xf0 ? 4 : head[i] >= 0xe0 ? 3 : 2;
  return head.length - i < need ? head.subarray(0, i) : head;
}

/** The buffer `readHead` reads into, reused from file to file. */
const headBuffer = Buffer.allocUnsafe(HEAD_BYTES);

/**
 * First bytes of a file, for format detection (empty when unreadable), and the file's size (0 when
 * unreadable). The head is a view of one buffer reused by the next call: read it before calling
 * again. (A fresh 4 KB buffer per file cost a zero-fill and a free for every file of the corpus.)
 */
export function readHead(path: string): { head: Buffer; size: number; special: string | null } {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const st = fstatSync(fd);
    const special = specialFileKind(st);
    if (special !== null) return { head: headBuffer.subarray(0, 0), size: 0, special };
    const size = st.size;
    const want = Math.min(HEAD_BYTES, size);
    const got = want ? readSync(fd, headBuffer, 0, want, 0) : 0;
    return { head: headBuffer.subarray(0, got), size, special: null };
  } catch {
    return { head: Buffer.alloc(0), size: 0, special: null };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
