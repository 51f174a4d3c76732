/**
 * One line's tokens as the matcher reads them: `LineTokens` holds reusable per-line arrays (token
 * spans, matcher kinds, cached analyses, keyness terms, rule-word positions, candidate and
 * cancelled matches), and `scanLine` fills them with one tokenizer pass and one cache lookup per
 * word or hashtag token. No regex runs per line and nothing is allocated per token except on a
 * cache miss.
 */
import type { CompiledLexicon, Phrase } from '../../lexicon/compileLexicon';
import * as tokens from '../../text/scanTokens';
import { TokenBuffer } from '../../text/scanTokens';
import type { TermSlot } from '../../text/termTally';
import * as quotation from '../quotation';
import type { LineQuotes } from '../quotation';
import type { QuoteColumns } from '../types';
import * as tokenInfo from './tokenInfo';
import type { TokInfo } from './tokenInfo';

/** Matcher kinds of tokens: punctuation, word (Arabic, number, Latin), hashtag, other (url, mention, emoji). */
export const K_PUNCT = 0;
export const K_WORD = 1;
export const K_HASHTAG = 2;
export const K_OTHER = 3;

// Module-level copies of imported hot constants and functions: the CommonJS transform reads
// imports through getters, which costs a call per access inside per-token loops.
const scanTokens = tokens.scanTokens;
const IS_WORD_KIND = tokens.IS_WORD_KIND;
const analyzeToken = tokenInfo.analyzeToken;
const isQuoteMark = quotation.isQuoteMark;

/** Matcher kind of each numeric token kind (url, mention, hashtag, arabic, number, latin, emoji, punct). */
const MATCH_KIND = [K_OTHER, K_OTHER, K_HASHTAG, K_WORD, K_WORD, K_WORD, K_OTHER, K_PUNCT];

/** Reusable per-line token buffers (grown as needed). */
export class LineTokens {
  /** The line's tokens. */
  tok = new TokenBuffer();
  /** Number of tokens. */
  n = 0;
  /** Token texts (stale for words: see `scanTokens`), starts and ends (UTF-16 offsets). */
  raw: string[] = this.tok.raw;
  start: number[] = this.tok.start;
  end: number[] = this.tok.end;
  /** Matcher kind (K_*) per token. */
  kind: number[] = [];
  /** Cached analysis per word or hashtag token, null for the others. */
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
 * keyness terms and whether anything on it can be quoted. Token texts determine their kind
 * (hashtags start with # or ＃, which no word does), so the raw text is the cache key; it is looked
 * up by span, so a word's text is sliced only on a cache miss (the `raw` entries of words are
 * stale: see `scanTokens`). `withTerms`: whether to collect the keyness terms (`b.terms`,
 * `b.termSlots`, `b.termCount`; left at 0 without).
 * @example const b = new LineTokens(); scanLine(compiled, 'رفض التطبيع', b, false); b.n // 2
 */
export function scanLine(c: CompiledLexicon, text: string, b: LineTokens, withTerms: boolean): void {
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
  // Longer rule forms of the previous word token, by their second word (see `TokInfo.ruleNext`).
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
        info = analyzeToken(c, r, tk);
        cache.set(r, info);
      }
      infos[i] = info;
      if (withTerms && info.slot !== null) {
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
