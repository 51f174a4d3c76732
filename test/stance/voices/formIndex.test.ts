import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formsFound, LEAD_PREFIXES, sameWord } from '../../../src/stance/voices/formIndex';
import { readVoiceTable, wordKeys } from '../../../src/stance/voices/voiceTable';

const TABLE = readVoiceTable();

/** The plain definition: try every form of the table at every word; first occurrence; by word, longer first, table order. */
function reference(words: string[]): { voice: string; at: number; len: number }[] {
  const found: { voice: string; at: number; len: number }[] = [];
  for (const e of TABLE.entries) {
    for (const k of e.keys) {
      for (let i = 0; i + k.length <= words.length; i++) {
        if (k.every((w, j) => sameWord(words[i + j], w, j === 0))) { found.push({ voice: e.voice, at: i, len: k.length }); break; }
      }
    }
  }
  return found.sort((a, b) => a.at - b.at || b.len - a.len);
}

describe('sameWord', () => {
  it('takes و on any form word, ل/ب/ف/ول/وب and لل for ال on the first only', () => {
    expect(sameWord('والخارجية', 'الخارجية', false)).toBe(true);
    expect(sameWord('للائتلاف', 'الائتلاف', true)).toBe(true);
    expect(sameWord('وللائتلاف', 'الائتلاف', true)).toBe(true);
    expect(sameWord('للائتلاف', 'الائتلاف', false)).toBe(false);
    expect(sameWord('بأنقرة', 'انقره', true)).toBe(false); // keys are matching keys: أ → ا, ة → ه
    expect(sameWord('بانقره', 'انقره', true)).toBe(true);
  });
});

describe('formsFound', () => {
  it('finds in the shipped table what trying every form at every word finds, in the same order', () => {
    const formWords = [...new Set(TABLE.entries.flatMap((e) => e.keys.flat()))];
    const word = fc.oneof(
      fc.constantFrom(...formWords),
      fc.tuple(fc.constantFrom(...LEAD_PREFIXES, 'ل'), fc.constantFrom(...formWords)).map(([p, w]) => (p === 'ل' && w.startsWith('ال') ? `ل${w.slice(1)}` : p + w)),
      fc.constantFrom('قال', 'مصدر', 'في', 'من', 'الرئيس', 'وزير', 'السابق', 'مسؤول'),
    );
    const form = fc.constantFrom(...TABLE.entries.flatMap((e) => e.keys)).map((k) => [...k]);
    fc.assert(fc.property(fc.array(fc.oneof(word.map((w) => [w]), form), { maxLength: 8 }), (parts) => {
      const words = parts.flat();
      expect(formsFound(words, TABLE)).toEqual(reference(words));
    }), { numRuns: 400, seed: 17 });
  });

  it('names a title before a name at its first word, the longer form first', () => {
    const found = formsFound(wordKeys('وزير الخارجية التركي هاكان فيدان'), TABLE);
    expect(found[0]).toMatchObject({ at: 0 });
    expect(found).toEqual(reference(wordKeys('وزير الخارجية التركي هاكان فيدان')));
  });
});
