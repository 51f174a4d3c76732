/**
 * Recognising UTF-16 text saved without a byte-order mark (some Windows exports and database
 * dumps). Such bytes are full of NULs (ASCII as `00 xx`) and would otherwise be rejected as
 * binary. Each byte order is tried on a sample: UTF-16 Arabic text read in its own order is
 * almost all ASCII, Arabic and punctuation code units; read in the other order, or read from a
 * binary file, it is scattered over CJK, Hangul and unassigned blocks.
 */

/** Options of {@link sniffUtf16WithoutBom}. */
export interface SniffUtf16Options {
  /** Bytes inspected from the start. Default `8192`. */
  sampleBytes?: number;
  /** Least share of text-like code units for a byte order to be taken. Default `0.95`. */
  minTextShare?: number;
}

/**
 * Whether a UTF-16 code unit is one Arabic news text is made of: tab, line ends, printable ASCII,
 * Latin-1 letters and signs, the Arabic blocks (U+0600–U+06FF, supplement, extended-A,
 * presentation forms), general punctuation (incl. the zero-width and direction marks).
 */
function isTextUnit(u: number): boolean {
  if (u >= 0x20 && u < 0x7f) return true;
  if (u === 0x09 || u === 0x0a || u === 0x0d) return true;
  return (u >= 0xa0 && u <= 0xff) || (u >= 0x0600 && u <= 0x077f) || (u >= 0x08a0 && u <= 0x08ff) ||
    (u >= 0x2000 && u <= 0x206f) || (u >= 0xfb50 && u <= 0xfdff) || (u >= 0xfe70 && u <= 0xfeff);
}

/** Share of text-like code units in a sample read in one byte order. */
function textShare(sample: Uint8Array, bigEndian: boolean): number {
  const n = sample.length >> 1;
  if (n === 0) return 0;
  let text = 0;
  for (let i = 0; i < n; i++) {
    const u = bigEndian ? (sample[2 * i] << 8) | sample[2 * i + 1] : sample[2 * i] | (sample[2 * i + 1] << 8);
    if (isTextUnit(u)) text++;
  }
  return text / n;
}

/**
 * The byte order of UTF-16 text without a byte-order mark, or null when the bytes are not such
 * text: they must hold a NUL byte (UTF-16 of ASCII or Arabic always does; 8-bit text never) and one
 * order must read as at least 95% text-like code units while the other does not.
 * @example sniffUtf16WithoutBom(Buffer.from('0633064406270645', 'hex')) // 'utf-16be' («سلام»)
 * @example sniffUtf16WithoutBom(Buffer.from('سلام', 'utf8')) // null
 */
export function sniffUtf16WithoutBom(bytes: Uint8Array, options: SniffUtf16Options = {}): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, (options.sampleBytes ?? 8192) & ~1);
  if (sample.length < 2 || !sample.includes(0)) return null;
  const min = options.minTextShare ?? 0.95;
  const be = textShare(sample, true);
  const le = textShare(sample, false);
  if (be >= min && be > le) return 'utf-16be';
  if (le >= min && le > be) return 'utf-16le';
  return null;
}
