import { describe, expect, it } from 'vitest';
import { chiSquare2x2 } from '../../src/stats/chiSquare2x2';

describe('chiSquare2x2', () => {
  it('matches R chisq.test(correct = FALSE)', () => {
    // > chisq.test(matrix(c(10,90,20,80),2), correct=FALSE)$statistic   3.92156862745098
    expect(chiSquare2x2(10, 20, 90, 80)).toBeCloseTo(3.92156862745098, 12);
  });

  it('matches R chisq.test(correct = TRUE) with Yates', () => {
    // > chisq.test(matrix(c(10,90,20,80),2), correct=TRUE)$statistic    3.17647058823529
    // > chisq.test(matrix(c(3,1,1,3),2), correct=TRUE)$statistic        0.5
    expect(chiSquare2x2(10, 20, 90, 80, { yates: true })).toBeCloseTo(3.17647058823529, 12);
    expect(chiSquare2x2(3, 1, 1, 3, { yates: true })).toBeCloseTo(0.5, 12);
  });

  it('returns 0 when a margin is empty', () => {
    expect(chiSquare2x2(0, 0, 5, 5)).toBe(0);
  });
});
