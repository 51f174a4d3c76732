import { describe, expect, it } from 'vitest';
import { emptyTextDetail, isInvisibleText } from '../../src/corpus/invisibleText';

describe('isInvisibleText', () => {
  it('is true for white space, zero-width and direction characters only, false once a letter or digit is there', () => {
    // Code points by name (Unicode General Category Cf, plus white space): ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, RLE, RLO, PDF, RLI, PDI, WJ, BOM, SHY.
    const marks = '\u200b\u200c\u200d\u200e\u200f\u061c\u202b\u202e\u202c\u2067\u2069\u2060\ufeff\u00ad';
    expect(isInvisibleText(`${marks} \r\n\t${marks}`)).toBe(true);
    expect(isInvisibleText('')).toBe(true);
    expect(isInvisibleText(`${marks}ب`)).toBe(false);
    expect(isInvisibleText(`${marks}1`)).toBe(false);
  });
});

describe('emptyTextDetail', () => {
  it('says white space alone, or that invisible marks are all there is', () => {
    expect(emptyTextDetail(' \n')).toBe('only white space');
    expect(emptyTextDetail('\u200b\u200f\n')).toBe('only invisible marks (zero-width and direction characters) and white space');
    expect(emptyTextDetail('\u200fنص')).toBeNull();
  });
});
