import { describe, expect, it } from 'vitest';
import { rngMulberry32, rngMulberry32After } from '../../src/stats/rngMulberry32';

// Reference: an independent Python transcription of Tommy Ettinger's public-domain C
// (`z = (x += 0x6D2B79F5); z = (z ^ z>>15) * (z|1); z ^= z + (z ^ z>>7) * (z|61); return z ^ z>>14;`),
// divided by 2^32. Run with /usr/bin/python3:
//   42        ['0.6011037519201636', '0.44829055899754167', '0.8524657934904099', '0.6697340414393693']
//   0         ['0.26642920868471265', '0.0003297457005828619', '0.2232720274478197', '0.1462021479383111']
//   123456789 ['0.2577907438389957', '0.9707721115555614', '0.7853280142880976', '0.20616457983851433']
const REFERENCE: [number, number[]][] = [
  [42, [0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693]],
  [0, [0.26642920868471265, 0.0003297457005828619, 0.2232720274478197, 0.1462021479383111]],
  [123456789, [0.2577907438389957, 0.9707721115555614, 0.7853280142880976, 0.20616457983851433]],
];

describe('rngMulberry32', () => {
  it.each(REFERENCE)('matches the reference stream for seed %i', (seed, expected) => {
    const rng = rngMulberry32(seed);
    expect([rng(), rng(), rng(), rng()]).toEqual(expected);
  });

  it('gives independent, identical streams for the same seed', () => {
    const a = rngMulberry32(7);
    const b = rngMulberry32(7);
    a();
    const c = rngMulberry32(7);
    expect(b()).toBe(c());
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const rng = rngMulberry32(2024);
    const bins = new Array(10).fill(0);
    for (let i = 0; i < 10000; i++) {
      const x = rng();
      expect(x >= 0 && x < 1).toBe(true);
      bins[Math.floor(x * 10)]++;
    }
    for (const b of bins) expect(Math.abs(b - 1000)).toBeLessThan(150);
  });
});

describe('rngMulberry32After', () => {
  it('continues exactly where a serial generator is after that many draws', () => {
    for (const seed of [0, 42, 20230101, 0xffffffff]) {
      for (const draws of [0, 1, 2, 17, 1000, 65535, 65536, 65537, 300_001]) {
        const serial = rngMulberry32(seed);
        for (let k = 0; k < draws; k++) serial();
        const jumped = rngMulberry32After(seed, draws);
        const a = [serial(), serial(), serial()];
        expect([jumped(), jumped(), jumped()], `seed ${seed}, ${draws} draws`).toEqual(a);
      }
    }
  });

  it('has period 2^32 (the state is a counter), so large jumps wrap exactly', () => {
    const a = rngMulberry32After(7, 2 ** 32);
    const b = rngMulberry32(7);
    expect([a(), a()]).toEqual([b(), b()]);
    const c = rngMulberry32After(7, 2 ** 32 * 3 + 5);
    const d = rngMulberry32After(7, 5);
    expect(c()).toBe(d());
  });

  it('rejects negative or fractional draw counts', () => {
    expect(() => rngMulberry32After(1, -1)).toThrow(RangeError);
    expect(() => rngMulberry32After(1, 1.5)).toThrow(RangeError);
  });
});
