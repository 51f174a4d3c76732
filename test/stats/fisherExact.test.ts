import { describe, expect, it } from 'vitest';
import { fisherExact2x2 } from '../../src/stats/fisherExact';

describe('fisherExact2x2', () => {
  // R 4.2.2, options(digits=15); note R's matrix() fills by column, so
  // matrix(c(a, c, b, d), 2) is [[a, b], [c, d]].
  // > fisher.test(matrix(c(3,1,1,3),2))$p.value        0.485714285714286
  // > fisher.test(matrix(c(10,2,3,15),2))$p.value      0.000536724119143437
  // > fisher.test(matrix(c(1,9,11,3),2))$p.value       0.00275945618522009
  // > fisher.test(matrix(c(0,5,5,0),2))$p.value        0.00793650793650794
  // > fisher.test(matrix(c(120,80,95,105),2))$p.value  0.015985745931812
  const cases: [number, number, number, number, number][] = [
    [3, 1, 1, 3, 0.485714285714286],
    [10, 3, 2, 15, 0.000536724119143437],
    [1, 11, 9, 3, 0.00275945618522009],
    [0, 5, 5, 0, 0.00793650793650794],
    [120, 95, 80, 105, 0.015985745931812],
  ];
  it.each(cases)('fisherExact2x2(%i, %i, %i, %i) matches R fisher.test', (a, b, c, d, expected) => {
    const p = fisherExact2x2(a, b, c, d);
    expect(Math.abs(p - expected) / expected).toBeLessThan(1e-9);
  });

  it('is 1 when the margins allow one table only', () => {
    expect(fisherExact2x2(0, 0, 4, 6)).toBe(1);
  });

  it('rejects non-integer cells', () => {
    expect(() => fisherExact2x2(1.5, 2, 3, 4)).toThrow(/integers/);
  });
});
