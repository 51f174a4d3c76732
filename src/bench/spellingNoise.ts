/**
 * Seeded spelling noise for the realistic benchmark corpus, the variants real Arabic web text
 * shows: alef with or without hamza, final ya / alef maqsura, final taa marbuta / ha, tatweel,
 * diacritics, and typing slips (two neighbouring letters swapped). Only the slips make a word
 * the toolkit's normalizer cannot fold back; the others test that it does.
 */

/** The kinds of noise, in the order `noisyWord` tries them. */
export const NOISE_KINDS = ['alef', 'ya', 'taa', 'tatweel', 'diacritics', 'swap'] as const;
/** One kind of noise. */
export type NoiseKind = (typeof NOISE_KINDS)[number];

const HARAKAT = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b'];
const ARABIC_LETTER = /[\u0621-\u064a]/;

/**
 * Applies one kind of noise to a word (a word the kind does not fit is returned unchanged).
 * @example applyNoise('أحمد', 'alef', () => 0) // 'احمد'
 * @example applyNoise('مصالحة', 'taa', () => 0) // 'مصالحه'
 * @example applyNoise('مصالحة', 'swap', () => 0) // 'صمالحة'
 */
export function applyNoise(word: string, kind: NoiseKind, rng: () => number): string {
  switch (kind) {
    case 'alef': {
      // Hamza forms dropped (the common slip), or a bare initial alef given a hamza.
      if (/[أإآ]/.test(word)) return word.replace(/[أإآ]/g, 'ا');
      return word.startsWith('ا') ? `${rng() < 0.5 ? 'أ' : 'إ'}${word.slice(1)}` : word;
    }
    case 'ya':
      if (word.endsWith('ى')) return `${word.slice(0, -1)}ي`;
      return word.endsWith('ي') ? `${word.slice(0, -1)}ى` : word;
    case 'taa':
      if (word.endsWith('ة')) return `${word.slice(0, -1)}ه`;
      return word.endsWith('ه') ? `${word.slice(0, -1)}ة` : word;
    case 'tatweel': {
      if (word.length < 4) return word;
      const at = 1 + Math.floor(rng() * (word.length - 2));
      return `${word.slice(0, at)}${'\u0640'.repeat(1 + Math.floor(rng() * 3))}${word.slice(at)}`;
    }
    case 'diacritics': {
      let out = '';
      for (const ch of word) out += ARABIC_LETTER.test(ch) && rng() < 0.5 ? ch + HARAKAT[Math.floor(rng() * HARAKAT.length)] : ch;
      return out;
    }
    case 'swap': {
      if (word.length < 4) return word;
      const at = Math.floor(rng() * (word.length - 1));
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    }
  }
}

/** Options of `noisyWord`. */
export interface NoiseOptions {
  /** Relative weights of the kinds, in `NOISE_KINDS` order. Default [4, 2, 3, 1, 1, 2]. */
  weights?: readonly number[];
  /** Whether typing slips (`swap`) are allowed (off for words the lexicon knows). Default true. */
  slips?: boolean;
}

const DEFAULT_WEIGHTS = [4, 2, 3, 1, 1, 2];

/**
 * One seeded noise of a word, its kind drawn by weight (a word the drawn kind does not fit stays
 * as it was, so the effective rate depends on the words).
 * @example noisyWord('إلى', () => 0) // 'الى'
 */
export function noisyWord(word: string, rng: () => number, options: NoiseOptions = {}): string {
  const w = options.weights ?? DEFAULT_WEIGHTS;
  const total = w.reduce((s, x, i) => s + (NOISE_KINDS[i] === 'swap' && options.slips === false ? 0 : x), 0);
  let u = rng() * total;
  for (let i = 0; i < NOISE_KINDS.length; i++) {
    if (NOISE_KINDS[i] === 'swap' && options.slips === false) continue;
    u -= w[i];
    if (u < 0) return applyNoise(word, NOISE_KINDS[i], rng);
  }
  return word;
}
