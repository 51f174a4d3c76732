import { describe, expect, it } from 'vitest';
import { cohensKappa } from '../../src/stats/cohensKappa';

describe('cohensKappa', () => {
  it('matches sklearn cohen_kappa_score', () => {
    // sklearn 1.2.1:
    // >>> gold=['support','oppose','neutral','oppose','oppose','neutral','support','neutral','oppose','support']
    // >>> pred=['support','oppose','oppose','oppose','neutral','neutral','neutral','neutral','oppose','oppose']
    // >>> cohen_kappa_score(gold, pred)   0.3846153846153847
    // >>> cohen_kappa_score(['a','a','b','b','c','a','b','c','c','a'],['a','b','b','b','c','a','a','c','b','a'])  0.5454545454545454
    const gold = ['support', 'oppose', 'neutral', 'oppose', 'oppose', 'neutral', 'support', 'neutral', 'oppose', 'support'];
    const pred = ['support', 'oppose', 'oppose', 'oppose', 'neutral', 'neutral', 'neutral', 'neutral', 'oppose', 'oppose'];
    expect(cohensKappa(gold, pred)).toBeCloseTo(0.3846153846153847, 12);
    expect(cohensKappa(['a', 'a', 'b', 'b', 'c', 'a', 'b', 'c', 'c', 'a'], ['a', 'b', 'b', 'b', 'c', 'a', 'a', 'c', 'b', 'a'])).toBeCloseTo(0.5454545454545454, 12);
  });

  it('is 1 for perfect agreement and NaN when chance agreement is 1', () => {
    expect(cohensKappa(['x', 'y', 'x'], ['x', 'y', 'x'])).toBe(1);
    expect(cohensKappa(['x', 'x'], ['x', 'x'])).toBeNaN();
  });

  it('rejects lists of different length', () => {
    expect(() => cohensKappa(['x'], ['x', 'y'])).toThrow(/1 vs 2/);
  });
});

describe('cohensKappa (published example)', () => {
  it('reproduces the worked example of Wikipedia "Cohen\'s kappa" (50 grant proposals, κ = 0.4)', () => {
    // Wikipedia, "Cohen's kappa", Simple example: readers A and B, 20 yes/yes, 5 yes/no (A yes,
    // B no), 10 no/yes, 15 no/no: pₒ = 0.7, pₑ = 0.5, κ = 0.4.
    const a = [...Array(20).fill('yes'), ...Array(5).fill('yes'), ...Array(10).fill('no'), ...Array(15).fill('no')];
    const b = [...Array(20).fill('yes'), ...Array(5).fill('no'), ...Array(10).fill('yes'), ...Array(15).fill('no')];
    expect(cohensKappa(a, b)).toBeCloseTo(0.4, 12);
  });
});
