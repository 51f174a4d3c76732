import { describe, expect, it } from 'vitest';
import { mayStartWithBrace, withoutCutCharacter } from '../../src/corpus/fileHead';

describe('mayStartWithBrace', () => {
  it('rules out heads whose first character is known and is not «{»', () => {
    expect(mayStartWithBrace(Buffer.from(' \r\n\t{"text":"x"}'))).toBe(true);
    expect(mayStartWithBrace(Buffer.from('سلام'))).toBe(false); // D8/D9 lead bytes: Arabic letters
    expect(mayStartWithBrace(Buffer.from('<html>'))).toBe(false);
    expect(mayStartWithBrace(Buffer.from('\uFEFF{'))).toBe(true); // BOM: undecided, detectFormat decides
    expect(mayStartWithBrace(Buffer.from('\u00a0{'))).toBe(true); // NBSP (C2 A0): undecided
    expect(mayStartWithBrace(Buffer.from('\u3000{'))).toBe(true); // ideographic space: undecided
    expect(mayStartWithBrace(Buffer.alloc(0))).toBe(true);
  });
});

describe('withoutCutCharacter', () => {
  const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  it.each([
    ['ASCII end', bytes('{"a":1'), 6],
    ['whole 2-byte letter', bytes('{"t":"سلام'), 14],
    ['cut 2-byte letter', bytes('{"t":"سلام').subarray(0, 13), 12],
    ['whole 3-byte character', bytes('x…'), 4],
    ['cut 3-byte character (1 of 3)', bytes('x…').subarray(0, 2), 1],
    ['cut 3-byte character (2 of 3)', bytes('x…').subarray(0, 3), 1],
    ['cut 4-byte emoji (3 of 4)', bytes('x😀').subarray(0, 4), 1],
    ['whole 4-byte emoji', bytes('x😀'), 5],
    ['stray continuation bytes only', new Uint8Array([0x80, 0x80]), 2],
    ['empty', new Uint8Array(0), 0],
  ])('%s', (_name, head, length) => {
    expect(withoutCutCharacter(head).length).toBe(length);
  });
});
