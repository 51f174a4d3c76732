import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CorpusDeduper, compactKey } from '../../src/corpus/corpusDeduper';

describe('CorpusDeduper.duplicateOf', () => {
  const a = 'ab'.repeat(32);
  const b = 'cd'.repeat(32);
  it('keeps the first file of each content and rejects later ones, for one-page and multi-page keys', () => {
    const d = new CorpusDeduper();
    expect(d.duplicateOf('1.txt', a, a)).toBeNull();
    expect(d.duplicateOf('2.html', `${a},${b}`, a)).toBeNull(); // two pages: another content
    expect(d.duplicateOf('3.txt', b, b)).toBeNull();
    expect(d.duplicateOf('4.txt', a, a)).toEqual({ file: '4.txt', reason: 'duplicate', detail: 'same content (sha256 abababababab…) as 1.txt, which is kept' });
    expect(d.duplicateOf('5.html', `${a},${b}`, a)?.detail).toMatch(/as 2\.html, which is kept/);
    expect(d.duplicateOf('6.html', `${b},${a}`, b)).toBeNull(); // same pages, other order
  });
  it('rejects exactly the files a Map of compact keys rejects, over thousands of files', () => {
    const d = new CorpusDeduper();
    const seen = new Map<string, string>();
    for (let i = 0; i < 5000; i++) {
      const page = createHash('sha256').update(String(i % 3001)).digest('hex');
      const key = i % 7 === 0 ? `${page},${a}` : page;
      const file = `f${i}.txt`;
      const first = seen.get(compactKey(key));
      if (first === undefined) seen.set(compactKey(key), file);
      expect(d.duplicateOf(file, key, page)?.detail ?? null).toBe(first === undefined ? null : `same content (sha256 ${page.slice(0, 12)}…) as ${first}, which is kept`);
    }
  });
  it('compacts keys to 33 one-byte characters, one-page hashes and other keys apart', () => {
    expect(compactKey(a)).toBe(`h${'\u00ab'.repeat(32)}`);
    expect(compactKey(`${a},${b}`)).toHaveLength(33);
    expect(compactKey(`${a},${b}`)[0]).toBe('d');
    expect(compactKey('AB'.repeat(32))[0]).toBe('d'); // not lowercase hex: hashed, not decoded
    expect(compactKey(`${a},${b}`)).not.toBe(compactKey(`${b},${a}`));
  });
});
