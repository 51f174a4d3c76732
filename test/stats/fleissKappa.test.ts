import { describe, expect, it } from 'vitest';
import { fleissKappa } from '../../src/stats/fleissKappa';

describe('fleissKappa', () => {
  it('reproduces the worked example of Fleiss (1971) as given by Wikipedia (κ = 0.210)', () => {
    // Wikipedia, "Fleiss' kappa", Worked example: 10 subjects, 14 raters, 5 categories;
    // published P̄ = 0.378, P̄e = 0.213, κ = 0.210. (Also R irr::kappam.fleiss on the same table.)
    const table = [
      [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ];
    expect(fleissKappa(table)).toBeCloseTo(0.210, 3);
  });

  it('is 1 for perfect agreement and NaN when every rating falls in one category', () => {
    expect(fleissKappa([[3, 0], [0, 3]])).toBe(1);
    expect(fleissKappa([[3, 0], [3, 0]])).toBeNaN();
    expect(fleissKappa([])).toBeNaN();
  });

  it('equals a hand computation for 3 subjects × 2 raters', () => {
    // P_i = 1, 1, 0 → P̄ = 2/3; p = (3/6, 3/6) → P̄e = 1/2; κ = (2/3 − 1/2)/(1/2) = 1/3
    expect(fleissKappa([[2, 0], [0, 2], [1, 1]])).toBeCloseTo(1 / 3, 12);
  });

  it('rejects subjects with different numbers of ratings, or fewer than two', () => {
    expect(() => fleissKappa([[2, 0], [1, 0]])).toThrow(/same number/);
    expect(() => fleissKappa([[1, 0]])).toThrow(/at least 2/);
  });
});
