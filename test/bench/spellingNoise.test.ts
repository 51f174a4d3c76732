import { describe, expect, it } from 'vitest';
import { applyNoise, noisyWord, NOISE_KINDS } from '../../src/bench/spellingNoise';
import { normalizeArabic } from '../../src/text/normalizeArabic';
import { matchKey } from '../../src/text/matchKey';
import { rngMulberry32 } from '../../src/stats/rngMulberry32';

describe('applyNoise', () => {
  it('writes each variant', () => {
    const zero = (): number => 0;
    expect(applyNoise('أحمد', 'alef', zero)).toBe('احمد');
    expect(applyNoise('الاتفاق', 'alef', zero)).toBe('ألاتفاق');
    expect(applyNoise('إلى', 'ya', zero)).toBe('إلي');
    expect(applyNoise('علي', 'ya', zero)).toBe('على');
    expect(applyNoise('مصالحة', 'taa', zero)).toBe('مصالحه');
    expect(applyNoise('مصالحه', 'taa', zero)).toBe('مصالحة');
    expect(applyNoise('مصالحة', 'tatweel', zero)).toBe('مـصالحة');
    expect(applyNoise('سلام', 'diacritics', zero)).toBe('سَلَاَمَ');
    expect(applyNoise('مصالحة', 'swap', zero)).toBe('صمالحة');
    expect(applyNoise('من', 'swap', zero)).toBe('من'); // too short to swap
  });

  it('makes variants the matcher folds back, except typing slips', () => {
    const rng = rngMulberry32(2);
    for (const w of ['إلى', 'المصالحة', 'أنقرة', 'الاتفاقية', 'مستشفى']) {
      for (const kind of NOISE_KINDS) {
        const n = applyNoise(w, kind, rng);
        if (kind !== 'swap') expect(matchKey(n), `${kind} ${n}`).toBe(matchKey(w));
        else if (w.length >= 4) expect(matchKey(n)).not.toBe(matchKey(w));
        else expect(n).toBe(w); // a slip needs four letters
      }
    }
    // normalizeArabic (default steps) keeps the taa marbuta: that variant is a new normalized token.
    expect(normalizeArabic(applyNoise('مصالحة', 'taa', rng)).text).not.toBe(normalizeArabic('مصالحة').text);
  });
});

describe('noisyWord', () => {
  it('is deterministic for a seed and never slips when slips are off', () => {
    const a = rngMulberry32(9);
    const b = rngMulberry32(9);
    const words = Array.from({ length: 500 }, (_, i) => (i % 2 ? 'المصالحة' : 'أنقرة'));
    expect(words.map((w) => noisyWord(w, a))).toEqual(words.map((w) => noisyWord(w, b)));
    const c = rngMulberry32(10);
    for (const w of words) expect(matchKey(noisyWord(w, c, { slips: false }))).toBe(matchKey(w));
  });
});
