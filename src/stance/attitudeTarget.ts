/**
 * Attitude × target stance rules (the codebook's `stanceRules:` block) on one line's tokens, from
 * the matcher's own token pass: an attitude and a target in one clause with at most `window` words
 * between them (either order) make a support or oppose hit; negators before the attitude (or
 * between it and its target) each flip it once; a condition cue near a target makes the sentence
 * `conditional`; denials («لا صلح»), sarcasm and target-less phrases complete it. Only lines with a
 * rule word are looked at. Rules in full: src/stance/README.md «Attitude × target rules».
 */
import type { CompiledStanceRules, RuleForm } from '../lexicon/compileStanceRules';
import type { RuleStance } from '../lexicon/stanceRuleTypes';
import { CLAUSE_BOUNDARIES } from './negation';
import type { RuleHitPart } from './types';

/** Punctuation that ends a sentence (condition cues reach across commas, not across these). */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '؟', '…', '؛', ';']);

/** Token kinds of the view (the matcher's: punctuation, word, hashtag, other). */
export const RK_PUNCT = 0;
export const RK_WORD = 1;

/** What the rules read of a scanned line (the matcher's `LineTokens` has these fields). */
export interface RuleTokenView {
  /** Number of tokens. */
  n: number;
  /** Kind per token: 0 punctuation, 1 word, 2 hashtag, 3 other (link, mention, emoji). */
  kind: number[];
  /** Cached analysis per word/hashtag token (null for the others). */
  info: ({ key: string; neg: boolean; rule: RuleForm[] | null } | null)[];
  /** Token texts (valid for punctuation and other tokens). */
  raw: string[];
}

/** One rule match on a line, in token indices. */
export interface RuleMatch {
  /** The stance it expresses. */
  stance: RuleStance;
  /** +1, −1, or 0 for conditional. */
  polarity: -1 | 0 | 1;
  /** Rule id, e.g. `rule:reject+normalization`. */
  id: string;
  /** Token span [i, j) covering all its parts. */
  i: number;
  j: number;
  /** Its parts (roles, entries, token spans). */
  parts: { role: RuleHitPart['role']; term: string; i: number; j: number }[];
  /** Negators that flipped it. */
  negators: number;
}

interface Part { kind: RuleForm['kind']; form: RuleForm; i: number; j: number }

/** The key a token is compared on for the words after a form's first (article stripped). */
function bareKey(key: string): string {
  return key.length >= 4 && key.startsWith('ال') ? key.slice(2) : key;
}

/**
 * The rule matches of one scanned line (`comment`: whether it is a reader comment).
 * @example ruleMatchesOfLine(rules, tokensOf('رفضت الفصائل كل أشكال التطبيع'), false)[0].id // 'rule:reject+normalization'
 */
export function ruleMatchesOfLine(c: CompiledStanceRules, t: RuleTokenView, comment: boolean): RuleMatch[] {
  const r = c.rules;
  const n = t.n;
  const clause: number[] = new Array(n);
  const sentence: number[] = new Array(n);
  const wpos: number[] = new Array(n);
  const neg: boolean[] = new Array(n).fill(false);
  const parts: Part[] = [];
  let cl = 0, se = 0, w = -1, sarcasm = false;
  for (let k = 0; k < n; k++) {
    const kind = t.kind[k];
    if (kind === RK_PUNCT) {
      const raw = t.raw[k];
      if (CLAUSE_BOUNDARIES.has(raw)) cl++;
      if (SENTENCE_ENDS.has(raw)) se++;
    } else if (kind === RK_WORD || kind === 2) w++;
    else if (c.symbols.some((s) => t.raw[k].includes(s))) sarcasm = true;
    clause[k] = cl; sentence[k] = se; wpos[k] = w;
    const info = t.info[k];
    if (!info) continue;
    if (info.neg) neg[k] = true;
    if (info.rule === null) continue;
    for (const f of info.rule) {
      let j = k + 1;
      for (const word of f.rest) {
        const inf = t.info[j];
        if (j >= n || t.kind[j] !== RK_WORD || !inf || (inf.key !== word && bareKey(inf.key) !== word)) { j = -1; break; }
        j++;
      }
      if (j < 0) continue;
      if (f.kind === 'negator' && f.rest.length === 0) neg[k] = true;
      else if (f.kind === 'sarcasm') sarcasm = true;
      else if (f.kind !== 'negator') parts.push({ kind: f.kind, form: f, i: k, j });
    }
  }
  // «ما» after another negator is a relative pronoun («لا نرى ما يمنع»), not a second negation.
  const negCount = (from: number, to: number): number => {
    let count = 0;
    for (let k = from; k < to; k++) if (neg[k] && !(t.info[k]!.key === 'ما' && count > 0)) count++;
    return count;
  };
  /** Negators among the `negationWindow` words before token `i`, in its clause, not before token `stop`. */
  const negBefore = (i: number, stop = 0): number => {
    let from = i, words = 0;
    for (let k = i - 1; k >= stop && words < r.negationWindow && clause[k] === clause[i]; k--) {
      from = k;
      if (t.kind[k] === RK_WORD || t.kind[k] === 2) words++;
    }
    return negCount(from, i);
  };
  const gap = (a: Part, b: Part): number => (a.j <= b.i ? wpos[b.i] - wpos[a.j - 1] - 1 : b.j <= a.i ? wpos[a.i] - wpos[b.j - 1] - 1 : -1);
  const of = (kind: Part['kind']) => parts.filter((p) => p.kind === kind);
  const targets = of('target');
  const attitudes = of('attitude');
  const nearest = (p: Part, pool: Part[], max: number, same: (a: Part, b: Part) => boolean): Part | null => {
    let best: Part | null = null, bestGap = Infinity;
    for (const q of pool) {
      const g = gap(p, q);
      if (g < 0 || g > max || !same(p, q)) continue;
      if (g < bestGap || (g === bestGap && q.i > p.i)) { best = q; bestGap = g; }
    }
    return best;
  };
  const sameClause = (a: Part, b: Part): boolean => clause[a.i] === clause[b.i] && clause[a.j - 1] === clause[b.j - 1];
  const sameSentence = (a: Part, b: Part): boolean => sentence[a.i] === sentence[b.i];
  const out: RuleMatch[] = [];
  const span = (ps: Part[]) => ({ i: Math.min(...ps.map((p) => p.i)), j: Math.max(...ps.map((p) => p.j)) });
  const partOf = (p: Part, role: RuleHitPart['role']) => ({ role, term: p.form.term?.id ?? role, i: p.i, j: p.j });
  // Conditions: a cue near a target (or an attitude) makes its sentence conditional.
  const conditional = new Set<number>();
  for (const cue of of('condition')) {
    if (conditional.has(sentence[cue.i])) continue;
    const pool = cue.form.term!.needsNegator
      ? targets.filter((tg) => negBefore(tg.i) > 0 && tg.i < cue.i)
      : [...targets, ...attitudes];
    const tg = nearest(cue, pool, r.cueWindow, sameSentence);
    if (!tg) continue;
    conditional.add(sentence[cue.i]);
    out.push({ stance: 'conditional', polarity: 0, id: `rule:${cue.form.term!.id}+${tg.form.term!.id}`, ...span([cue, tg]), parts: [partOf(cue, 'condition'), partOf(tg, tg.kind === 'target' ? 'target' : 'attitude')], negators: 0 });
  }
  const signed = (pol: number, negs: number): -1 | 1 => {
    let p = negs % 2 === 0 ? pol : -pol;
    if (sarcasm && comment && p > 0) p = -1;
    return p > 0 ? 1 : -1;
  };
  const used = new Set<Part>();
  for (const a of attitudes) {
    if (conditional.has(sentence[a.i])) continue;
    const tg = nearest(a, targets, r.window, sameClause);
    if (!tg) continue;
    used.add(tg);
    used.add(a);
    // A negator before a target that precedes the attitude governs the target, not the attitude
    // («مو تقارب، بيع»): the attitude's window stops at the target.
    const negs = a.j <= tg.i ? negBefore(a.i) + negCount(a.j, tg.i) : negBefore(a.i, tg.j);
    const pol = signed(a.form.term!.polarity, negs);
    out.push({ stance: pol > 0 ? 'support' : 'oppose', polarity: pol, id: `rule:${a.form.term!.id}+${tg.form.term!.id}`, ...span([a, tg]), parts: [partOf(a, 'attitude'), partOf(tg, 'target')], negators: negs });
  }
  const denials = of('denial');
  for (const tg of targets) {
    if (used.has(tg) || conditional.has(sentence[tg.i])) continue;
    const d = denials.find((x) => x.j <= tg.i && sameClause(x, tg) && gap(x, tg) <= 1);
    if (d) { used.add(tg); out.push({ stance: 'oppose', polarity: -1, id: `rule:denial+${tg.form.term!.id}`, ...span([d, tg]), parts: [partOf(d, 'denial'), partOf(tg, 'target')], negators: 0 }); continue; }
    if (sarcasm && comment) { used.add(tg); out.push({ stance: 'oppose', polarity: -1, id: `rule:sarcasm+${tg.form.term!.id}`, i: tg.i, j: tg.j, parts: [partOf(tg, 'target')], negators: 0 }); }
  }
  for (const p of of('phrase')) {
    const term = p.form.term!;
    if (!term.segments.includes(comment ? 'comment' : 'reporting') || conditional.has(sentence[p.i])) continue;
    if (out.some((m) => m.i < p.j && p.i < m.j)) continue;
    const negs = negBefore(p.i);
    const pol = signed(term.polarity, negs);
    out.push({ stance: pol > 0 ? 'support' : 'oppose', polarity: pol, id: `rule:phrase+${term.id}`, i: p.i, j: p.j, parts: [partOf(p, 'phrase')], negators: negs });
  }
  return out.sort((x, y) => x.i - y.i || x.j - y.j);
}
