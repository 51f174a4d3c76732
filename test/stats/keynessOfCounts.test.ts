import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { keynessOfCounts } from '../../src/stats/keynessOfCounts';
import { statKeyness } from '../../src/stats/keyness';

/** The rows the table builder kept before: statKeyness of the two count Maps, then each side's strongest `top`. */
function viaStatKeyness(target: number[], reference: number[], termOf: (i: number) => string, minCount: number, top: number) {
  const map = (counts: number[]) => new Map(counts.flatMap((n, i) => (n > 0 ? [[termOf(i), n] as [string, number]] : [])));
  const k = statKeyness(map(target), map(reference), { minCount, g2Correction: 'williams' });
  return [...k.filter((r) => r.g2 >= 0).slice(0, top), ...k.filter((r) => r.g2 < 0).slice(-top)];
}

describe('keynessOfCounts', () => {
  it('keeps the strongest term of each side (the statKeyness example)', () => {
    const rows = keynessOfCounts([10, 2, 88], [1, 9, 90], (i) => ['نظام', 'دولة', 'x'][i], { top: 1 });
    expect(rows.map((r) => [r.term, r.targetCount, r.referenceCount, Math.sign(r.g2)])).toEqual([['نظام', 10, 1, 1], ['دولة', 2, 9, -1]]);
  });

  it('gives exactly the rows of statKeyness cut to each side\'s top, on random counts with many ties (property)', () => {
    const counts = fc.array(fc.oneof(fc.constant(0), fc.nat(4), fc.nat(40)), { minLength: 1, maxLength: 300 });
    fc.assert(fc.property(counts, counts, fc.integer({ min: 0, max: 25 }), fc.integer({ min: 1, max: 4 }), (t, r, top, minCount) => {
      // Terms named so that code-unit order differs from number order (ties are broken by term).
      const termOf = (i: number) => `t${(i * 7919) % 1009}_${i}`;
      if (t.reduce((a, b) => a + b, 0) === 0 || r.reduce((a, b) => a + b, 0) === 0) return;
      expect(keynessOfCounts(t, r, termOf, { minCount, top, g2Correction: 'williams' })).toEqual(viaStatKeyness(t, r, termOf, minCount, top));
    }), { numRuns: 400, seed: 21 });
  });
});
