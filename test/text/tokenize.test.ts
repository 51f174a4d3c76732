import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import fc from 'fast-check';
import { tokenize } from '../../src/text/tokenize';

interface Case { input: string; expected: [string, string][]; note: string }
const cases = parse(readFileSync(path.join(__dirname, 'cases/tokenize.yaml'), 'utf8')) as Case[];

describe('tokenize', () => {
  it.each(cases.map((c) => [c.note, c] as const))('case: %s', (_note, c) => {
    expect(tokenize(c.input).map((t) => [t.kind, t.text])).toEqual(c.expected);
  });

  it('gives hashtag parts', () => {
    expect(tokenize('#لن_نصالح')[0].parts).toEqual(['لن', 'نصالح']);
  });

  it('gives offsets such that text.slice(start, end) is the token', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.array(fc.constantFrom('لن', ' ', '#', '_', 'ـ', '.', 'http://a.b', '😀', '،', '\u200f', '2'), { maxLength: 20 }), (a, b) => {
      const s = a + b.join('');
      let last = 0;
      for (const t of tokenize(s)) {
        expect(s.slice(t.start, t.end)).toBe(t.text);
        expect(t.start).toBeGreaterThanOrEqual(last);
        last = t.end;
      }
    }));
  });

  it('is linear on adversarial input (no catastrophic backtracking)', () => {
    const s = 'ـ.'.repeat(50_000) + 'https://' + 'a'.repeat(50_000) + '.'.repeat(50_000);
    const t0 = process.hrtime.bigint();
    tokenize(s);
    expect(Number(process.hrtime.bigint() - t0) / 1e6).toBeLessThan(2000);
  });
});
