import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../src/stats/krippendorffAlpha';

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, section C
// ("nominal data, any number of observers, missing data"): observers A–D, 12 units.
// Published values: α_nominal = 0.743, α_ordinal = 0.815, α_interval = 0.849.
// (Also the example of R irr::kripp.alpha, whose documentation gives 0.743 for nominal.)
const N = null;
const UNITS = [
  [1, 1, N, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
  [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [N, 5, 5, 5], [N, N, 1, 1], [N, 3, N, N],
];

describe('krippendorffAlpha', () => {
  it('reproduces Krippendorff (2011) nominal α = 0.743', () => {
    expect(krippendorffAlpha(UNITS)).toBeCloseTo(0.743, 3);
  });

  it('reproduces Krippendorff (2011) ordinal α = 0.815 and interval α = 0.849', () => {
    expect(krippendorffAlpha(UNITS, { level: 'ordinal' })).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(UNITS, { level: 'interval' })).toBeCloseTo(0.849, 3);
  });

  it('handles two coders with string labels (hand-computed)', () => {
    // Coincidence matrix by hand for pairs (s,s)(o,o)(n,o)(o,o)(o,n)(n,n)(s,n)(n,n)(o,o)(s,o):
    // n_s = 4, n_o = 9, n_n = 7, n = 20; Σ_{c≠k} o_ck = 8; Σ_{c≠k} n_c n_k = 2(36+28+63) = 254
    // α = 1 − 19·8/254 = 102/254
    const gold = ['s', 'o', 'n', 'o', 'o', 'n', 's', 'n', 'o', 's'];
    const pred = ['s', 'o', 'o', 'o', 'n', 'n', 'n', 'n', 'o', 'o'];
    expect(krippendorffAlpha(gold.map((g, i) => [g, pred[i]]))).toBeCloseTo(102 / 254, 12);
  });

  it('ignores units with fewer than two values and is NaN without variation', () => {
    expect(krippendorffAlpha([['a', 'a'], ['b', null], [null, null]])).toBeNaN();
    expect(krippendorffAlpha([['a', 'b'], ['b', 'a'], ['c', null]])).toBeCloseTo(krippendorffAlpha([['a', 'b'], ['b', 'a']]), 12);
  });

  it('rejects strings at the interval level', () => {
    expect(() => krippendorffAlpha([['a', 'b']], { level: 'interval' })).toThrow(/numeric/);
  });
});
