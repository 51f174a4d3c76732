import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { arabicShareOfNonAscii, decodeBytes, isValidUtf8, sniffByteOrderMark } from '../../src/corpus/decode';
import type { DecodedText } from '../../src/corpus/types';

const DIR = resolve(__dirname, '../fixtures/encodings');
const cases = parseYaml(readFileSync(join(DIR, 'cases.yaml'), 'utf8')) as { input: string; expected: DecodedText; note: string }[];

describe('decodeBytes', () => {
  it('has the encoding case table', () => {
    expect(cases.length).toBe(9);
  });

  it.each(cases)('$input ($note)', ({ input, expected }) => {
    expect(decodeBytes(readFileSync(join(DIR, input)))).toEqual(expected);
  });

  it('decodes cp1256 bytes built in the test from a code-page table', () => {
    // Windows-1256 code points from the Unicode mapping table (unicode.org MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1256.TXT):
    // 0xC7 ا, 0xE1 ل, 0xD3 س, 0xE3 م, 0xA1 ، (Arabic comma), 0xBF ؟
    const bytes = Uint8Array.of(0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3, 0xa1, 0x20, 0xe3, 0xd3, 0xc7, 0xc1, 0xbf);
    expect(decodeBytes(bytes)).toEqual({ text: 'السلام، مساء؟', encoding: 'windows-1256', replacements: 0 });
  });

  it('does not count a literal U+FFFD in valid UTF-8 as a replacement', () => {
    expect(decodeBytes(Buffer.from('أ\uFFFDب', 'utf8'))).toEqual({ text: 'أ\uFFFDب', encoding: 'utf-8', replacements: 0 });
  });

  it('counts a dangling odd byte of UTF-16 as one replacement', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('سلام', 'utf16le'), Buffer.from([0x41])]);
    expect(decodeBytes(bytes)).toEqual({ text: 'سلام\uFFFD', encoding: 'utf-16le', replacements: 1 });
  });

  it('keeps CR, LF and CRLF exactly', () => {
    expect(decodeBytes(Buffer.from('أ\r\nب\nج\rد')).text).toBe('أ\r\nب\nج\rد');
  });

  it('decodes a 10 MB single line', () => {
    const line = 'تطبيع '.repeat(1_000_000); // 6 chars × 1e6 = 6e6 chars, 11e6 bytes
    const out = decodeBytes(Buffer.from(line, 'utf8'));
    expect(out.encoding).toBe('utf-8');
    expect(out.text.length).toBe(6_000_000);
  });
});

describe('sniffByteOrderMark', () => {
  it('recognises the three BOMs and nothing else', () => {
    expect(sniffByteOrderMark(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).toEqual({ encoding: 'utf-8-bom', length: 3 });
    expect(sniffByteOrderMark(Uint8Array.of(0xff, 0xfe, 0x27, 0x06))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(sniffByteOrderMark(Uint8Array.of(0xfe, 0xff, 0x06, 0x27))).toEqual({ encoding: 'utf-16be', length: 2 });
    expect(sniffByteOrderMark(Uint8Array.of(0xd8, 0xa7))).toBeNull();
  });
});

describe('isValidUtf8', () => {
  it('accepts UTF-8 Arabic and rejects cp1256 Arabic', () => {
    expect(isValidUtf8(Buffer.from('سلام'))).toBe(true);
    expect(isValidUtf8(Uint8Array.of(0xd3, 0xe1, 0xc7, 0xe3))).toBe(false);
  });
});

describe('arabicShareOfNonAscii', () => {
  it('counts Arabic among non-ASCII characters', () => {
    expect(arabicShareOfNonAscii('abc سلام é')).toBe(0.8);
    expect(arabicShareOfNonAscii('abc')).toBe(0);
  });
});
