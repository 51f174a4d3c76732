/**
 * Compiling the attitude × target rules for the matcher's token pass: one Map from a form's first
 * word (matching key, article stripped) to the forms starting with it, so a token is looked up
 * once (its analysis is cached per distinct token) and lines without any rule word cost nothing more.
 */
import type { CliticCandidate } from '../text/clitics';
import { matchKey } from '../text/matchKey';
import type { RuleTerm, StanceRules } from './stanceRuleTypes';

/** What a rule form is. */
export type RuleKind = 'attitude' | 'target' | 'condition' | 'phrase' | 'negator' | 'denial' | 'sarcasm' | 'reverser';

/** Bit of each kind in a token's or line's kind mask (`ruleMaskOf`). */
export const RULE_BIT: Readonly<Record<RuleKind, number>> = { target: 1, attitude: 2, condition: 4, phrase: 8, denial: 16, sarcasm: 32, negator: 64, reverser: 128 };

/**
 * The kinds of rule forms a list starts, as a bit mask (`RULE_BIT`); 0 for null.
 * @example ruleMaskOf([{ kind: 'target', term, rest: [] }]) // 1
 */
export function ruleMaskOf(forms: readonly RuleForm[] | null): number {
  let m = 0;
  if (forms) for (const f of forms) m |= RULE_BIT[f.kind];
  return m;
}

/** One compiled form. */
export interface RuleForm {
  /** What the form is. */
  kind: RuleKind;
  /** The entry it belongs to (null for negators, denials and sarcasm markers). */
  term: RuleTerm | null;
  /** Keys of the words after the first (article stripped), to match on the following word tokens. */
  rest: string[];
  /** Key of the first word (article stripped). */
  first: string;
  /**
   * A one-letter preposition written as the form's last word («يبدأ ب», «طالب ب»): the next word must
   * start with it («تبدأ بخروج القوات»), and it is not part of the form; null for other forms.
   */
  next: string | null;
}

/** Compiled rules. */
export interface CompiledStanceRules {
  /** The source block. */
  rules: StanceRules;
  /** First-word key (article stripped) → forms starting with it. */
  index: Map<string, RuleForm[]>;
  /** Sarcasm markers that are not words (emoji), matched inside other tokens. */
  symbols: string[];
  /** Keys (article stripped) of the words after which «ما» is relative (`relativeAfter`). */
  relative: Set<string>;
  /** Keys (article stripped) of the words before which «ما» is relative (`relativeBefore`). */
  relativeBefore: Set<string>;
  /** Keys of the exceptive particles (`exceptives`). */
  exceptives: Set<string>;
  /** Keys (article stripped) of the time words (`timeWords`). */
  timeWords: Set<string>;
  /** Matching keys of the words that are never condition cues (`cueExceptions`, article kept). */
  cueExceptions: Set<string>;
  /** Openers of an insertion between commas (`insertions`): first word's key → the keys of the words after it. */
  insertions: Map<string, string[][]>;
}

/**
 * The key a rule word is compared on: its matching key without the article (when 2+ letters follow).
 * @example ruleKey('التطبيع') // 'تطبيع'
 */
export function ruleKey(word: string): string {
  const k = matchKey(word);
  return k.length >= 4 && k.startsWith('ال') ? k.slice(2) : k;
}

/**
 * Compiles a `stanceRules:` block.
 * @example compileStanceRules(loadLexicon().stanceRules!).index.has('رفض') // true
 */
export function compileStanceRules(rules: StanceRules): CompiledStanceRules {
  const index = new Map<string, RuleForm[]>();
  const symbols: string[] = [];
  const add = (kind: RuleKind, term: RuleTerm | null, form: string): void => {
    // A form without letters or digits (an emoji) is matched inside other tokens, whatever its key.
    const words = NO_LETTERS.test(form) ? [] : form.split(' ').map(ruleKey).filter((w) => w !== '');
    if (!words.length) { symbols.push(form); return; }
    const next = words.length > 1 && PROCLITICS.has(words[words.length - 1]) ? words.pop()! : null;
    const list = index.get(words[0]) ?? [];
    if (list.some((f) => f.kind === kind && f.term === term && f.rest.join(' ') === words.slice(1).join(' ') && f.next === next)) return;
    list.push({ kind, term, rest: words.slice(1), first: words[0], next });
    index.set(words[0], list);
  };
  for (const t of rules.attitudes) for (const f of t.forms) add('attitude', t, f);
  for (const t of rules.targets) for (const f of t.forms) add('target', t, f);
  for (const t of rules.conditions) for (const f of t.forms) add('condition', t, f);
  for (const t of rules.phrases) for (const f of t.forms) add('phrase', t, f);
  for (const f of rules.negators) add('negator', null, f);
  for (const f of rules.denials) add('denial', null, f);
  for (const f of rules.sarcasm) add('sarcasm', null, f);
  for (const f of rules.reversers) add('reverser', null, f);
  const keys = (list: string[]): Set<string> => new Set(list.map(ruleKey));
  const insertions = new Map<string, string[][]>();
  for (const f of rules.insertions) {
    const [first, ...rest] = f.split(' ').map(ruleKey);
    insertions.set(first, [...(insertions.get(first) ?? []), rest]);
  }
  return {
    rules, index, symbols, relative: keys(rules.relativeAfter), relativeBefore: keys(rules.relativeBefore), exceptives: keys(rules.exceptives),
    timeWords: keys(rules.timeWords), cueExceptions: new Set(rules.cueExceptions.map(matchKey)), insertions,
  };
}

/** One-letter prepositions that a form may end in, written apart («يبدأ ب»). */
const PROCLITICS: ReadonlySet<string> = new Set(['ب', 'ل', 'ك']);

/** A form with no letter and no digit (an emoji). */
const NO_LETTERS = /^[^\p{L}\p{N}]+$/u;

/** A token that repeats one letter 4+ times. */
const LETTER_RUN = /^(.)\1{3,}$/;

/**
 * The rule forms a token can start: those of its key and of each clitic reading's stem (و ف ب ك
 * ل س, the article and pronoun suffixes stripped; dialect هال/عال; a letter run as its first three
 * letters), each form once; null when none. `taMarbuta`: the
 * token is written with a final ة (then a final ه of its key is not a pronoun).
 * @example ruleFormsOf(compiled, 'ورفضت', cliticCandidates('ورفضت', true))?.[0].kind // 'attitude'
 */
export function ruleFormsOf(c: CompiledStanceRules, key: string, readings: readonly CliticCandidate[], taMarbuta = false): RuleForm[] | null {
  // Called once per distinct token: no closure, and the letter-run test only when the first two letters agree.
  const index = c.index;
  let out = takeForms(null, index.get(key));
  if (key.length >= 4 && key.startsWith('ال')) out = takeForms(out, index.get(key.slice(2)));
  // Dialect «هال» (this, the: هالتقارب) and «عال» (on the: عالتطبيع) before a word of 3+ letters.
  if (key.length >= 6 && (key.startsWith('هال') || key.startsWith('عال'))) out = takeForms(out, index.get(key.slice(3)));
  // Laughter and other letter runs (ههههههه، خخخخ) are read as their first three letters.
  if (key.length > 3 && key.charCodeAt(0) === key.charCodeAt(1) && LETTER_RUN.test(key)) out = takeForms(out, index.get(key.slice(0, 3)));
  // A stripped pronoun suffix leaves short stems that are other words («الصحة» → «صح»): suffix
  // readings reach only forms of 4+ letters.
  // A word written with ة ends in ه in its key: that ه is no pronoun («مقابلة» is not «مقابل» + ه).
  for (const r of readings) if (!r.suffix || (r.stem.length >= 4 && !(taMarbuta && r.suffix === 'ه'))) out = takeForms(out, index.get(r.stem));
  return out;
}

/** `out` with the forms of `list` it does not hold yet appended (a new array when `out` is null). */
function takeForms(out: RuleForm[] | null, list: RuleForm[] | undefined): RuleForm[] | null {
  if (list === undefined) return out;
  for (const f of list) { if (out === null) out = []; if (!out.includes(f)) out.push(f); }
  return out;
}
