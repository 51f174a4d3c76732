/**
 * Record types of the morphology tables (`data/lexicons/morphology.yaml`): persons, verb forms,
 * root classes. Kept apart so the table reader and its block readers share them without importing
 * each other.
 */

/** One person of a paradigm: its code (e.g. `3mp`), prefix (present only) and suffix, vocalized. */
export interface PersonAffix {
  /** Person code, e.g. `3fs`, `2mp.s` (subjunctive/jussive). */
  person: string;
  /** Prefix letter of the present (أ ن ت ي); `` for past and imperative. */
  prefix: string;
  /** Suffix, starting with the vowel of the last radical. */
  suffix: string;
}

/** The templates of one verb form; ف ع ل stand for the radicals. */
export interface VerbForm {
  /** Roman numeral, e.g. `II`. */
  id: string;
  /** Past stem (before the past suffixes). */
  past: string;
  /** Present stem (after prefix and prefix vowel). */
  present: string;
  /** Vowel of the present prefix (fatha or damma). */
  prefixVowel: string;
  /** Imperative stem. */
  imperative: string;
  /** Active participle. */
  active: string;
  /** Passive participle. */
  passive: string;
  /** Regular verbal noun, or null (form I: from the lemma). */
  masdar: string | null;
  /** Whether the vowel after ع comes from the lemma (form I). */
  lemmaVowels: boolean;
  /** Form VIII: replacement of the infix ت after these first radicals. */
  infix: Record<string, string>;
  /** Where the form is declared, as `file:line`. */
  at: string;
}

/** A root class without rules in some forms. */
export interface RootClass {
  /** Class name, e.g. `defective`. */
  id: string;
  /** Radical position 1–3, or `2=3` for a doubled root. */
  radical: string;
  /** Letters at that radical that make a root of this class (empty for `2=3`). */
  letters: string[];
  /** Forms the class is unsupported in. */
  forms: string[];
  /** What goes wrong, for the error message. */
  note: string;
  /** Where the class is declared, as `file:line`. */
  at: string;
}

/** A dialect prefix of present forms (`dialect.present`). */
export interface DialectPrefix {
  /** The prefix, e.g. `ح`. */
  prefix: string;
  /** Person codes it goes with (e.g. `1p`), or null for all. */
  persons: string[] | null;
  /** What it is, with an example. */
  note: string;
  /** Where it is declared, as `file:line`. */
  at: string;
}

/** A dialect spelling of an ending (`dialect.endings`): a form ending in `from` also ends in `to`. */
export interface DialectEnding {
  /** Ending as written in matching keys, e.g. `وا`. */
  from: string;
  /** Its dialect spelling, e.g. `و`. */
  to: string;
  /** What it is, with an example. */
  note: string;
  /** Where it is declared, as `file:line`. */
  at: string;
}

/** The parsed tables. */
export interface MorphologyTables {
  /** The file's `version:`. */
  version: string;
  /** Past suffixes, present prefix+suffix pairs, imperative suffixes. */
  past: PersonAffix[];
  present: PersonAffix[];
  imperative: PersonAffix[];
  /** Endings of participles and of verbal nouns. */
  participle: string[];
  masdar: string[];
  /** Verb forms by id. */
  forms: Map<string, VerbForm>;
  /** Unsupported root classes. */
  classes: RootClass[];
  /** Dialect affixes, added to a lemma's forms when it asks (`Lemma.dialect`). */
  dialect: { present: DialectPrefix[]; endings: DialectEnding[] };
}
