import { describe, expect, it } from 'vitest';
import { lineCount, linesHeightPx, textWidthPx, wrapText } from '../../src/charts/textFit';

describe('textWidthPx', () => {
  it('estimates the longest line at 0.55 em a character (22 characters at 12 px: 145.2 px)', () => {
    expect(textWidthPx('against reconciliation', 12)).toBe(145.2);
    expect(textWidthPx('ab\nabcd', 10)).toBe(22); // the longer line: 4 × 5.5
    expect(textWidthPx('', 12)).toBe(0);
  });
});

describe('linesHeightPx', () => {
  it('gives 1.3 em a line, rounded up', () => {
    expect(linesHeightPx(2, 10)).toBe(26);
    expect(linesHeightPx(1, 9.5)).toBe(13); // 12.35 → 13
    expect(linesHeightPx(0, 12)).toBe(0);
  });
});

describe('wrapText', () => {
  it('breaks at spaces so no line has more characters than fit (200 px at 12 px: 30 characters)', () => {
    const out = wrapText('Naming choices per outlet (share of naming hits)', 200, 12);
    expect(out).toBe('Naming choices per outlet\n(share of naming hits)');
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(30);
  });
  it('keeps the words and their order (read back with spaces, it is the text)', () => {
    const text = 'Source: khitab · corpus «corpus» (5 pages) · lexicon 0.3 · seed 1, 1,000 resamples';
    expect(wrapText(text, 150, 9.5).replace(/\n/g, ' ')).toBe(text);
  });
  it('keeps line breaks already there, and a word longer than a line on a line of its own', () => {
    expect(wrapText('a b\nc', 1000, 12)).toBe('a b\nc');
    expect(wrapText('x 0123456789abcdef y', 30, 10)).toBe('x\n0123456789abcdef\ny');
  });
  it('handles Arabic by characters, not bytes', () => {
    expect(wrapText('الشمال السوري المحرر', 8 * 0.55 * 10, 10)).toBe('الشمال\nالسوري\nالمحرر');
  });
});

describe('lineCount', () => {
  it('counts lines of a wrapped text', () => {
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\nb\nc')).toBe(3);
  });
});
