/**
 * Decoding of file bytes to text, detecting the encoding.
 *
 * Arabic pages saved from the web or exported from old Windows tools arrive as UTF-8 (with or
 * without a byte-order mark), UTF-16 (Notepad's "Unicode", with a BOM; some exports without), or
 * a legacy Arabic code page (Windows-1256, or ISO-8859-6). The order of checks is: BOM → UTF-16
 * without BOM (bytes with NULs that read as text in one byte order) → strict UTF-8 → the legacy
 * code page whose reading is clean Arabic with the more common words (arabicCodePage.ts; an unsure
 * choice is warned about) → lossy UTF-8 with the replacement characters counted.
 */
import { isUtf8 } from 'node:buffer';
import { guessArabicCodePage } from './arabicCodePage';
import { sniffUtf16WithoutBom } from './utf16WithoutBom';
import type { DecodedText, Encoding } from './types';

export { arabicShareOfNonAscii } from './arabicCodePage';

/** Options of {@link decodeBytes}. */
export interface DecodeOptions {
  /**
   * Minimum share of Arabic-block characters (U+0600–U+06FF) among the non-ASCII characters
   * of a Windows-1256 or ISO-8859-6 decoding for the bytes to be taken as that code page. Default `0.8`.
   * (In real cp1256 Arabic text nearly all high bytes are Arabic letters; random Latin-1 or
   * broken UTF-8 decodes to a mix of accented Latin letters and symbols instead: UTF-8 Arabic
   * read as cp1256 is about half Arabic, since lead bytes D8–DB are Arabic letters in cp1256 but
   * most continuation bytes are symbols.)
   */
  minArabicShare?: number;
}

/**
 * Returns the encoding announced by a byte-order mark and the BOM's length, or null without one.
 * @example sniffByteOrderMark(Uint8Array.of(0xff, 0xfe, 0x27, 0x06)) // { encoding: 'utf-16le', length: 2 }
 */
export function sniffByteOrderMark(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8-bom', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Decoders shared by every call (a `TextDecoder` keeps no state between non-streaming `decode`
 * calls), so decoding a page does not construct one per file. `STRICT_UTF8` throws on the first
 * invalid sequence: decoding with it both validates and decodes in one pass.
 */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LOSSY_UTF8 = new TextDecoder('utf-8');

/**
 * Decodes well-formed UTF-8 in one pass, or returns null when the bytes are not well-formed
 * (so the caller can try another encoding). Why: validating first and decoding afterwards scans
 * every page twice.
 * @example decodeUtf8OrNull(Buffer.from('سلام')) // 'سلام'
 * @example decodeUtf8OrNull(Uint8Array.of(0xd3, 0xe1, 0xc7, 0xe3)) // null (cp1256 «سلام»)
 */
export function decodeUtf8OrNull(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Tells whether the bytes are well-formed UTF-8 (what the strict decoder accepts), without decoding
 * them: Node's `buffer.isUtf8` validates at memory speed.
 * @example isValidUtf8(Buffer.from('سلام')) // true
 * @example isValidUtf8(Uint8Array.of(0xd3, 0xe1, 0xc7, 0xe3)) // false (cp1256 «سلام»)
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** Counts the occurrences of one character in a string. */
function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Counts U+FFFD characters that were literally present in the bytes (encoded as EF BF BD). */
function countEncodedReplacementChars(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

/**
 * Decodes bytes to text, detecting the encoding: UTF-8 with or without BOM, UTF-16 LE/BE with
 * BOM or without (`sniffUtf16WithoutBom`), Windows-1256 or ISO-8859-6 (bytes
 * that are not valid UTF-8 but decode to mostly Arabic letters; `guessArabicCodePage` picks the
 * page and sets `warning` when unsure), and otherwise lossy UTF-8 where `replacements` counts the
 * invalid sequences replaced by U+FFFD.
 * The BOM is removed from `text`; line ends are kept as they are.
 * @example decodeBytes(Buffer.from('سلام')) // { text: 'سلام', encoding: 'utf-8', replacements: 0 }
 * @example decodeBytes(Uint8Array.of(0xd3, 0xe1, 0xc7, 0xe3)) // { text: 'سلام', encoding: 'windows-1256', replacements: 0 }
 * @example decodeBytes(Uint8Array.of(0xc7, 0xe4, 0xd3, 0xe4, 0xc7, 0xe5, 0x20, 0xe1, 0xea)) // { text: 'السلام في', encoding: 'iso-8859-6', replacements: 0 }
 * @example decodeBytes(Uint8Array.of(0x61, 0x80, 0x62)) // { text: 'a\uFFFDb', encoding: 'utf-8', replacements: 1 }
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const minArabicShare = options.minArabicShare ?? 0.8;
  const bom = sniffByteOrderMark(bytes);
  if (bom && bom.encoding !== 'utf-8-bom') return decodeUtf16(bytes.subarray(bom.length), bom.encoding as 'utf-16le' | 'utf-16be');
  const start = bom ? bom.length : 0;
  const body = bytes.subarray(start);
  const encoding: Encoding = bom ? 'utf-8-bom' : 'utf-8';
  // Before UTF-8: UTF-16 of Arabic and ASCII text is often valid UTF-8 too (bytes such as 27 06 20 00).
  const order = bom ? null : sniffUtf16WithoutBom(body);
  if (order) return decodeUtf16(body, order);
  const strict = decodeUtf8OrNull(body);
  if (strict !== null) return { text: strict, encoding, replacements: 0 };
  if (!bom) {
    const legacy = guessArabicCodePage(body, { minArabicShare });
    if (legacy) return { text: legacy.text, encoding: legacy.encoding, replacements: 0, ...(legacy.warning ? { warning: legacy.warning } : {}) };
  }
  const text = LOSSY_UTF8.decode(body);
  return { text, encoding, replacements: countChar(text, '\uFFFD') - countEncodedReplacementChars(body) };
}

/** UTF-16 bytes (after any BOM) decoded, dangling odd bytes and unpaired surrogates counted as replacements. */
function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const text = new TextDecoder(encoding).decode(body);
  return { text, encoding, replacements: countChar(text, '\uFFFD') - countReplacementUnits(body, encoding) };
}

/** Counts literal U+FFFD code units in UTF-16 bytes (so they are not mistaken for replacements). */
function countReplacementUnits(bytes: Uint8Array, encoding: Encoding): number {
  let n = 0;
  const [hi, lo] = encoding === 'utf-16le' ? [1, 0] : [0, 1];
  for (let i = 0; i + 1 < bytes.length; i += 2) if (bytes[i + hi] === 0xff && bytes[i + lo] === 0xfd) n++;
  return n;
}
