/**
 * Attitude × target stance rules (the codebook's `stanceRules:` block) on one line's tokens, from
 * the matcher's own token pass: an attitude and a target in one clause with at most `window` words
 * between them (either order) make a support or oppose hit; negators before the attitude (or
 * between it and its target) each flip it once; a condition cue near a target makes the sentence
 * `conditional`; denials («لا صلح»), sarcasm and target-less phrases complete it. Only lines with a
 * rule word are looked at. Rules in full: src/stance/README.md «Attitude × target rules».
 */
import * as compiled from '../lexicon/compileStanceRules';
import type { CompiledStanceRules, RuleForm } from '../lexicon/compileStanceRules';
import type { RuleStance } from '../lexicon/stanceRuleTypes';
import * as negation from './negation';
import type { RuleHitPart } from './types';

// Module-level copies of imported constants: the CommonJS transform reads imports through getters,
// a call per access inside per-token loops (as in matchMarkers.ts).
const RULE_BIT = compiled.RULE_BIT;
const CLAUSE_BOUNDARIES = negation.CLAUSE_BOUNDARIES;

/** Punctuation that ends a sentence (condition cues reach across commas, not across these). */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '؟', '…', '؛', ';']);

/** Token kinds of the view (the matcher's: punctuation, word, hashtag, other). */
export const RK_PUNCT = 0;
export const RK_WORD = 1;
export const RK_HASHTAG = 2;

/** What the rules read of a scanned line (the matcher's `LineTokens` has these fields). */
export interface RuleTokenView {
  /** Number of tokens. */
  n: number;
  /** Kind per token: 0 punctuation, 1 word, 2 hashtag, 3 other (link, mention, emoji). */
  kind: number[];
  /** Cached analysis per word/hashtag token (null for the others). */
  info: ({ key: string; bare: string | null; neg: boolean; rule: RuleForm[] | null } | null)[];
  /** Token texts (valid for punctuation and other tokens). */
  raw: string[];
  /** Indices of the tokens that start a rule form, in order (the first `nRule`), when the scanner keeps them. */
  ruleAt?: number[];
  /** Number of valid entries of `ruleAt`. */
  nRule?: number;
}

/**
 * Whether a line whose tokens start rule forms of the kinds in `mask` (`RULE_BIT`) can give a rule
 * hit at all: a target with an attitude, a denial or (in a comment) sarcasm; a condition; a phrase.
 * Lines that cannot are not looked at (most lines that mention a target say nothing about it).
 * @example lineMayMatch(RULE_BIT.target, false, false) // false
 * @example lineMayMatch(RULE_BIT.target | RULE_BIT.attitude, false, false) // true
 */
export function lineMayMatch(mask: number, comment: boolean, symbols: boolean): boolean {
  if (mask & (RULE_BIT.condition | RULE_BIT.phrase)) return true;
  if (!(mask & RULE_BIT.target)) return false;
  return (mask & (RULE_BIT.attitude | RULE_BIT.denial)) !== 0 || (comment && (symbols || (mask & RULE_BIT.sarcasm) !== 0));
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

/** End token (exclusive) of form `f` started at token `k`, or −1 when its further words do not follow. */
function formEnd(t: RuleTokenView, k: number, f: RuleForm): number {
  let j = k + 1;
  for (const word of f.rest) {
    const inf = t.info[j];
    if (j >= t.n || t.kind[j] !== RK_WORD || !inf || (inf.key !== word && inf.bare !== word)) return -1;
    j++;
  }
  return j;
}

/** Per-line state of the rules, in arrays reused from line to line (grown as needed). */
class LineState {
  clause = new Int32Array(256);
  sentence = new Int32Array(256);
  wpos = new Int32Array(256);
  neg = new Uint8Array(256);
  /** 1 on tokens inside an attitude form («يحول دون»: its «دون» negates nothing). */
  inAttitude = new Uint8Array(256);
  sarcasm = false;
  /** First token of the scanned range (tokens before it are never read). */
  lo = 0;
  grow(n: number): void {
    if (n <= this.clause.length) return;
    const m = Math.max(n, this.clause.length * 2);
    this.clause = new Int32Array(m); this.sentence = new Int32Array(m); this.wpos = new Int32Array(m); this.neg = new Uint8Array(m); this.inAttitude = new Uint8Array(m);
  }
}
const st = new LineState();

/**
 * Negators in tokens [from, to), not counting those inside an attitude form. «ما» after another
 * negator («لا نرى ما يمنع») or right after a `relativeAfter` word («كل ما») is a relative pronoun.
 */
function negCount(t: RuleTokenView, from: number, to: number, relative: Set<string>): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    if (st.neg[k] !== 1 || st.inAttitude[k] === 1) continue;
    if (t.info[k]!.key === 'ما' && (count > 0 || (k > 0 && t.info[k - 1] !== null && relative.has(t.info[k - 1]!.bare ?? t.info[k - 1]!.key)))) continue;
    count++;
  }
  return count;
}

/** Negators among the `win` words before token `i`, in its clause, not before token `stop`. */
function negBefore(t: RuleTokenView, i: number, win: number, relative: Set<string>, stop = 0): number {
  let from = i, words = 0;
  for (let k = i - 1; k >= stop && k >= st.lo && words < win && st.clause[k] === st.clause[i]; k--) {
    from = k;
    if (t.kind[k] === RK_WORD || t.kind[k] === RK_HASHTAG) words++;
  }
  return negCount(t, from, i, relative);
}

/** Words between two parts that do not overlap, or −1 when they overlap. */
function gap(a: Part, b: Part): number {
  const w = st.wpos;
  return a.j <= b.i ? w[b.i] - w[a.j - 1] - 1 : b.j <= a.i ? w[a.i] - w[b.j - 1] - 1 : -1;
}

function sameClause(a: Part, b: Part): boolean {
  return st.clause[a.i] === st.clause[b.i] && st.clause[a.j - 1] === st.clause[b.j - 1];
}

function sameSentence(a: Part, b: Part): boolean {
  return st.sentence[a.i] === st.sentence[b.i];
}

/** The part of `pool` nearest to `p` (at most `max` words away, `same` scope); a tie goes to the later one. */
function nearest(p: Part, pool: Part[], max: number, same: (a: Part, b: Part) => boolean): Part | null {
  let best: Part | null = null, bestGap = Infinity;
  for (const q of pool) {
    const g = gap(p, q);
    if (g < 0 || g > max || !same(p, q)) continue;
    if (g < bestGap || (g === bestGap && q.i > p.i)) { best = q; bestGap = g; }
  }
  return best;
}

function matchOf(stance: RuleStance, polarity: -1 | 0 | 1, id: string, ps: [Part, RuleHitPart['role']][], negators: number): RuleMatch {
  let i = Infinity, j = -1;
  for (const [p] of ps) { if (p.i < i) i = p.i; if (p.j > j) j = p.j; }
  return { stance, polarity, id, i, j, parts: ps.map(([p, role]) => ({ role, term: p.form.term?.id ?? role, i: p.i, j: p.j })), negators };
}

/** Polarity after `negs` negations, and sarcasm in a comment turning support around. */
function signed(pol: number, negs: number, comment: boolean): -1 | 1 {
  let p = negs % 2 === 0 ? pol : -pol;
  if (st.sarcasm && comment && p > 0) p = -1;
  return p > 0 ? 1 : -1;
}

/**
 * Whether at most `max` words lie in tokens [from, to) with none of `stops` among them: the cheap
 * test of a pair of parts before the line's clauses and word positions are computed.
 */
function within(t: RuleTokenView, from: number, to: number, max: number, stops: ReadonlySet<string>): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    const kind = t.kind[k];
    if (kind === RK_PUNCT) { if (stops.has(t.raw[k])) return false; }
    else if ((kind === RK_WORD || kind === RK_HASHTAG) && ++words > max) return false;
  }
  return true;
}

/** Whether some part of `pool` lies within `max` words of `p` (either side), with no `stops` between. */
function near(t: RuleTokenView, p: Part, pool: Part[], max: number, stops: ReadonlySet<string>): boolean {
  for (const q of pool) {
    if (q.j <= p.i ? within(t, q.j, p.i, max, stops) : p.j <= q.i && within(t, p.j, q.i, max, stops)) return true;
  }
  return false;
}

const NO_MATCHES: RuleMatch[] = [];
const TARGETS: Part[] = [];
const ATTITUDES: Part[] = [];
const OTHERS: Part[] = [];

/**
 * `exhaustive: true` reads every line that has a rule word and every token of it, and skips the
 * `mayMatch` shortcut: the slow path the tests compare the shortcuts with (same matches). Default false.
 */
export const RULE_SCAN = { exhaustive: false };

/**
 * Whether the line's parts can give any rule match (a necessary condition, checked before the
 * line's clauses, sentences and word positions are computed): an attitude within `window` words of
 * a target in one clause, a condition cue within `cueWindow` words of a target or attitude in one
 * sentence, a denial at most one word before a target, a phrase, or a target in a sarcastic comment.
 */
function mayMatch(t: RuleTokenView, r: CompiledStanceRules['rules'], targets: Part[], attitudes: Part[], others: Part[], comment: boolean): boolean {
  if (targets.length && comment && st.sarcasm) return true;
  for (const p of others) {
    if (p.kind === 'phrase') return true;
    if (p.kind === 'condition' && (near(t, p, targets, r.cueWindow, SENTENCE_ENDS) || near(t, p, attitudes, r.cueWindow, SENTENCE_ENDS))) return true;
    if (p.kind === 'denial' && targets.some((tg) => p.j <= tg.i && within(t, p.j, tg.i, 1, CLAUSE_BOUNDARIES))) return true;
  }
  for (const a of attitudes) if (near(t, a, targets, r.window, CLAUSE_BOUNDARIES)) return true;
  return false;
}

/**
 * The rule matches of one scanned line (`comment`: whether it is a reader comment).
 * @example ruleMatchesOfLine(rules, tokensOf('رفضت الفصائل كل أشكال التطبيع'), false)[0].id // 'rule:reject+normalization'
 */
export function ruleMatchesOfLine(c: CompiledStanceRules, t: RuleTokenView, comment: boolean): RuleMatch[] {
  const r = c.rules;
  const n = t.n;
  // Pass 1 (cheap): the line's parts. Without a target, a phrase or a condition nothing can come of it.
  // Lists reused from line to line (no part outlives the call: matches copy what they need).
  const targets = TARGETS, attitudes = ATTITUDES, others = OTHERS;
  targets.length = 0; attitudes.length = 0; others.length = 0;
  st.sarcasm = false;
  const at = RULE_SCAN.exhaustive ? undefined : t.ruleAt;
  const m = at === undefined ? n : t.nRule!;
  for (let x = 0; x < m; x++) {
    const k = at === undefined ? x : at[x];
    const info = t.info[k];
    if (info === null || info.rule === null) continue;
    for (const f of info.rule) {
      if (f.kind === 'negator') continue;
      const j = formEnd(t, k, f);
      if (j < 0) continue;
      if (f.kind === 'sarcasm') { st.sarcasm = true; continue; }
      const part: Part = { kind: f.kind, form: f, i: k, j };
      if (f.kind === 'target') targets.push(part);
      else if (f.kind === 'attitude') attitudes.push(part);
      else if (f.kind !== 'phrase' || f.term!.segments.includes(comment ? 'comment' : 'reporting')) others.push(part);
    }
  }
  if (comment && !st.sarcasm && c.symbols.length && targets.length) {
    for (let k = 0; k < n; k++) if (t.kind[k] === 3 && c.symbols.some((x) => t.raw[k].includes(x))) st.sarcasm = true;
  }
  if (!RULE_SCAN.exhaustive && !mayMatch(t, r, targets, attitudes, others, comment)) return NO_MATCHES;
  // Pass 2: clauses, sentences, word positions and negators, from `negationWindow` words before the
  // first part to the last part (nothing outside is read; sarcasm emoji are looked for on the whole line).
  st.grow(n);
  const { clause, sentence, wpos, neg } = st;
  let lo = n, hi = 0;
  for (const list of [targets, attitudes, others]) for (const p of list) { if (p.i < lo) lo = p.i; if (p.j > hi) hi = p.j; }
  for (let words = 0; lo > 0 && words <= r.negationWindow; ) { lo--; if (t.kind[lo] === RK_WORD || t.kind[lo] === RK_HASHTAG) words++; }
  st.lo = lo;
  let cl = 0, se = 0, w = -1;
  for (let k = lo; k < hi; k++) {
    const kind = t.kind[k];
    if (kind === RK_PUNCT) {
      const raw = t.raw[k];
      if (CLAUSE_BOUNDARIES.has(raw)) cl++;
      if (SENTENCE_ENDS.has(raw)) se++;
    } else if (kind === RK_WORD || kind === RK_HASHTAG) w++;
    clause[k] = cl; sentence[k] = se; wpos[k] = w;
    neg[k] = 0;
    st.inAttitude[k] = 0;
    const info = t.info[k];
    if (info === null) continue;
    if (info.neg) neg[k] = 1;
    else if (info.rule !== null) for (const f of info.rule) if (f.kind === 'negator' && f.rest.length === 0) neg[k] = 1;
  }
  for (const a of attitudes) for (let k = a.i; k < a.j; k++) st.inAttitude[k] = 1;
  const rel = c.relative;
  const out: RuleMatch[] = [];
  // Conditions: a cue near a target (or an attitude) makes its sentence conditional.
  const conditional: number[] = [];
  for (const cue of others) {
    if (cue.kind !== 'condition' || conditional.includes(sentence[cue.i])) continue;
    const term = cue.form.term!;
    let pool = term.needsNegator
      ? targets.filter((tg) => tg.j <= cue.i && (negBefore(t, tg.i, r.negationWindow, rel) > 0 || negCount(t, tg.j, cue.i, rel) > 0))
      : targets.concat(attitudes);
    if (term.after) pool = pool.filter((q) => q.j <= cue.i);
    const tg = nearest(cue, pool, r.cueWindow, sameSentence);
    if (!tg) continue;
    conditional.push(sentence[cue.i]);
    out.push(matchOf('conditional', 0, `rule:${cue.form.term!.id}+${tg.form.term!.id}`, [[cue, 'condition'], [tg, tg.kind === 'target' ? 'target' : 'attitude']], 0));
  }
  const used: Part[] = [];
  for (const a of attitudes) {
    if (conditional.includes(sentence[a.i])) continue;
    const tg = nearest(a, targets, r.window, sameClause);
    if (!tg) continue;
    used.push(tg);
    // A negator before a target that precedes the attitude governs the target, not the attitude
    // («مو تقارب، بيع»): the attitude's window stops at the target.
    const negs = a.j <= tg.i ? negBefore(t, a.i, r.negationWindow, rel) + negCount(t, a.j, tg.i, rel) : negBefore(t, a.i, r.negationWindow, rel, tg.j);
    const pol = signed(a.form.term!.polarity, negs, comment);
    out.push(matchOf(pol > 0 ? 'support' : 'oppose', pol, `rule:${a.form.term!.id}+${tg.form.term!.id}`, [[a, 'attitude'], [tg, 'target']], negs));
  }
  for (const tg of targets) {
    if (used.includes(tg) || conditional.includes(sentence[tg.i])) continue;
    const d = others.find((x) => x.kind === 'denial' && x.j <= tg.i && sameClause(x, tg) && gap(x, tg) <= 1);
    if (d) out.push(matchOf('oppose', -1, `rule:denial+${tg.form.term!.id}`, [[d, 'denial'], [tg, 'target']], 0));
    else if (st.sarcasm && comment) out.push(matchOf('oppose', -1, `rule:sarcasm+${tg.form.term!.id}`, [[tg, 'target']], 0));
  }
  for (const p of others) {
    if (p.kind !== 'phrase') continue;
    const term = p.form.term!;
    if (!term.segments.includes(comment ? 'comment' : 'reporting') || conditional.includes(sentence[p.i])) continue;
    if (out.some((m) => m.i < p.j && p.i < m.j)) continue;
    const negs = negBefore(t, p.i, r.negationWindow, rel);
    const pol = signed(term.polarity, negs, comment);
    out.push(matchOf(pol > 0 ? 'support' : 'oppose', pol, `rule:phrase+${term.id}`, [[p, 'phrase']], negs));
  }
  return out.length > 1 ? out.sort((x, y) => x.i - y.i || x.j - y.j) : out;
}
