import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeUtf8OrNull } from '../../src/corpus/decode';

describe('decodeUtf8OrNull', () => {
  it('decodes well-formed UTF-8 and refuses anything else', () => {
    expect(decodeUtf8OrNull(Buffer.from('سلام\r\n'))).toBe('سلام\r\n');
    expect(decodeUtf8OrNull(Uint8Array.of(0xd3, 0xe1, 0xc7, 0xe3))).toBeNull(); // cp1256 «سلام»
    expect(decodeUtf8OrNull(Uint8Array.of(0x61, 0xd8))).toBeNull(); // truncated sequence at the end
  });

  it('keeps no state from a refused input (the decoder is shared)', () => {
    expect(decodeUtf8OrNull(Uint8Array.of(0xe3, 0x81))).toBeNull();
    expect(decodeUtf8OrNull(Uint8Array.of(0x81, 0x61))).toBeNull(); // would complete the previous bytes if state leaked
    expect(decodeUtf8OrNull(Buffer.from('ب'))).toBe('ب');
  });

  it('lets decodeBytes fall back to Windows-1256 and to lossy UTF-8 after a refusal', () => {
    // Four bytes cannot tell the code pages apart (ISO-8859-6 reads «سفاك»): chosen, and said so.
    expect(decodeBytes(Uint8Array.of(0xd3, 0xe1, 0xc7, 0xe3))).toMatchObject({ text: 'سلام', encoding: 'windows-1256', replacements: 0, warning: expect.stringMatching(/^encoding unsure/) });
    expect(decodeBytes(Uint8Array.of(0x61, 0x80, 0x62))).toEqual({ text: 'a\uFFFDb', encoding: 'utf-8', replacements: 1 });
    expect(decodeBytes(Buffer.from('ت'))).toEqual({ text: 'ت', encoding: 'utf-8', replacements: 0 });
  });
});
