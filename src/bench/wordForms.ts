/**
 * The realistic corpus's open vocabulary: stems drawn from the source texts, re-inflected with
 * clitics and affixes (proclitic × article × suffix, spelled as Arabic writes them), and invented
 * proper names built on Arabic name templates. Words are drawn by Zipf rank, so a few forms are
 * frequent and most are rare, and the number of distinct forms grows with the corpus as in real text.
 */
import { rngMulberry32 } from '../stats/rngMulberry32';

const MARKS = /[\u064b-\u0652\u0670\u0640]/g;
const ARABIC_WORD = /^[\u0621-\u064a]+$/;
const PREFIX = /^(?:[وف])?(?:بال|كال|فال|لل|ال)/;
const PRONOUN = /(?:هما|كما|هم|هن|كم|ها|نا)$/;

/**
 * A word's stem for re-inflection: diacritics and tatweel removed, the article (with a conjunction
 * or preposition before it) and a pronoun suffix stripped when at least three letters remain; null
 * for a word of other letters or shorter than three.
 * @example surfaceStem('وبالمصالحة') // 'مصالحة'
 * @example surfaceStem('حكومتها') // 'حكومت'
 */
export function surfaceStem(word: string): string | null {
  let w = word.replace(MARKS, '');
  if (!ARABIC_WORD.test(w) || w.length < 3) return null;
  const p = PREFIX.exec(w);
  if (p && w.length - p[0].length >= 3) w = w.slice(p[0].length);
  const s = PRONOUN.exec(w);
  if (s && w.length - s[0].length >= 3) w = w.slice(0, w.length - s[0].length);
  return w;
}

/**
 * The stems of the words of some texts (split on white space, punctuation trimmed), most frequent
 * first, ties in code-unit order.
 * @example stemsOfTexts(['والمصالحة مصالحة', 'حكومة']) // ['مصالحة', 'حكومة']
 */
export function stemsOfTexts(texts: readonly string[]): string[] {
  const n = new Map<string, number>();
  for (const t of texts) {
    for (const raw of t.split(/\s+/)) {
      const s = surfaceStem(raw.replace(/^[^\u0621-\u064a]+|[^\u0621-\u064a\u064b-\u0652]+$/g, ''));
      if (s) n.set(s, (n.get(s) ?? 0) + 1);
    }
  }
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([s]) => s);
}

/** Proclitics (conjunction, preposition) in the order of their rank. */
export const PROCLITICS = ['', 'و', 'ب', 'ل', 'ف', 'وب', 'ول', 'ك', 'فب', 'فل', 'وك'];
/** Suffixes: pronouns (they turn a final ة into ت) and inflections (they replace a final ة). */
export const PRONOUNS = ['ها', 'هم', 'ه', 'نا', 'هما', 'كم', 'ي', 'ك', 'هن'];
export const INFLECTIONS = ['ات', 'ين', 'ون', 'ية', 'ان', 'يين', 'يات', 'يون'];

/** One way of inflecting a stem. */
export interface Affixes {
  /** Conjunction/preposition proclitic, '' for none. */
  proclitic: string;
  /** Whether the article is written (ل + ال is spelled لل). */
  article: boolean;
  /** Suffix, '' for none. */
  suffix: string;
}

/** Every admissible combination, most common first (none, article, proclitics, then suffixes). */
export const AFFIXES: readonly Affixes[] = (() => {
  const out: Affixes[] = [];
  for (const suffix of ['', ...INFLECTIONS, ...PRONOUNS]) {
    for (const article of [false, true]) {
      if (article && PRONOUNS.includes(suffix)) continue;
      for (const proclitic of PROCLITICS) out.push({ proclitic, article, suffix });
    }
  }
  return out.sort((a, b) => rankOf(a) - rankOf(b));
})();

function rankOf(a: Affixes): number {
  const s = a.suffix ? 1 + (INFLECTIONS.indexOf(a.suffix) + 1 || INFLECTIONS.length + PRONOUNS.indexOf(a.suffix) + 1) : 0;
  return s * 40 + (a.article ? 1 : 0) * 12 + PROCLITICS.indexOf(a.proclitic);
}

/**
 * Spells a stem with affixes: لل for ل + ال, a final ة as ت before a pronoun and dropped before
 * an inflection, a final ى as ي before any suffix.
 * @example inflect('مصالحة', {proclitic: 'و', article: false, suffix: 'ها'}) // 'ومصالحتها'
 * @example inflect('حكومة', {proclitic: 'ل', article: true, suffix: ''}) // 'للحكومة'
 */
export function inflect(stem: string, a: Affixes): string {
  let s = stem;
  if (a.suffix) {
    const last = s[s.length - 1];
    if (last === 'ة') s = PRONOUNS.includes(a.suffix) ? `${s.slice(0, -1)}ت` : s.slice(0, -1);
    else if (last === 'ى') s = `${s.slice(0, -1)}ي`;
    s += a.suffix;
  }
  if (a.article) s = (a.proclitic.endsWith('ل') ? `${a.proclitic}ل` : `${a.proclitic}ال`) + s;
  else s = a.proclitic + s;
  return s;
}

/**
 * A Zipf-distributed rank in [0, n) (exponent 1, drawn as a log-uniform number: P(r) ∝ 1/(r+1)).
 * @example zipfRank(() => 0, 1000) // 0
 */
export function zipfRank(rng: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(rng() * Math.log(n + 1))) - 1);
}

/**
 * The word of vocabulary rank r: stem r mod S with affix combination ⌊r / S⌋, so the first S
 * ranks are the bare stems, the next S the stems with the article, and so on.
 * @example wordOfRank(['سلام', 'حرب'], 3) // 'الحرب'
 */
export function wordOfRank(stems: readonly string[], r: number): string {
  return inflect(stems[r % stems.length], AFFIXES[Math.floor(r / stems.length) % AFFIXES.length]);
}

const ROOT = 'بتثجحخدذرزسشصضطظعغفقكلمنهي';
// Name templates over a three-letter root (1, 2, 3): فاعل, فعيل, مفعول, فعلان, فعّال, فعلي nisba …
const GIVEN = ['1ا23', '12ي3', 'م12و3', '123ان', '12ا3', 'م1ا23', '1ا2ي3', 'ت12ي3'];
const FAMILY = ['ال1ا23ي', 'ال12ي3ي', 'ال123اني', 'ال1ا23', 'أبو 12ا3', 'ال12ا3'];

function fill(template: string, r: () => number): string {
  const root = [0, 1, 2].map(() => ROOT[Math.floor(r() * ROOT.length)]);
  return template.replace(/[123]/g, (d) => root[Number(d) - 1]);
}

/**
 * The invented person name of rank r (given name and family name), the same for the same rank.
 * @example nameOfRank(0) // e.g. 'ساحر الرميلي'
 */
export function nameOfRank(r: number): string {
  const g = rngMulberry32(0x9e3779b1 ^ Math.imul(r + 1, 2654435761));
  return `${fill(GIVEN[Math.floor(g() * GIVEN.length)], g)} ${fill(FAMILY[Math.floor(g() * FAMILY.length)], g)}`;
}
