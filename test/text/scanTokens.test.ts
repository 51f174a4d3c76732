import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import fc from 'fast-check';
import { tokenize } from '../../src/text/tokenize';
import { scanTokens, TokenBuffer, TOKEN_KINDS, T_ARABIC, T_PUNCT, T_NUMBER, T_HASHTAG, T_LATIN } from '../../src/text/scanTokens';

interface Case { input: string; expected: [string, string][]; note: string }
const cases = parse(readFileSync(path.join(__dirname, 'cases/tokenize.yaml'), 'utf8')) as Case[];

/** The scanned tokens as [kind, text, start, end] rows. */
function scanned(s: string, b = new TokenBuffer()): [string, string, number, number][] {
  scanTokens(s, b);
  const out: [string, string, number, number][] = [];
  for (let i = 0; i < b.n; i++) out.push([TOKEN_KINDS[b.kind[i]], b.raw[i], b.start[i], b.end[i]]);
  return out;
}

// Characters at every boundary of the hand-written paths: Arabic letters, tatweel and its dot join,
// zero-width marks, digits and separators, Latin letters (h/w may start a URL), apostrophes,
// hashtag/mention starters, quotes, Arabic punctuation, rare spaces, emoji and surrogates.
const PIECES = [
  'ل', 'ن', 'ا', 'ـ', '.', ',', '\u200f', '\u200c', '\u061c', '\u064e', 'ﻻ', 'ٱ', 'ۀ', '٣', '٫', '٬', '۴', '2', '0',
  'a', 'Z', 'é', '×', 'h', 'w', 'http://a.b', 'www.x.y', "'", '’', '#', '＃', '_', '@', '«', '»', '"', '“', '”',
  '،', '؛', '؟', '…', ':', ' ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\ufeff', '😀', '\u200d', '👍🏽', '©', '\ud800', '٪', 'ّ',
];

describe('scanTokens', () => {
  it.each(cases.map((c) => [c.note, c] as const))('case: %s', (_note, c) => {
    expect(scanned(c.input).map(([k, t]) => [k, t])).toEqual(c.expected);
  });

  it('gives kinds as numbers', () => {
    const b = new TokenBuffer();
    scanTokens('قال: 2011 #لن_نصالح', b);
    expect(b.n).toBe(4);
    expect(b.kind.slice(0, b.n)).toEqual([T_ARABIC, T_PUNCT, T_NUMBER, T_HASHTAG]);
    expect(b.raw.slice(0, b.n)).toEqual(['قال', ':', '2011', '#لن_نصالح']);
  });

  it('joins «ـ.ـ» and zero-width marks inside a word, not at its end', () => {
    expect(scanned('مخـ.ـاوف').map(([, t]) => t)).toEqual(['مخـ.ـاوف']);
    expect(scanned('مخ.ـاوف').map(([, t]) => t)).toEqual(['مخ', '.', 'ـاوف']);
    expect(scanned('لا\u200cتصالح').map(([, t]) => t)).toEqual(['لا\u200cتصالح']);
    expect(scanned('لا\u200c ').map(([, t]) => t)).toEqual(['لا']);
  });

  it('agrees with tokenize on random text (kinds, text and offsets), reusing one buffer', () => {
    const b = new TokenBuffer();
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.string({ maxLength: 12 }), (parts, tail) => {
      const s = parts.join('') + tail;
      expect(scanned(s, b)).toEqual(tokenize(s).map((t) => [t.kind, t.text, t.start, t.end]));
    }), { numRuns: 3000 });
  });

  it('agrees with tokenize on the seed corpus', () => {
    const dir = path.resolve(__dirname, '../../data/corpus');
    const b = new TokenBuffer();
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
        expect(scanned(line, b)).toEqual(tokenize(line).map((t) => [t.kind, t.text, t.start, t.end]));
      }
    }
  });

  it('without word text gives the same kinds and offsets, and the text of every non-word token', () => {
    const full = new TokenBuffer();
    const lean = new TokenBuffer();
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
      const s = parts.join('');
      scanTokens(s, full);
      scanTokens(s, lean, false);
      expect(lean.n).toBe(full.n);
      for (let i = 0; i < full.n; i++) {
        expect([lean.kind[i], lean.start[i], lean.end[i]]).toEqual([full.kind[i], full.start[i], full.end[i]]);
        const k = full.kind[i];
        if (k !== T_ARABIC && k !== T_NUMBER && k !== T_LATIN) expect(lean.raw[i]).toBe(full.raw[i]);
      }
    }), { numRuns: 2000 });
  });
});
