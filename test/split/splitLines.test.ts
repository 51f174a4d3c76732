import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitLineParts, splitLines } from '../../src/split/splitLines';

/** Reference: split on the line-end alternation (CRLF before CR and LF), keeping each end. */
function referenceSplitLines(text: string): { text: string; eol: string }[] {
  const parts = text.split(/(\r\n|\r|\n)/);
  const out: { text: string; eol: string }[] = [];
  for (let i = 0; i < parts.length; i += 2) out.push({ text: parts[i], eol: parts[i + 1] ?? '' });
  return out;
}

describe('splitLines', () => {
  it('keeps every line end, LF-only or mixed', () => {
    expect(splitLines('a\r\nb\rc')).toEqual([{ text: 'a', eol: '\r\n' }, { text: 'b', eol: '\r' }, { text: 'c', eol: '' }]);
    expect(splitLines('أ\n\nب\n')).toEqual([{ text: 'أ', eol: '\n' }, { text: '', eol: '\n' }, { text: 'ب', eol: '\n' }, { text: '', eol: '' }]);
    expect(splitLines('')).toEqual([{ text: '', eol: '' }]);
    expect(splitLines('\n\r')).toEqual([{ text: '', eol: '\n' }, { text: '', eol: '\r' }, { text: '', eol: '' }]);
  });

  it('agrees with the reference and joins back to the input', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'سلام', ' ', '\n', '\r', '\r\n', '\n\r'), { maxLength: 20 }), (xs) => {
      const text = xs.join('');
      const lines = splitLines(text);
      expect(lines).toEqual(referenceSplitLines(text));
      expect(lines.map((l) => l.text + l.eol).join('')).toBe(text);
    }), { numRuns: 2000 });
  });
});

describe('splitLineParts', () => {
  it('gives splitLines as parallel arrays', () => {
    expect(splitLineParts('a\r\nb')).toEqual({ texts: ['a', 'b'], eols: ['\r\n', ''] });
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'سلام', ' ', '\n', '\r', '\r\n', '\n\r'), { maxLength: 20 }), (xs) => {
      const text = xs.join('');
      const { texts, eols } = splitLineParts(text);
      expect(texts.map((t, i) => ({ text: t, eol: eols[i] }))).toEqual(referenceSplitLines(text));
    }), { numRuns: 2000 });
  });
});
