/**
 * The matcher's analysis of one distinct token (`TokInfo`), computed once per distinct token text
 * and cached (`CompiledLexicon.cache`): its matching key, clitic readings looked up in the
 * lexicon's first-word indexes, negator and reporting-verb flags, keyness term, and the attitude ×
 * target rule forms it starts. Everything per token that does not depend on its neighbours is
 * here, so the per-token loop (lineTokens.ts) only reads fields.
 */
import type { CompiledLexicon, Phrase, PhraseIndex } from '../../lexicon/compileLexicon';
import type { CliticCandidate } from '../../text/clitics';
import { cliticCandidates } from '../../text/clitics';
import { matchKey } from '../../text/matchKey';
import { hasPrefix } from '../../text/affixes';
import { termOfWordKey } from '../../text/terms';
import { termSlotOf } from '../../text/termTally';
import type { TermSlot } from '../../text/termTally';
import { T_ARABIC, T_HASHTAG, T_LATIN } from '../../text/scanTokens';
import { RULE_BIT, ruleFormsOf, ruleMaskOf, type RuleForm } from '../../lexicon/compileStanceRules';
import { isNegatorReading } from '../negation';
import { reportingClassOfKey } from '../quotation';

/** Cached analysis of one distinct token. */
export interface TokInfo {
  /** Matching key. */
  key: string;
  /** Key without the article, or null. */
  bare: string | null;
  /** Whether the token is a negator. */
  neg: boolean;
  /** Reporting class (see quotationOfLine). */
  report: 0 | 1 | 2;
  /**
   * Phrases this token can start (readings through a preposition proclitic are dropped for
   * `bare` markers), or null.
   */
  starts: Phrase[] | null;
  /** Guard phrases (`CompiledLexicon.guardIndex`) this token can start, or null. */
  guards: Phrase[] | null;
  /** Suffix-stripped readings [stem, hasArticle] (lazy: see wordMatches.ts). */
  sufs?: [string, boolean][];
  /** Keyness term of the token (`termOfToken`), or null. */
  term: string | null;
  /** Counting slot of `term` (see `TermTally`), or null. */
  slot: TermSlot | null;
  /** Attitude × target rule forms the token can start (see `ruleFormsOf`), or null. */
  rule: RuleForm[] | null;
  /** Kinds of those forms as a bit mask (`ruleMaskOf`). */
  ruleMask: number;
  /** Kinds of its one-word forms (`RULE_BIT`). */
  ruleOne: number;
  /** Kinds of its longer forms by their second word's key (null: none). */
  ruleNext: Map<string, number> | null;
}

function addStart(list: { p: Phrase; prep: boolean }[], p: Phrase, prep: boolean): void {
  for (const s of list) if (s.p === p) { if (!prep) s.prep = false; return; }
  list.push({ p, prep });
}

/** The phrases a token starts, without preposition readings of `bare` markers; null when none. */
function startPhrases(starts: { p: Phrase; prep: boolean }[]): Phrase[] | null {
  const out: Phrase[] = [];
  for (const s of starts) if (!(s.prep && s.p.bare)) out.push(s.p);
  return out.length ? out : null;
}

/** Whether a proclitic string holds a preposition (ب, ك or ل). */
function hasPreposition(proclitic: string): boolean {
  for (let i = 0; i < proclitic.length; i++) {
    const ch = proclitic[i];
    if (ch === 'ب' || ch === 'ك' || ch === 'ل') return true;
  }
  return false;
}

/** The phrases of an index that a hashtag token (matching key `key`) starts. */
function hashtagStarts(x: PhraseIndex, key: string): Phrase[] | null {
  const starts: { p: Phrase; prep: boolean }[] = [];
  for (const p of x.first.get(key) ?? []) addStart(starts, p, false);
  for (const p of x.anyHashtag) addStart(starts, p, false);
  return startPhrases(starts);
}

/**
 * The phrases of an index that a word with these clitic readings starts (see `startPhrases`).
 * `hasGlobs`: whether the index has prefix, suffix or infix globs (else only exact stems are looked up).
 */
function wordStarts(x: PhraseIndex, readings: readonly CliticCandidate[], hasGlobs: boolean): Phrase[] | null {
  let starts: { p: Phrase; prep: boolean }[] | null = null;
  for (const cand of readings) {
    const list = x.first.get(cand.stem);
    if (list === undefined && !hasGlobs) continue;
    starts ??= [];
    const prep = hasPreposition(cand.proclitic);
    if (list) {
      for (const p of list) {
        if (p.words[0].article && !cand.article) continue;
        if (p.words[0].noArticle && cand.article) continue;
        if (cand.suffix && !(p.suffixes && p.words.length === 1)) continue;
        addStart(starts, p, prep);
      }
    }
    if (cand.suffix || !hasGlobs) continue;
    const st = cand.stem;
    for (const L of x.prefixLengths) {
      if (L > st.length) break;
      for (const p of x.prefix.get(st.slice(0, L)) ?? []) addStart(starts, p, prep);
    }
    for (const L of x.suffixLengths) {
      if (L > st.length) break;
      for (const p of x.suffix.get(st.slice(st.length - L)) ?? []) addStart(starts, p, prep);
    }
    for (const p of x.infix) if (st.includes(p.words[0].stem)) addStart(starts, p, prep);
  }
  return starts === null ? null : startPhrases(starts);
}

/** Whether an index has glob phrases (prefix, suffix or infix), which every reading must be tried on. */
function hasGlobs(x: PhraseIndex): boolean {
  return x.prefix.size > 0 || x.suffix.size > 0 || x.infix.length > 0;
}

/**
 * The kinds (`RULE_BIT`) of a token's one-word rule forms, and of its longer forms by the key of
 * their second word: the line's kind mask then counts a longer form only when its second word
 * follows («على أن» is a cue, «على» alone is not).
 */
function ruleKindsByNext(rule: RuleForm[]): { ruleOne: number; ruleNext: Map<string, number> | null } {
  let ruleOne = 0;
  let ruleNext: Map<string, number> | null = null;
  for (const f of rule) {
    const bit = RULE_BIT[f.kind];
    if (f.rest.length === 0) { ruleOne |= bit; continue; }
    ruleNext ??= new Map();
    ruleNext.set(f.rest[0], (ruleNext.get(f.rest[0]) ?? 0) | bit);
  }
  return { ruleOne, ruleNext };
}

/**
 * Analysis of a word or hashtag token `raw`; `kind` is its numeric token kind (see `scanTokens`).
 * @example analyzeToken(compileLexicon(loadLexicon()), 'والتطبيع', T_ARABIC).starts?.length // > 0
 */
export function analyzeToken(c: CompiledLexicon, raw: string, kind: number): TokInfo {
  const key = matchKey(raw);
  if (kind === T_HASHTAG) {
    return {
      key, bare: null, neg: false, report: 0, starts: hashtagStarts(c, key), guards: hashtagStarts(c.guardIndex, key),
      term: key, slot: termSlotOf(key), rule: null, ruleMask: 0, ruleOne: 0, ruleNext: null,
    };
  }
  const bare = key.length >= 4 && hasPrefix(key, 'ال') ? key.slice(2) : null;
  const readings = cliticCandidates(key, true);
  const rule = c.rules === null ? null : ruleFormsOf(c.rules, key, readings, raw.endsWith('ة'));
  // `termOfToken(raw, kind)` and `reportingClass(raw)` from the key already computed.
  const term = kind === T_ARABIC || kind === T_LATIN ? termOfWordKey(key) : null;
  const next = rule === null ? null : ruleKindsByNext(rule);
  return {
    key, bare, neg: isNegatorReading(key, readings), report: reportingClassOfKey(key), starts: wordStarts(c, readings, hasGlobs(c)),
    guards: wordStarts(c.guardIndex, readings, hasGlobs(c.guardIndex)), term, slot: term === null ? null : termSlotOf(term), rule,
    ruleMask: ruleMaskOf(rule), ruleOne: next === null ? 0 : next.ruleOne, ruleNext: next === null ? null : next.ruleNext,
  };
}
