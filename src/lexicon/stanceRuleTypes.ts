/**
 * Record types of the codebook's attitude × target stance rules (`stanceRules:` block): attitude
 * terms with a polarity, targets, precondition cues, target-less phrases and dialect negators, all
 * as surface forms grouped per lemma. Semantics: src/stance/README.md «Attitude × target rules».
 */

/** Where a rule term is declared. */
export interface RuleOrigin {
  /** File as given to the reader. */
  file: string;
  /** 1-based line of the entry. */
  line: number;
}

/** One attitude, target, condition or phrase entry (one lemma and its forms). */
export interface RuleTerm {
  /** Id, unique among the block's entries of its kind, e.g. `reject`. */
  id: string;
  /** Polarity toward reconciliation: −1/+1 for attitudes and phrases, 0 for targets and conditions. */
  polarity: -1 | 0 | 1;
  /** The lemma the forms belong to, as the entry names it (documentation; the generator reads `lemmas:`), or null. */
  lemma: string | null;
  /** Forms per form class (`lemmas` for the forms generated from the entry's lemmas, then `perfect`, `imperfect`, `participle`, `noun`, `adverbial`, `dialect`, `phrase`, or `forms` for a plain list). */
  classes: Record<string, string[]>;
  /** Every form of every class, in order, each once. */
  forms: string[];
  /** Conditions only: the cue counts only when a negator stands before the target («لا لقاء قبل …»). */
  needsNegator: boolean;
  /** Conditions only: the cue counts only after its target or attitude («على أن», «بعد أن»). */
  after: boolean;
  /** Attitudes only: it judges the target itself («خيانة», «إيجابية»), so it never takes an earlier attitude's complement in a chain («اتهم … بالتواطؤ»: both oppose). */
  evaluative: boolean;
  /** Phrases only: segments the phrase applies to (default comments only). */
  segments: ('reporting' | 'comment')[];
  /** Where the entry is declared. */
  origin: RuleOrigin;
}

/** The stance a rule hit expresses. */
export type RuleStance = 'support' | 'oppose' | 'conditional';

/** A validated `stanceRules:` block. */
export interface StanceRules {
  /** Most words allowed between an attitude and its target (same clause). */
  window: number;
  /** Most words before an attitude a negator may stand (same clause). */
  negationWindow: number;
  /** Most words between a condition cue and its target (same sentence). */
  cueWindow: number;
  /** Category of the hits of each stance. */
  emit: Record<RuleStance, string>;
  /** Extra negators (dialect), besides the shared negator particles. */
  negators: string[];
  /** Words after which «ما» is a relative pronoun, not a negator («كل ما»). */
  relativeAfter: string[];
  /** Words before which «ما» is a relative pronoun, not a negator («ما يسمى», «ما وصفه»). */
  relativeBefore: string[];
  /** Exceptive particles: a negator followed by one before the attitude restricts, not negates («لن تكون إلا مكافأة»). */
  exceptives: string[];
  /** Words of stopping or reversing between an attitude and its target: each flips it once («دعا إلى وقف التطبيع»). */
  reversers: string[];
  /** Time words: a condition cue right before one is temporal, not a precondition («قبل نهاية العام»). */
  timeWords: string[];
  /** Words or phrases that open an insertion between commas («، في بيان …،», «، على لسان …،»): the clause goes on across it. */
  insertions: string[];
  /** Words that are never condition cues although a cue's form matches them («في المقابل»: on the other hand). */
  cueExceptions: string[];
  /** Words or phrases that deny a target right after them («لا صلح»): opposition. */
  denials: string[];
  /** Attitude terms (polarity ±1). */
  attitudes: RuleTerm[];
  /** Targets: reconciliation and its forms. */
  targets: RuleTerm[];
  /** Precondition cues: a target near one makes a conditional hit. */
  conditions: RuleTerm[];
  /** Positions stated without a target (polarity ±1). */
  phrases: RuleTerm[];
  /** Sarcasm markers (words or emoji): +1 rule hits in a comment line with one count −1. */
  sarcasm: string[];
  /** Where the block starts. */
  origin: RuleOrigin;
}
