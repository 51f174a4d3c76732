import { describe, expect, it } from 'vitest';
import { cramersV } from '../../src/stats/cramersV';

describe('cramersV', () => {
  it('matches scipy contingency.association(method="cramer")', () => {
    // scipy 1.10.1:
    // >>> contingency.association(np.array([[25,10,5],[12,30,8],[3,9,20]]), method='cramer')  0.43370318866664626
    // >>> contingency.association(np.array([[10,20],[30,40]]), method='cramer')               0.0890870806374748
    expect(cramersV([[25, 10, 5], [12, 30, 8], [3, 9, 20]])!).toBeCloseTo(0.43370318866664626, 12);
    expect(cramersV([[10, 20], [30, 40]])!).toBeCloseTo(0.0890870806374748, 12);
  });

  it('is 1 for a perfect association and null for a single row', () => {
    expect(cramersV([[5, 0], [0, 7]])!).toBeCloseTo(1, 12);
    expect(cramersV([[5, 7]])).toBeNull();
  });
});
