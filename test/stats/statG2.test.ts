import { describe, expect, it } from 'vitest';
import { statG2 } from '../../src/stats/statG2';

describe('statG2', () => {
  // scipy 1.10.1 (cells as [[a, b], [c, d]]):
  // >>> stats.chi2_contingency(np.array(t), correction=False, lambda_="log-likelihood")[0]
  // G2 [[10, 20], [90, 80]]    3.9865557364691195
  // G2 [[5, 0], [995, 1000]]   6.944003147039047
  // G2 [[120, 95], [80, 105]]  6.302299826775823
  // G2 [[1, 40], [999, 960]]   48.211983499055464
  const cases: [number, number, number, number, number][] = [
    [10, 20, 90, 80, 3.9865557364691195],
    [5, 0, 995, 1000, 6.944003147039047],
    [120, 95, 80, 105, 6.302299826775823],
    [1, 40, 999, 960, 48.211983499055464],
  ];
  it.each(cases)('statG2(%i, %i, %i, %i) matches scipy log-likelihood chi2_contingency', (a, b, c, d, expected) => {
    expect(statG2(a, b, c, d)).toBeCloseTo(expected, 10);
  });

  it('computes the Rayson & Garside (2000) two-cell form', () => {
    // Hand formula (Rayson & Garside 2000; Lancaster LL calculator), Python:
    // C1, C2 = a+c, b+d; E1 = C1*(a+b)/(C1+C2); E2 = C2*(a+b)/(C1+C2)
    // 2*(a*log(a/E1) + b*log(b/E2)) with a,b,c,d = 10,20,90,80  -> 3.397980735907945
    expect(statG2(10, 20, 90, 80, { form: 'rayson' })).toBeCloseTo(3.397980735907945, 10);
  });

  it('applies the Williams (1976) correction', () => {
    // q = 1 + (n·Σ1/rows − 1)(n·Σ1/cols − 1) / (6n(r−1)(c−1)) with n = 200, rows 30/170, cols 100/100:
    // q = 1.0171078431372549; scipy G² 3.9865557364691195 / q = 3.9195015193006912
    expect(statG2(10, 20, 90, 80, { williams: true })).toBeCloseTo(3.9195015193006912, 10);
  });

  it('is 0 for proportional counts and for empty margins', () => {
    expect(statG2(10, 20, 90, 180)).toBeCloseTo(0, 12);
    expect(statG2(0, 0, 50, 60)).toBe(0);
  });

  it('rejects negative cells', () => {
    expect(() => statG2(-1, 2, 3, 4)).toThrow(/cells/);
  });
});
