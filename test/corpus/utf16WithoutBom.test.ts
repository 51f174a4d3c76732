import { describe, expect, it } from 'vitest';
import { sniffUtf16WithoutBom } from '../../src/corpus/utf16WithoutBom';

describe('sniffUtf16WithoutBom', () => {
  it('tells the byte order of BOM-less UTF-16 Arabic and ASCII text', () => {
    const text = 'قال الوزير في بيان: «لا مصالحة» (2023)\r\n';
    expect(sniffUtf16WithoutBom(Buffer.from(text, 'utf16le'))).toBe('utf-16le');
    expect(sniffUtf16WithoutBom(Buffer.from(text, 'utf16le').swap16())).toBe('utf-16be');
    expect(sniffUtf16WithoutBom(Buffer.from('plain ASCII', 'utf16le').swap16())).toBe('utf-16be');
  });

  it('gives null for UTF-8, for 8-bit text, for NUL padding and for binary bytes', () => {
    expect(sniffUtf16WithoutBom(Buffer.from('سلام عليكم', 'utf8'))).toBeNull();
    expect(sniffUtf16WithoutBom(Buffer.alloc(64))).toBeNull();
    expect(sniffUtf16WithoutBom(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52))).toBeNull();
  });
});
