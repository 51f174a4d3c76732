/**
 * Attitude × target stance rules (the codebook's `stanceRules:` block) on one line's tokens, from
 * the matcher's own token pass: an attitude and a target in one clause with at most `window` words
 * between them (either order) make a support or oppose hit, attitudes before one target chaining
 * into one hit («دعا إلى رفض التطبيع»); negators before the attitude (or between it and its target)
 * and reversers each flip it once, within their scope (exceptives, quotations, relative «ما»); a
 * condition cue near a target makes the sentence `conditional`; denials («لا صلح»), sarcasm and
 * target-less phrases complete it. Asides between commas are clauses of their own. Only lines with
 * a rule word are looked at. Rules in full: src/stance/README.md «Attitude × target rules».
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
  if (f.next !== null) {
    // «تبدأ بخروج»: the next word carries the form's preposition (and stays outside the form).
    const inf = j < t.n && t.kind[j] === RK_WORD ? t.info[j] : null;
    if (!inf || inf.key.length < 3 || inf.key[0] !== f.next) return -1;
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
  /** 1 on reversers («وقف», «التخلي»), exceptives («إلا», «سوى») and closing quotes (the last two end a negator's scope). */
  rev = new Uint8Array(256);
  exc = new Uint8Array(256);
  quote = new Uint8Array(256);
  sarcasm = false;
  /** First token of the scanned range (tokens before it are never read). */
  lo = 0;
  grow(n: number): void {
    if (n <= this.clause.length) return;
    const m = Math.max(n, this.clause.length * 2);
    this.clause = new Int32Array(m); this.sentence = new Int32Array(m); this.wpos = new Int32Array(m); this.neg = new Uint8Array(m); this.inAttitude = new Uint8Array(m);
    this.rev = new Uint8Array(m); this.exc = new Uint8Array(m); this.quote = new Uint8Array(m);
  }
}
const st = new LineState();

/** Closing quotation marks: a negator inside a quotation does not reach past its end. */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['»', '”', '›']);

/** Whether token `k` is «ما» used as a relative pronoun: after another negator («لا نرى ما يمنع»), after a `relativeAfter` word («كل ما»), before a `relativeBefore` word («ما يسمى»). */
function relativeMa(t: RuleTokenView, k: number, count: number, c: CompiledStanceRules): boolean {
  if (t.info[k]!.key !== 'ما') return false;
  if (count > 0) return true;
  const prev = k > 0 ? t.info[k - 1] : null, next = k + 1 < t.n ? t.info[k + 1] : null;
  return (prev != null && c.relative.has(prev.bare ?? prev.key)) || (next != null && c.relativeBefore.has(next.bare ?? next.key));
}

/**
 * Negators in tokens [from, to), not counting those inside an attitude form, relative «ما»
 * (`relativeMa`), and negators whose scope ends before `scopeEnd` (default `to`): an exceptive after
 * them («لن تكون إلا مكافأة», «ما نأمل إلا الصلح»: restriction, not negation) or a closing quotation
 * mark («لن نصالح» وهتفوا ضد …).
 */
function negCount(t: RuleTokenView, from: number, to: number, c: CompiledStanceRules, scopeEnd = to): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    if (st.neg[k] !== 1 || st.inAttitude[k] === 1 || relativeMa(t, k, count, c)) continue;
    let ends = false;
    for (let x = k + 1; x < scopeEnd && !ends; x++) ends = st.exc[x] === 1 || (x < to && st.quote[x] === 1);
    if (!ends) count++;
  }
  return count;
}

/** Most words between a reverser and the part it reverses («بالكف عن مساعي المصالحة»: two). */
const REVERSER_REACH = 2;

/**
 * Reversers in tokens [from, to) at most `REVERSER_REACH` words before token `to` (each flips an
 * attitude once: «دعا إلى وقف التطبيع»; «وقف لإطلاق النار في …» far before a target is a ceasefire).
 */
function revCount(from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (st.rev[k] === 1 && st.wpos[to] - st.wpos[k] - 1 <= REVERSER_REACH) count++;
  return count;
}

/** Negators among the `win` words before token `i`, in its clause, not before token `stop`. */
function negBefore(t: RuleTokenView, i: number, win: number, c: CompiledStanceRules, stop = 0, scopeEnd = i): number {
  let from = i, words = 0;
  for (let k = i - 1; k >= stop && k >= st.lo && words < win && st.clause[k] === st.clause[i]; k--) {
    from = k;
    if (t.kind[k] === RK_WORD || t.kind[k] === RK_HASHTAG) words++;
  }
  return negCount(t, from, i, c, scopeEnd);
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
function within(t: RuleTokenView, from: number, to: number, max: number, stops: ReadonlySet<string>, c: CompiledStanceRules): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    const kind = t.kind[k];
    if (kind === RK_PUNCT) {
      const end = COMMAS.has(t.raw[k]) ? insertionEnd(t, k, c) : -1;
      if (end >= 0 && end < to) k = end;
      else if (stops.has(t.raw[k])) return false;
    } else if ((kind === RK_WORD || kind === RK_HASHTAG) && ++words > max) return false;
  }
  return true;
}

/** Commas that may open or close an insertion. */
const COMMAS: ReadonlySet<string> = new Set(['،', ',']);

/** Most words inside an insertion between commas. */
const INSERTION_WORDS = 8;

/**
 * When the comma at token `k` opens an insertion — its next words are one of the codebook's
 * `insertions` («، في بيان لمكتب المبعوث،», «، على لسان المتحدث باسمها،») and another comma follows
 * within `INSERTION_WORDS` words, before any other clause boundary — the index of that closing
 * comma, else −1. The clause goes on across an insertion, and its words do not count toward a window.
 */
function insertionEnd(t: RuleTokenView, k: number, c: CompiledStanceRules): number {
  const first = k + 1 < t.n ? t.info[k + 1] : null;
  if (first == null) return -1;
  const starts = c.insertions.get(first.bare ?? first.key) ?? c.insertions.get(first.key);
  if (starts === undefined) return -1;
  let opens = false;
  for (const rest of starts) {
    let ok = true;
    for (let x = 0; x < rest.length && ok; x++) { const inf = t.info[k + 2 + x]; ok = inf != null && (inf.key === rest[x] || inf.bare === rest[x]); }
    if (ok) { opens = true; break; }
  }
  if (!opens) return -1;
  let words = 0;
  for (let m = k + 1; m < t.n; m++) {
    if (t.kind[m] === RK_PUNCT) {
      if (COMMAS.has(t.raw[m])) return words > 0 ? m : -1;
      if (CLAUSE_BOUNDARIES.has(t.raw[m])) return -1;
    } else if ((t.kind[m] === RK_WORD || t.kind[m] === RK_HASHTAG) && ++words > INSERTION_WORDS) return -1;
  }
  return -1;
}

/** Whether some part of `pool` lies within `max` words of `p` (either side), with no `stops` between. */
function near(t: RuleTokenView, p: Part, pool: Part[], max: number, stops: ReadonlySet<string>, c: CompiledStanceRules): boolean {
  for (const q of pool) {
    if (q.j <= p.i ? within(t, q.j, p.i, max, stops, c) : p.j <= q.i && within(t, p.j, q.i, max, stops, c)) return true;
  }
  return false;
}

/** Conjunctions standing alone. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['و', 'او', 'أو', 'ثم']);

/** Whether the attitude form `f` at token `k` carries a conjunction و/ف («ورفض», «فرحب»). */
function conjoined(t: RuleTokenView, k: number, f: RuleForm): boolean {
  const key = t.info[k]?.key ?? '';
  return (key[0] === 'و' || key[0] === 'ف') && f.first[0] !== key[0] && key !== f.first;
}

/** Whether token `k` joins two clauses: a conjunction alone, or و/ف with a negator («ولم», «فلا»). */
function conjunction(t: RuleTokenView, k: number): boolean {
  const key = t.info[k]?.key ?? '';
  return CONJUNCTIONS.has(key) || ((key[0] === 'و' || key[0] === 'ف') && st.neg[k] === 1);
}

/**
 * The attitudes before one target (any order) grouped into chains, each in text order: an attitude
 * governs the next one when it stands within `window` words before it in the same clause and no
 * conjunction joins them («دعا إلى رفض التطبيع», «رفض دعوات التطبيع»: one chain; «لم يرحب ولم يرفض
 * التطبيع»: two). Evaluative attitudes (`RuleTerm.evaluative`) stand alone. The last attitude of
 * each chain is the one that pairs with the target.
 */
function attitudeChains(t: RuleTokenView, attitudes: Part[], window: number): Part[][] {
  const sorted = attitudes.slice().sort((x, y) => x.i - y.i || y.j - x.j);
  const chains: Part[][] = [];
  let cur: Part[] = [];
  for (const a of sorted) {
    const prev = cur.length ? cur[cur.length - 1] : null;
    // Two forms on the same words (a token read as two entries' forms) are one attitude: the longer.
    if (prev !== null && a.i < prev.j) continue;
    let joined = prev !== null && prev.j <= a.i && gap(prev, a) <= window && sameClause(prev, a) && !conjoined(t, a.i, a.form)
      && !a.form.term!.evaluative && !prev.form.term!.evaluative;
    for (let k = prev === null ? a.i : prev.j; joined && k < a.i; k++) if (conjunction(t, k)) joined = false;
    if (!joined && cur.length) { chains.push(cur); cur = []; }
    cur.push(a);
  }
  if (cur.length) chains.push(cur);
  return chains;
}

/**
 * The hit of an attitude chain and its target: the product of the attitudes' polarities («دعا»
 * +1 × «رفض» −1 = oppose), each negator and reverser flipping it once: those before the first
 * attitude (`negationWindow`), between the attitudes, and between the last attitude and the target
 * or `stop` (the next chain's first attitude), up to a conjunction («لا نأمل ولا نرفض الصلح»: the
 * «ولا» is the second chain's, and the «لا» before the first attitude is not: negators before the
 * first attitude are looked for from `start`, the end of the previous chain).
 */
function chainMatch(t: RuleTokenView, c: CompiledStanceRules, chain: Part[], tg: Part, start: number, stop: number, comment: boolean): RuleMatch {
  const r = c.rules;
  let pol = 1, negs = negBefore(t, chain[0].i, r.negationWindow, c, start, tg.i);
  for (let x = 0; x < chain.length; x++) {
    // The same entry again is emphasis («ترفض رفضاً تاماً»), not a second attitude.
    if (x === 0 || chain[x].form.term !== chain[x - 1].form.term) pol *= chain[x].form.term!.polarity;
    let end = x + 1 < chain.length ? chain[x + 1].i : stop;
    if (x + 1 === chain.length && stop < tg.i) for (let k = chain[x].j; k < end; k++) if (conjunction(t, k)) { end = k; break; }
    negs += negCount(t, chain[x].j, end, c, tg.i) + revCount(chain[x].j, end);
  }
  const p = signed(pol, negs, comment);
  const id = `rule:${chain.map((a) => a.form.term!.id).join('+')}+${tg.form.term!.id}`;
  return matchOf(p > 0 ? 'support' : 'oppose', p, id, [...chain.map((a): [Part, RuleHitPart['role']] => [a, 'attitude']), [tg, 'target']], negs);
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
function mayMatch(t: RuleTokenView, c: CompiledStanceRules, targets: Part[], attitudes: Part[], others: Part[], comment: boolean): boolean {
  const r = c.rules;
  if (targets.length && comment && st.sarcasm) return true;
  for (const p of others) {
    if (p.kind === 'phrase') return true;
    if (p.kind === 'condition' && (near(t, p, targets, r.cueWindow, SENTENCE_ENDS, c) || near(t, p, attitudes, r.cueWindow, SENTENCE_ENDS, c))) return true;
    if (p.kind === 'denial' && targets.some((tg) => p.j <= tg.i && within(t, p.j, tg.i, 1, CLAUSE_BOUNDARIES, c))) return true;
  }
  for (const a of attitudes) if (near(t, a, targets, r.window, CLAUSE_BOUNDARIES, c)) return true;
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
      if (f.kind === 'negator' || f.kind === 'reverser') continue;
      // A denial particle is not read through a preposition («بما في ذلك» is no «ما في»).
      if (f.kind === 'denial' && info.key !== f.first && !((info.key[0] === 'و' || info.key[0] === 'ف') && info.key.slice(1) === f.first)) continue;
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
  if (!RULE_SCAN.exhaustive && !mayMatch(t, c, targets, attitudes, others, comment)) return NO_MATCHES;
  // Pass 2: clauses, sentences, word positions and negators, from `negationWindow` words before the
  // first part to the last part (nothing outside is read; sarcasm emoji are looked for on the whole line).
  st.grow(n);
  const { clause, sentence, wpos, neg } = st;
  let lo = n, hi = 0;
  for (const list of [targets, attitudes, others]) for (const p of list) { if (p.i < lo) lo = p.i; if (p.j > hi) hi = p.j; }
  for (let words = 0; lo > 0 && words <= r.negationWindow; ) { lo--; if (t.kind[lo] === RK_WORD || t.kind[lo] === RK_HASHTAG) words++; }
  st.lo = lo;
  let cl = 0, se = 0, w = -1, insertion = -1, outer = 0;
  for (let k = lo; k < hi; k++) {
    const kind = t.kind[k];
    if (kind === RK_PUNCT) {
      const raw = t.raw[k];
      // An insertion between commas (`insertionEnd`) is a clause of its own, its words are not
      // counted, and the clause around it goes on after it.
      if (k === insertion) { insertion = -1; cl = outer; }
      else if (insertion < 0 && COMMAS.has(raw) && (insertion = insertionEnd(t, k, c)) >= 0) { outer = cl; cl = n + k; }
      else if (CLAUSE_BOUNDARIES.has(raw)) cl++;
      if (SENTENCE_ENDS.has(raw)) se++;
    } else if ((kind === RK_WORD || kind === RK_HASHTAG) && insertion < 0) w++;
    clause[k] = cl; sentence[k] = se; wpos[k] = w;
    neg[k] = 0;
    st.inAttitude[k] = 0;
    st.rev[k] = 0;
    st.exc[k] = 0;
    st.quote[k] = kind === RK_PUNCT && CLOSING_QUOTES.has(t.raw[k]) ? 1 : 0;
    const info = t.info[k];
    if (info === null) continue;
    if (c.exceptives.has(info.key)) st.exc[k] = 1;
    if (info.neg) neg[k] = 1;
    if (info.rule !== null) for (const f of info.rule) {
      if (f.kind === 'negator' && f.rest.length === 0) neg[k] = 1;
      else if (f.kind === 'reverser' && (f.rest.length === 0 || formEnd(t, k, f) > 0)) st.rev[k] = 1;
    }
  }
  for (const a of attitudes) for (let k = a.i; k < a.j; k++) st.inAttitude[k] = 1;
  const out: RuleMatch[] = [];
  // Conditions: a cue near a target (or an attitude) makes its sentence conditional.
  const conditional: number[] = [];
  for (const cue of others) {
    if (cue.kind !== 'condition' || conditional.includes(sentence[cue.i])) continue;
    // «في المقابل» (on the other hand) is no «مقابل»; «قبل نهاية العام» is a date, not a precondition.
    if (c.cueExceptions.has(t.info[cue.i]!.key)) continue;
    const next = cue.j < n ? t.info[cue.j] : null;
    if (next != null && c.timeWords.has(next.bare ?? next.key)) continue;
    const term = cue.form.term!;
    // A negator anywhere in the target's clause within `window` words before it («لن تجلس إلى الطاولة مع الجانب التركي قبل أن …»).
    let pool = term.needsNegator
      ? targets.filter((tg) => tg.j <= cue.i && (negBefore(t, tg.i, r.window, c) > 0 || negCount(t, tg.j, cue.i, c) > 0))
      : targets.concat(attitudes);
    if (term.after) pool = pool.filter((q) => q.j <= cue.i);
    const tg = nearest(cue, pool, r.cueWindow, sameSentence);
    if (!tg) continue;
    conditional.push(sentence[cue.i]);
    out.push(matchOf('conditional', 0, `rule:${cue.form.term!.id}+${tg.form.term!.id}`, [[cue, 'condition'], [tg, tg.kind === 'target' ? 'target' : 'attitude']], 0));
  }
  const used: Part[] = [];
  // Each attitude pairs with its nearest target in its clause; per target, the attitudes before it
  // form chains (`attitudeChains`: «دعا إلى رفض التطبيع» is one oppose hit), and only when none
  // stands before it, the nearest attitude after it counts («الانفتاح … بات ضرورة لإغلاق …»).
  const paired: [Part, Part][] = [];
  for (const a of attitudes) {
    if (conditional.includes(sentence[a.i])) continue;
    const tg = nearest(a, targets, r.window, sameClause);
    if (tg) paired.push([a, tg]);
  }
  for (const [, tg] of paired) {
    if (used.includes(tg)) continue;
    used.push(tg);
    const before = paired.filter(([a, x]) => x === tg && a.j <= tg.i).map(([a]) => a);
    if (before.length) {
      const chains = attitudeChains(t, before, r.window);
      for (let x = 0; x < chains.length; x++) {
        const start = x > 0 ? chains[x - 1][chains[x - 1].length - 1].j : 0;
        out.push(chainMatch(t, c, chains[x], tg, start, x + 1 < chains.length ? chains[x + 1][0].i : tg.i, comment));
      }
      continue;
    }
    let a: Part | null = null;
    for (const [q, x] of paired) if (x === tg && (a === null || q.i < a.i)) a = q;
    // A negator before a target that precedes the attitude governs the target, not the attitude
    // («مو تقارب، بيع»): the attitude's window stops at the target.
    const negs = negBefore(t, a!.i, r.negationWindow, c, tg.j);
    const pol = signed(a!.form.term!.polarity, negs, comment);
    out.push(matchOf(pol > 0 ? 'support' : 'oppose', pol, `rule:${a!.form.term!.id}+${tg.form.term!.id}`, [[a!, 'attitude'], [tg, 'target']], negs));
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
    const negs = negBefore(t, p.i, r.negationWindow, c);
    const pol = signed(term.polarity, negs, comment);
    out.push(matchOf(pol > 0 ? 'support' : 'oppose', pol, `rule:phrase+${term.id}`, [[p, 'phrase']], negs));
  }
  return out.length > 1 ? out.sort((x, y) => x.i - y.i || x.j - y.j) : out;
}
