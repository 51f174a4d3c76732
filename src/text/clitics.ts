/**
 * Clitic candidates of a normalized token (light stemming, after Larkey, Ballesteros & Connell
 * 2007, "Light Stemming for Arabic Information Retrieval", Light-10). Instead of choosing one
 * stem, every admissible segmentation is returned; the matcher keeps the ones that are in the
 * codebook, so stripping can only produce a match that the codebook asks for.
 *
 * All strings here are matching keys (see `matchKey`): alef folded, ة written ه.
 */
import * as affixes from './affixes';

// Module-level copies: the CommonJS transform reads imports through getters (a call per access).
const hasPrefix = affixes.hasPrefix;
const hasSuffix = affixes.hasSuffix;

/** One way of reading a token as proclitics + stem (+ suffix). */
export interface CliticCandidate {
  /** The remaining stem. */
  stem: string;
  /** Whether the article ال (or its elided form in لل) was stripped. */
  article: boolean;
  /** Proclitics stripped before the stem and article, e.g. `و`, `وب`, `ل`; `` for none. */
  proclitic: string;
  /** Suffix stripped, e.g. `ها`, `ات`; `` for none. */
  suffix: string;
}

/** Minimum stem length after stripping (Light-10 keeps at least two letters). */
export const MIN_STEM = 2;

/** Conjunction proclitics (stripped first). */
export const CONJUNCTIONS = ['و', 'ف'];
/** Preposition/particle proclitics that may follow a conjunction. `س` is the future prefix of verbs. */
export const PARTICLES = ['ب', 'ك', 'ل', 'س'];
/**
 * Suffixes stripped when an entry allows them, longest first: pronouns (ها هم هما هن كم كن نا ه ي ك)
 * and inflections (ات ون ين ان تين تان; ة is already ه in keys). After a pronoun a final ت is
 * also read as ة (مصالحتها → مصالحه); a feminine plural ات is also read back to ة (مصالحات → مصالحه).
 */
export const SUFFIXES = ['تين', 'تان', 'هما', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا', 'ه', 'ي', 'ك'];

function push(out: CliticCandidate[], stem: string, article: boolean, proclitic: string, suffix: string): void {
  if (stem.length < MIN_STEM) return;
  for (const c of out) if (c.stem === stem && c.article === article && c.suffix === suffix) return;
  out.push({ stem, article, proclitic, suffix });
}

/**
 * Every reading of a token as [و|ف]? [ب|ك|ل|س]? [ال]? stem, including لل = ل + ال; the unstripped
 * token comes first. Stems shorter than `MIN_STEM` are never produced.
 * @example prefixCandidates('وبالمصالحه').map((c) => c.stem) // ['وبالمصالحه', 'بالمصالحه', 'المصالحه', 'مصالحه']
 * @example prefixCandidates('للتطبيع').map((c) => [c.stem, c.article]) // [['للتطبيع', false], ['تطبيع', true], ['لتطبيع', false]]
 */
export function prefixCandidates(key: string): CliticCandidate[] {
  const out: CliticCandidate[] = [];
  push(out, key, false, '', '');
  const conjs = [''];
  for (const c of CONJUNCTIONS) if (hasPrefix(key, c)) conjs.push(c);
  for (const c of conjs) {
    const r1 = key.slice(c.length);
    if (c) push(out, r1, false, c, '');
    if (hasPrefix(r1, 'ال')) push(out, r1.slice(2), true, c, '');
    if (hasPrefix(r1, 'لل')) push(out, r1.slice(2), true, c + 'ل', '');
    for (const p of PARTICLES) {
      if (!hasPrefix(r1, p)) continue;
      const r2 = r1.slice(1);
      push(out, r2, false, c + p, '');
      if (p !== 'س' && hasPrefix(r2, 'ال')) push(out, r2.slice(2), true, c + p, '');
    }
  }
  return out;
}

/**
 * Readings of a stem with one suffix removed (the stem itself is not included), as
 * [stem, suffix] pairs; a suffix written `ت+ها` means a ت read back as ة (ه).
 * @example suffixCandidates('مصالحتها') // [['مصالحت', 'ها'], ['مصالحه', 'ت+ها']]
 * @example suffixCandidates('ضامنه') // [['ضامن', 'ه']]
 */
export function suffixCandidates(stem: string): [string, string][] {
  const out: [string, string][] = [];
  for (const s of SUFFIXES) {
    if (stem.length - s.length < MIN_STEM || !hasSuffix(stem, s)) continue;
    const base = stem.slice(0, stem.length - s.length);
    if (s === 'تين' || s === 'تان') { addReading(out, base + 'ه', s); continue; }
    if (s === 'ات') addReading(out, base + 'ه', 'ات→ة'); // مصالحات → مصالحة
    addReading(out, base, s);
    if (hasSuffix(base, 'ت') && s !== 'ات' && base.length >= MIN_STEM + 1) addReading(out, base.slice(0, -1) + 'ه', 'ت+' + s);
  }
  return out;
}

/** Adds a [stem, suffix] reading unless that stem is already read. */
function addReading(out: [string, string][], stem: string, suffix: string): void {
  for (const x of out) if (x[0] === stem) return;
  out.push([stem, suffix]);
}

/**
 * All clitic readings of a token key: prefix readings, and when `suffixes` is set, each of those
 * with one suffix removed.
 * @example cliticCandidates('ومصالحتهم', true).some((c) => c.stem === 'مصالحه') // true
 */
export function cliticCandidates(key: string, suffixes: boolean): CliticCandidate[] {
  const pre = prefixCandidates(key);
  if (!suffixes) return pre;
  const out = pre.slice();
  for (const c of pre) for (const [st, suf] of suffixCandidates(c.stem)) push(out, st, c.article, c.proclitic, suf);
  return out;
}
