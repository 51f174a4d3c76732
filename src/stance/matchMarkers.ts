/**
 * The marker matcher: one tokenizer pass per line (`scanTokens`), a cached analysis per distinct
 * token (matching key, clitic readings looked up in the first-word index, negator and
 * reporting-verb flags, keyness term), phrase continuation over the following tokens, then overlap
 * resolution, negation and quotation. Sense guards (`exclude:`) are checked only at candidate
 * matches of guarded markers, over the guard phrases their window tokens start (cached like the
 * marker phrases). No regex is compiled per line and nothing is allocated per
 * token except on lines that have hits. `scanArticle` also hands each line's word count and keyness
 * terms to the caller from the same pass, so the tables never tokenize a line twice.
 */
import type { Article, LabelledLine, Role } from '../split/types';
import type { Lexicon } from '../lexicon/types';
import type { GuardedHit, Hit } from './types';
import { compileLexicon, isCompiledLexicon } from '../lexicon/compileLexicon';
import type { CompiledLexicon, Phrase, PhraseIndex } from '../lexicon/compileLexicon';
import type { CliticCandidate } from '../text/clitics';
import * as tokens from '../text/scanTokens';
import { TokenBuffer } from '../text/scanTokens';
import { matchKey } from '../text/matchKey';
import * as affixes from '../text/affixes';
import { termOfWordKey } from '../text/terms';
import { termSlotOf } from '../text/termTally';
import type { TermSlot } from '../text/termTally';
import { cliticCandidates, suffixCandidates } from '../text/clitics';
import { isNegatorReading } from './negation';
import { RULE_BIT, ruleFormsOf, ruleMaskOf, type RuleForm } from '../lexicon/compileStanceRules';
import { stanceSign } from '../lexicon/categoryOf';
import { lineMayMatch, ruleMatchesOfLine, RULE_SCAN } from './attitudeTarget';
import * as negation from './negation';
import { isQuoteMark, quotationInto, reportingClassOfKey } from './quotation';
import type { LineQuotes, QuoteColumns } from './quotation';

/** Roles whose lines are matched. Boilerplate, blank, link and comment header/author/meta never are. */
export const MATCHED_ROLES: ReadonlySet<Role> = new Set<Role>(['title', 'byline', 'body', 'subheading', 'caption', 'comment_body']);

/** Options of `matchMarkers`. */
export interface MatchOptions {
  /** Roles to match; default `MATCHED_ROLES` (boilerplate etc. are never matched even if listed). */
  roles?: Role[];
  /**
   * Called with every match a sense guard cancelled (once per marker and start token, in line
   * order), so cancelled matches stay traceable. Default: none (they are only left out).
   */
  onGuarded?: (g: GuardedHit) => void;
}

/** Cached analysis of one distinct token. */
interface TokInfo {
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
  /** Suffix-stripped readings [stem, hasArticle] (lazy). */
  sufs?: [string, boolean][];
  /** Keyness term of the token (`termOfToken`), or null. */
  term: string | null;
  /** Counting slot of `term` (see `TermTally`), or null. */
  slot: TermSlot | null;
  /** Attitude × target rule forms the token can start (see `ruleFormsOf`), or null. */
  rule: RuleForm[] | null;
  /** Kinds of those forms as a bit mask (`ruleMaskOf`). */
  ruleMask: number;
  /** Kinds of its one-word forms, and of its longer forms by their second word's key (null: none). */
  ruleOne: number;
  ruleNext: Map<string, number> | null;
}

const K_PUNCT = 0;
const K_WORD = 1;
const K_HASHTAG = 2;
const K_OTHER = 3;
// Module-level copies of imported hot constants and functions: the CommonJS transform reads
// imports through getters, which costs a call per access inside per-token loops.
const scanTokens = tokens.scanTokens;
const IS_WORD_KIND = tokens.IS_WORD_KIND;
const T_HASHTAG = tokens.T_HASHTAG;
const T_ARABIC = tokens.T_ARABIC;
const T_LATIN = tokens.T_LATIN;
const NEGATION_WINDOW = negation.NEGATION_WINDOW;
const hasPrefix = affixes.hasPrefix;
const CLAUSE_BOUNDARIES = negation.CLAUSE_BOUNDARIES;

/** Matcher kind of each numeric token kind (url, mention, hashtag, arabic, number, latin, emoji, punct). */
const MATCH_KIND = [K_OTHER, K_OTHER, K_HASHTAG, K_WORD, K_WORD, K_WORD, K_OTHER, K_PUNCT];
const NEVER: ReadonlySet<Role> = new Set<Role>(['boilerplate', 'blank', 'link', 'comment_header', 'comment_author', 'comment_meta']);

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

/** The phrases of an index that a word with these clitic readings starts (see `startPhrases`). */
function wordStarts(x: PhraseIndex, readings: readonly CliticCandidate[]): Phrase[] | null {
  const starts: { p: Phrase; prep: boolean }[] = [];
  for (const cand of readings) {
    const prep = hasPreposition(cand.proclitic);
    const list = x.first.get(cand.stem);
    if (list) {
      for (const p of list) {
        if (p.words[0].article && !cand.article) continue;
        if (p.words[0].noArticle && cand.article) continue;
        if (cand.suffix && !(p.suffixes && p.words.length === 1)) continue;
        addStart(starts, p, prep);
      }
    }
    if (cand.suffix) continue;
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
  return startPhrases(starts);
}

/** Analysis of a word or hashtag token; `kind` is its numeric token kind (see `scanTokens`). */
function analyze(c: CompiledLexicon, raw: string, kind: number): TokInfo {
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
  return {
    key, bare, neg: isNegatorReading(key, readings), report: reportingClassOfKey(key), starts: wordStarts(c, readings),
    guards: wordStarts(c.guardIndex, readings), term, slot: term === null ? null : termSlotOf(term), rule, ruleMask: ruleMaskOf(rule),
    ...ruleKindsByNext(rule),
  };
}

/**
 * The kinds (`RULE_BIT`) of a token's one-word rule forms, and of its longer forms by the key of
 * their second word: the line's kind mask then counts a longer form only when its second word
 * follows («على أن» is a cue, «على» alone is not).
 */
function ruleKindsByNext(rule: RuleForm[] | null): { ruleOne: number; ruleNext: Map<string, number> | null } {
  let ruleOne = 0;
  let ruleNext: Map<string, number> | null = null;
  for (const f of rule ?? []) {
    const bit = RULE_BIT[f.kind];
    if (f.rest.length === 0) { ruleOne |= bit; continue; }
    ruleNext ??= new Map();
    ruleNext.set(f.rest[0], (ruleNext.get(f.rest[0]) ?? 0) | bit);
  }
  return { ruleOne, ruleNext };
}

function suffixReadings(info: TokInfo): [string, boolean][] {
  if (!info.sufs) {
    const out: [string, boolean][] = [];
    for (const [s] of suffixCandidates(info.key)) out.push([s, false]);
    if (info.bare) for (const [s] of suffixCandidates(info.bare)) out.push([s, true]);
    info.sufs = out;
  }
  return info.sufs;
}

function wordMatches(info: TokInfo, stem: string, article: boolean, allowSuffix: boolean, noArticle?: boolean): boolean {
  if (!article && info.key === stem) return true;
  if (noArticle) {
    if (allowSuffix) for (const [s, a] of suffixReadings(info)) if (s === stem && !a) return true;
    return false;
  }
  if (info.bare === stem) return true;
  if (allowSuffix) for (const [s, a] of suffixReadings(info)) if (s === stem && (a || !article)) return true;
  return false;
}

/** Reusable per-line token buffers (grown as needed). */
class LineTokens {
  /** The line's tokens. */
  tok = new TokenBuffer();
  n = 0;
  raw: string[] = this.tok.raw;
  start: number[] = this.tok.start;
  end: number[] = this.tok.end;
  /** Matcher kind (K_*) per token. */
  kind: number[] = [];
  info: (TokInfo | null)[] = [];
  /** Word-like tokens of the line (as `countTokens`). */
  words = 0;
  /** Keyness terms of the line's tokens in order, their slots and their number (see `LineCounts`). */
  terms: string[] = [];
  termSlots: TermSlot[] = [];
  termCount = 0;
  /** Whether the line has a quotation mark or a reporting word (else nothing on it is quoted). */
  quoting = false;
  /** Kinds of attitude × target rule forms the line's tokens start (`ruleMaskOf`; 0: the rules skip it). */
  ruled = 0;
  /** Indices of the tokens that start a rule form (the first `nRule`), so the rules read only those. */
  ruleAt: number[] = [];
  nRule = 0;
  /** Quotation view of the line (filled only on quoting lines with hits). */
  quote: QuoteColumns & { punct: boolean[]; key: string[]; report: (0 | 1 | 2)[] } = {
    n: 0, text: this.raw, punct: [], start: this.start, end: this.end, key: [], report: [],
  };
  /** Quotation status of the line's tokens (see `quotationInto`). */
  quotes: LineQuotes = { quoted: [], speaker: [] };
  /** The line whose quotation `quotes` holds (so the rule hits reuse it), or null. */
  quotesOf: string | null = null;
  /** Candidate matches of the line: token span [fi, fj) of phrase fp. */
  fi: number[] = [];
  fj: number[] = [];
  fp: Phrase[] = [];
  /** Matches cancelled by a sense guard: token span [gi, gj) of phrase gp, by guard gg whose phrase spans [gs, ge). */
  gi: number[] = [];
  gg: number[] = [];
  gj: number[] = [];
  gp: Phrase[] = [];
  gs: number[] = [];
  ge: number[] = [];
  /** Number of cancelled matches of the line. */
  guarded = 0;
  /** Candidate indices in resolution order, then the emitted ones in hit order. */
  order: number[] = [];
  emitted: number[] = [];
  /** End token of the last emitted match per overlap group. */
  covered = new Int32Array(16);
}

/**
 * Tokenizes one line once and attaches the cached analysis of every word and hashtag token, its
 * keyness terms and whether anything on it can be quoted. Token texts
 * determine their kind (hashtags start with # or ＃, which no word does), so the raw text is the
 * cache key; it is looked up by span, so a word's text is sliced only on a cache miss (the `raw`
 * entries of words are stale: see `scanTokens`).
 */
function scanLine(c: CompiledLexicon, text: string, b: LineTokens): void {
  const t = b.tok;
  scanTokens(text, t, false);
  const n = t.n;
  const cache = c.cache;
  const tkind = t.kind;
  const start = t.start;
  const end = t.end;
  const raw = t.raw;
  const kinds = b.kind;
  const infos = b.info;
  const terms = b.terms;
  const termSlots = b.termSlots;
  let words = 0;
  let termCount = 0;
  let quoting = false;
  let ruled = 0;
  let nRule = 0;
  const ruleAt = b.ruleAt;
  // Longer rule forms of the previous word token, by their second word (see `ruleKindsByNext`).
  let next: Map<string, number> | null = null;
  for (let i = 0; i < n; i++) {
    const tk = tkind[i];
    if (IS_WORD_KIND[tk]) words++;
    const kind = MATCH_KIND[tk];
    kinds[i] = kind;
    if (kind === K_WORD || kind === K_HASHTAG) {
      const s = start[i];
      const e = end[i];
      let info = cache.getSpan(text, s, e) as TokInfo | undefined;
      if (info === undefined) {
        const r = text.slice(s, e);
        info = analyze(c, r, tk);
        cache.set(r, info);
      }
      infos[i] = info;
      if (info.slot !== null) {
        terms[termCount] = info.term as string;
        termSlots[termCount++] = info.slot;
      }
      if (info.report !== 0) quoting = true;
      if (next !== null && kind === K_WORD) ruled |= (next.get(info.key) ?? 0) | (info.bare === null ? 0 : next.get(info.bare) ?? 0);
      next = kind === K_WORD ? info.ruleNext : null;
      if (info.ruleMask !== 0) { ruled |= info.ruleOne; ruleAt[nRule++] = i; }
    } else {
      next = null;
      infos[i] = null;
      if (kind === K_PUNCT && !quoting && isQuoteMark(raw[i])) quoting = true;
    }
  }
  b.quoting = quoting;
  b.ruled = ruled;
  b.nRule = nRule;
  b.n = n;
  b.words = words;
  b.termCount = termCount;
}

/** Quotation status of the scanned line's tokens (see `quotationInto`), in reused arrays. */
function quotesOfLine(text: string, b: LineTokens): LineQuotes {
  if (b.quotesOf === text) return b.quotes;
  b.quotesOf = text;
  const q = b.quote;
  for (let t = 0; t < b.n; t++) {
    const inf = b.info[t];
    const punct = b.kind[t] === K_PUNCT;
    q.punct[t] = punct;
    // Keys of punctuation are never read; URLs, mentions and emoji have no cached analysis.
    q.key[t] = inf ? inf.key : punct ? b.raw[t] : matchKey(b.raw[t]);
    q.report[t] = inf ? inf.report : 0;
  }
  q.n = b.n;
  return quotationInto(text, q, b.quotes);
}

function contextOk(c: CompiledLexicon, p: Phrase, b: LineTokens, i: number, j: number): boolean {
  const nf = c.notFollowedBy[p.marker];
  if (nf && j < b.n && b.kind[j] === K_WORD) {
    const inf = b.info[j]!;
    if (nf.has(inf.key) || (inf.bare !== null && nf.has(inf.bare))) return false;
  }
  const np = c.notPrecededBy[p.marker];
  if (np && i > 0 && b.kind[i - 1] === K_WORD) {
    const inf = b.info[i - 1]!;
    if (np.has(inf.key) || (inf.bare !== null && np.has(inf.bare))) return false;
  }
  return true;
}

/**
 * First token of the window of `words` word tokens before token i (i itself when none): the
 * search stops at a clause boundary and at a token that is neither a word, a hashtag nor
 * punctuation; other punctuation is skipped.
 */
function windowStart(b: LineTokens, i: number, words: number): number {
  let ws = i;
  let n = 0;
  for (let k = i - 1; k >= 0 && n < words; k--) {
    const kind = b.kind[k];
    if (kind === K_PUNCT) { if (CLAUSE_BOUNDARIES.has(b.raw[k])) break; continue; }
    if (kind === K_OTHER) break;
    ws = k;
    n++;
  }
  return ws;
}

/** End (exclusive) of the window of `words` word tokens from token j on; as `windowStart`. */
function windowEnd(b: LineTokens, j: number, words: number): number {
  let we = j;
  let n = 0;
  for (let k = j; k < b.n && n < words; k++) {
    const kind = b.kind[k];
    if (kind === K_PUNCT) { if (CLAUSE_BOUNDARIES.has(b.raw[k])) break; continue; }
    if (kind === K_OTHER) break;
    we = k + 1;
    n++;
  }
  return we;
}

/** End token of a phrase of guard `g` of marker `marker` starting at token t and ending by `limit`, or -1. */
function guardPhraseAt(b: LineTokens, t: number, marker: number, g: number, limit: number): number {
  const info = b.info[t];
  if (info === null || info.guards === null) return -1;
  for (const q of info.guards) {
    if (q.marker !== marker || q.guard !== g) continue;
    const L = q.words.length;
    if (t + L > limit) continue;
    let ok = true;
    for (let w = 1; w < L && ok; w++) {
      const k = t + w;
      const pw = q.words[w];
      ok = b.kind[k] === K_WORD && wordMatches(b.info[k]!, pw.stem, pw.article, false, pw.noArticle);
    }
    if (ok) return t + L;
  }
  return -1;
}

/**
 * Whether a sense guard of phrase p's marker cancels the match [i, j): one of the guard's phrases
 * lies within its `before` words before i or its `after` words from j on. On a cancel the guard
 * phrase's span is left in `b.gs/ge` at index `b.guarded` (not yet counted).
 */
function isGuarded(c: CompiledLexicon, p: Phrase, b: LineTokens, i: number, j: number): boolean {
  const gs = c.guards[p.marker];
  if (gs === null) return false;
  const k = b.guarded;
  for (let g = 0; g < gs.length; g++) {
    const { before, after } = gs[g];
    if (before > 0) {
      for (let t = windowStart(b, i, before); t < i; t++) {
        const e = guardPhraseAt(b, t, p.marker, g, i);
        if (e >= 0) { b.gs[k] = t; b.ge[k] = e; b.gp[k] = p; b.gg[k] = g; return true; }
      }
    }
    if (after > 0) {
      const we = windowEnd(b, j, after);
      for (let t = j; t < we; t++) {
        const e = guardPhraseAt(b, t, p.marker, g, we);
        if (e >= 0) { b.gs[k] = t; b.ge[k] = e; b.gp[k] = p; b.gg[k] = g; return true; }
      }
    }
  }
  return false;
}

function isNegated(b: LineTokens, i: number): boolean {
  let words = 0;
  for (let k = i - 1; k >= 0 && words < NEGATION_WINDOW; k--) {
    const kind = b.kind[k];
    if (kind === K_PUNCT) { if (CLAUSE_BOUNDARIES.has(b.raw[k])) return false; continue; }
    if (kind !== K_WORD) return false;
    if (b.info[k]!.neg) return true;
    words++;
  }
  return false;
}

const buffers = new LineTokens();

/**
 * What the token pass of one line yields besides its hits (see `ScanOptions.onLine`). The object
 * and its `terms` array are reused for the next line: read them before returning.
 */
export interface LineCounts {
  /** Word-like tokens of the line, as `countTokens(line.text)`. */
  words: number;
  /** Keyness terms of the line in order, as `termsOf(line.text)`; only the first `termCount` are valid. */
  terms: string[];
  /** Number of valid entries in `terms`. */
  termCount: number;
  /** The counting slot of each entry of `terms` (see `TermTally`); only the first `termCount` are valid. */
  termSlots: TermSlot[];
}

/** Options of `scanArticle`. */
export interface ScanOptions extends MatchOptions {
  /**
   * Called once per matched line with non-empty text (in line order, before that line's hits are
   * resolved) with the line's word count and keyness terms from the same token pass. Default: none.
   */
  onLine?: (line: LabelledLine, counts: LineCounts) => void;
}

const lineCounts: LineCounts = { words: 0, terms: buffers.terms, termCount: 0, termSlots: buffers.termSlots };

/**
 * `matchMarkers` with one token pass per line shared with the statistics: finds the hits and,
 * through `options.onLine`, gives each matched line's word count (`countTokens`) and keyness
 * terms (`termsOf`). Why: tokenizing every line once instead of three times.
 * @example
 * let words = 0;
 * const hits = scanArticle(article, lexicon, { onLine: (_line, c) => { words += c.words; } });
 * hits.length // same as matchMarkers(article, lexicon).length
 * words       // sum of countTokens over the matched lines
 */
export function scanArticle(article: Article, lexicon: Lexicon | CompiledLexicon, options: ScanOptions = {}): Hit[] {
  const c = isCompiledLexicon(lexicon) ? lexicon : compileLexicon(lexicon);
  const roles = options.roles ? new Set(options.roles) : MATCHED_ROLES;
  const onLine = options.onLine;
  const b = buffers;
  if (b.covered.length < c.groupCount) b.covered = new Int32Array(c.groupCount);
  const hits: Hit[] = [];
  // Hits come out ordered within each line; lines come in increasing `n` in split pages, and
  // then the final sort has nothing to do.
  let lastLine = -Infinity;
  let ordered = true;
  for (const line of article.lines) {
    if (!roles.has(line.role) || NEVER.has(line.role) || !line.text) continue;
    scanLine(c, line.text, b);
    b.quotesOf = null;
    if (onLine) {
      lineCounts.words = b.words;
      lineCounts.termCount = b.termCount;
      onLine(line, lineCounts);
    }
    const found = findCandidates(c, b);
    if (b.guarded > 0 && options.onGuarded) reportGuarded(c, article, line, b, options.onGuarded);
    const first = hits.length;
    if (found > 0) resolveLineHits(c, article, line, b, found, hits);
    // Rule hits come after the line's marker hits: the line's hits are put in order in place.
    // (`RULE_SCAN.exhaustive`, for tests: every line with a rule word is read, whatever its kinds.)
    const ruled = RULE_SCAN.exhaustive ? (b.nRule > 0 ? -1 : 0) : b.ruled;
    if (ruled !== 0 && c.rules !== null && lineMayMatch(ruled, line.role === 'comment_body', c.rules.symbols.length > 0) && addRuleHits(c, article, line, b, hits, first) > 0) sortLineHits(hits, first);
    if (hits.length === first) continue;
    if (line.n <= lastLine) ordered = false;
    lastLine = line.n;
  }
  if (!ordered) hits.sort((x, y) => x.line - y.line || x.col - y.col || (x.marker < y.marker ? -1 : x.marker > y.marker ? 1 : 0));
  return hits;
}

/**
 * Phrase matches starting at each token of the scanned line (continued over the following word
 * tokens, then the context rules), written to `b.fi/fj/fp` in start order; returns their number.
 */
function findCandidates(c: CompiledLexicon, b: LineTokens): number {
  const n = b.n;
  const infos = b.info;
  const kinds = b.kind;
  let found = 0;
  b.guarded = 0;
  for (let i = 0; i < n; i++) {
    const info = infos[i];
    if (info === null || info.starts === null) continue;
    const starts = info.starts;
    for (let s = 0; s < starts.length; s++) {
      const p = starts[s];
      const L = p.words.length;
      if (i + L > n) continue;
      let ok = true;
      for (let w = 1; w < L; w++) {
        const k = i + w;
        if (kinds[k] !== K_WORD) { ok = false; break; }
        const pw = p.words[w];
        if (!wordMatches(infos[k]!, pw.stem, pw.article, p.suffixes && w === L - 1, pw.noArticle)) { ok = false; break; }
      }
      if (ok && contextOk(c, p, b, i, i + L)) {
        if (isGuarded(c, p, b, i, i + L)) {
          const g = b.guarded;
          // One report per marker and start (a marker's other variants at the same start are the same mention).
          if (g === 0 || b.gi[g - 1] !== i || b.gp[g - 1].marker !== p.marker) { b.gi[g] = i; b.gj[g] = i + L; b.guarded++; }
          continue;
        }
        b.fi[found] = i;
        b.fj[found] = i + L;
        b.fp[found] = p;
        found++;
      }
    }
  }
  return found;
}

/** Hands the line's guard-cancelled matches (`b.gi/gj/gp/gs/ge`) to `onGuarded`, in start order. */
function reportGuarded(c: CompiledLexicon, article: Article, line: LabelledLine, b: LineTokens, onGuarded: (g: GuardedHit) => void): void {
  const text = line.text;
  for (let k = 0; k < b.guarded; k++) {
    const m = c.markers[b.gp[k].marker];
    const col = b.start[b.gi[k]];
    const end = b.end[b.gj[k] - 1];
    const gcol = b.start[b.gs[k]];
    onGuarded({
      id: article.id, file: article.file, line: line.n, col, len: end - col, matched: text.slice(col, end),
      role: line.role, comment: line.comment, category: m.category, marker: m.id, guard: b.gg[k],
      context: text.slice(gcol, b.end[b.ge[k] - 1]), contextCol: gcol,
    });
  }
}

/** Whether candidate `a` resolves after candidate `x`: by start, then longest, then marker id. */
function resolvesAfter(b: LineTokens, a: number, x: number): boolean {
  const d = b.fi[a] - b.fi[x] || b.fj[x] - b.fj[a] || b.fp[a].rank - b.fp[x].rank;
  return d > 0;
}

/** Whether emitted candidate `a` is a later hit than `x`: by start (col), then marker id. */
function hitAfter(b: LineTokens, a: number, x: number): boolean {
  const d = b.fi[a] - b.fi[x] || b.fp[a].rank - b.fp[x].rank;
  return d > 0;
}

/**
 * Stable insertion sort of `idx[0, n)` by `after`. Candidates are found in start order, so only
 * those with the same start move: linear in practice.
 */
function sortSmall(b: LineTokens, idx: number[], n: number, after: (b: LineTokens, a: number, x: number) => boolean): void {
  for (let k = 1; k < n; k++) {
    const x = idx[k];
    let m = k - 1;
    while (m >= 0 && after(b, idx[m], x)) { idx[m + 1] = idx[m]; m--; }
    idx[m + 1] = x;
  }
}

/**
 * Overlap resolution, negation and quotation for one line with `found` candidate matches (in
 * `b.fi/fj/fp`); pushes the line's hits (ordered by col, marker id) onto `hits`. Within an overlap
 * group the first candidate in resolution order (start, longest, marker id) wins and covers its
 * span. Quotation is computed only here, on lines with hits.
 */
function resolveLineHits(c: CompiledLexicon, article: Article, line: LabelledLine, b: LineTokens, found: number, hits: Hit[]): void {
  const order = b.order;
  for (let k = 0; k < found; k++) order[k] = k;
  sortSmall(b, order, found, resolvesAfter);
  const covered = b.covered;
  covered.fill(0, 0, c.groupCount);
  const emitted = b.emitted;
  let ne = 0;
  for (let k = 0; k < found; k++) {
    const f = order[k];
    const g = b.fp[f].groupIndex;
    // A later candidate of the same marker and start is always covered by the first one.
    if (covered[g] > b.fi[f]) continue;
    covered[g] = b.fj[f];
    emitted[ne++] = f;
  }
  sortSmall(b, emitted, ne, hitAfter);
  const text = line.text;
  const quotes = b.quoting ? quotesOfLine(text, b) : null;
  for (let k = 0; k < ne; k++) {
    const f = emitted[k];
    const p = b.fp[f];
    const i = b.fi[f];
    const m = c.markers[p.marker];
    const col = b.start[i];
    const end = b.end[b.fj[f] - 1];
    hits.push({
      id: article.id, file: article.file, line: line.n, col, len: end - col, matched: text.slice(col, end),
      role: line.role, comment: line.comment, category: m.category, marker: m.id, polarity: m.polarity,
      negated: !p.selfNegating && isNegated(b, i),
      quoted: quotes !== null && quotes.quoted[i], speaker: quotes !== null ? quotes.speaker[i] : null,
    });
  }
}

/** Stable insertion sort of one line's hits `hits[first…]` by col, then marker id (few hits: linear in practice). */
function sortLineHits(hits: Hit[], first: number): void {
  for (let k = first + 1; k < hits.length; k++) {
    const x = hits[k];
    let m = k - 1;
    while (m >= first && (hits[m].col > x.col || (hits[m].col === x.col && hits[m].marker > x.marker))) { hits[m + 1] = hits[m]; m--; }
    hits[m + 1] = x;
  }
}

/**
 * Adds the attitude × target rule hits of a scanned line (see attitudeTarget.ts) after its marker
 * hits `hits[first…]`; a support/oppose rule hit overlapping a counted marker hit of the same
 * direction is left out (one stance, counted once). Returns the number added.
 */
function addRuleHits(c: CompiledLexicon, article: Article, line: LabelledLine, b: LineTokens, hits: Hit[], first: number): number {
  const matches = ruleMatchesOfLine(c.rules!, b, line.role === 'comment_body');
  if (!matches.length) return 0;
  const text = line.text;
  const quotes = b.quoting ? quotesOfLine(text, b) : null;
  const emit = c.rules!.rules.emit;
  const end = hits.length;
  for (const m of matches) {
    const col = b.start[m.i];
    const stop = b.end[m.j - 1];
    const dir = m.stance === 'support' ? 1 : m.stance === 'oppose' ? -1 : 0;
    let dup = false;
    for (let k = first; k < end && !dup; k++) {
      const h = hits[k];
      dup = dir !== 0 && h.col < stop && col < h.col + h.len && !h.negated && stanceSign(c.lexicon, h.category) === dir;
    }
    if (dup) continue;
    hits.push({
      id: article.id, file: article.file, line: line.n, col, len: stop - col, matched: text.slice(col, stop),
      role: line.role, comment: line.comment, category: emit[m.stance], marker: m.id, polarity: m.polarity,
      negated: false, quoted: quotes !== null && quotes.quoted[m.i], speaker: quotes !== null ? quotes.speaker[m.i] : null,
      parts: m.parts.map((p) => ({ role: p.role, term: p.term, col: b.start[p.i], len: b.end[p.j - 1] - b.start[p.i], text: text.slice(b.start[p.i], b.end[p.j - 1]) })),
      negators: m.negators,
    });
  }
  return hits.length - end;
}

/**
 * Finds every marker of the lexicon in an article's matched lines (title, byline, body,
 * subheading, caption, comment body; never boilerplate, blank, link or comment header/author/meta).
 * Within an overlap group the longest match wins and earlier starts win (see `overlapGroup`).
 * Hits are ordered by line, col, marker id; `matched === line.text.slice(col, col + len)`.
 * @example
 * const hits = matchMarkers(article, loadLexicon());
 * hits[0] // { line: 1, col: 1, len: 8, matched: 'لن نصالح', category: 'slogan', negated: false, quoted: true, … }
 */
export function matchMarkers(article: Article, lexicon: Lexicon | CompiledLexicon, options: MatchOptions = {}): Hit[] {
  return scanArticle(article, lexicon, { roles: options.roles, onGuarded: options.onGuarded });
}
