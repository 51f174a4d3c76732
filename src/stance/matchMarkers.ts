/**
 * The marker matcher: one tokenizer pass per line, a cached analysis per distinct token
 * (matching key, clitic readings looked up in the first-word index, negator and reporting-verb
 * flags), phrase continuation over the following tokens, then overlap resolution, negation and
 * quotation. No regex is compiled per line and nothing is allocated per token except on lines
 * that have hits.
 */
import type { Article, Role } from '../split/types';
import type { Lexicon } from '../lexicon/types';
import type { Hit } from './types';
import { compileLexicon, isCompiledLexicon } from '../lexicon/compileLexicon';
import type { CompiledLexicon, Phrase } from '../lexicon/compileLexicon';
import { TOKEN_RE } from '../text/tokenize';
import { matchKey } from '../text/matchKey';
import { cliticCandidates, suffixCandidates } from '../text/clitics';
import { isNegatorKey, NEGATION_WINDOW, CLAUSE_BOUNDARIES } from './negation';
import { quotationOfLine, reportingClass } from './quotation';
import type { QuoteToken } from './quotation';

/** Roles whose lines are matched. Boilerplate, blank, link and comment header/author/meta never are. */
export const MATCHED_ROLES: ReadonlySet<Role> = new Set<Role>(['title', 'byline', 'body', 'subheading', 'caption', 'comment_body']);

/** Options of `matchMarkers`. */
export interface MatchOptions {
  /** Roles to match; default `MATCHED_ROLES` (boilerplate etc. are never matched even if listed). */
  roles?: Role[];
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
  /** Phrases this token can start, with whether the reading used a preposition proclitic. */
  starts: { p: Phrase; prep: boolean }[] | null;
  /** Suffix-stripped readings [stem, hasArticle] (lazy). */
  sufs?: [string, boolean][];
}

const K_PUNCT = 0;
const K_WORD = 1;
const K_HASHTAG = 2;
const K_OTHER = 3;
const CACHE_LIMIT = 400_000;
const NEVER: ReadonlySet<Role> = new Set<Role>(['boilerplate', 'blank', 'link', 'comment_header', 'comment_author', 'comment_meta']);

function addStart(list: { p: Phrase; prep: boolean }[], p: Phrase, prep: boolean): void {
  for (const s of list) if (s.p === p) { if (!prep) s.prep = false; return; }
  list.push({ p, prep });
}

function analyze(c: CompiledLexicon, raw: string, kind: number): TokInfo {
  const key = matchKey(raw);
  if (kind === K_HASHTAG) {
    const starts: { p: Phrase; prep: boolean }[] = [];
    for (const p of c.first.get(key) ?? []) addStart(starts, p, false);
    for (const p of c.anyHashtag) addStart(starts, p, false);
    return { key, bare: null, neg: false, report: 0, starts: starts.length ? starts : null };
  }
  const bare = key.startsWith('ال') && key.length >= 4 ? key.slice(2) : null;
  const starts: { p: Phrase; prep: boolean }[] = [];
  for (const cand of cliticCandidates(key, true)) {
    const prep = /[بكل]/.test(cand.proclitic);
    const list = c.first.get(cand.stem);
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
    for (const L of c.prefixLengths) {
      if (L > st.length) break;
      for (const p of c.prefix.get(st.slice(0, L)) ?? []) addStart(starts, p, prep);
    }
    for (const L of c.suffixLengths) {
      if (L > st.length) break;
      for (const p of c.suffix.get(st.slice(st.length - L)) ?? []) addStart(starts, p, prep);
    }
    for (const p of c.infix) if (st.includes(p.words[0].stem)) addStart(starts, p, prep);
  }
  return { key, bare, neg: isNegatorKey(key), report: reportingClass(raw), starts: starts.length ? starts : null };
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
  n = 0;
  raw: string[] = [];
  start: number[] = [];
  end: number[] = [];
  kind: number[] = [];
  info: (TokInfo | null)[] = [];
}

function scanLine(c: CompiledLexicon, text: string, b: LineTokens, re: RegExp): void {
  re.lastIndex = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0];
    const kind = m[4] !== undefined || m[6] !== undefined || m[5] !== undefined ? K_WORD
      : m[3] !== undefined ? K_HASHTAG : m[8] !== undefined ? K_PUNCT : K_OTHER;
    b.raw[n] = raw;
    b.start[n] = m.index;
    b.end[n] = m.index + raw.length;
    b.kind[n] = kind;
    if (kind === K_WORD || kind === K_HASHTAG) {
      const ck = kind === K_HASHTAG ? '#\u0000' + raw : raw;
      let info = c.cache.get(ck) as TokInfo | undefined;
      if (!info) {
        if (c.cache.size >= CACHE_LIMIT) c.cache.clear();
        info = analyze(c, raw, kind);
        c.cache.set(ck, info);
      }
      b.info[n] = info;
    } else b.info[n] = null;
    n++;
  }
  b.n = n;
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
 * Finds every marker of the lexicon in an article's matched lines (title, byline, body,
 * subheading, caption, comment body; never boilerplate, blank, link or comment header/author/meta).
 * Within an overlap group the longest match wins and earlier starts win (see `overlapGroup`).
 * Hits are ordered by line, col, marker id; `matched === line.text.slice(col, col + len)`.
 * @example
 * const hits = matchMarkers(article, loadLexicon());
 * hits[0] // { line: 1, col: 1, len: 8, matched: 'لن نصالح', category: 'slogan', negated: false, quoted: true, … }
 */
export function matchMarkers(article: Article, lexicon: Lexicon | CompiledLexicon, options: MatchOptions = {}): Hit[] {
  const c = isCompiledLexicon(lexicon) ? lexicon : compileLexicon(lexicon);
  const roles = options.roles ? new Set(options.roles) : MATCHED_ROLES;
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  const b = buffers;
  const hits: Hit[] = [];
  const covered = new Map<string, number>();
  const found: { i: number; j: number; p: Phrase }[] = [];
  for (const line of article.lines) {
    if (!roles.has(line.role) || NEVER.has(line.role) || !line.text) continue;
    scanLine(c, line.text, b, re);
    found.length = 0;
    for (let i = 0; i < b.n; i++) {
      const info = b.info[i];
      if (!info || !info.starts) continue;
      for (const s of info.starts) {
        const p = s.p;
        if (s.prep && c.markers[p.marker].bare) continue;
        const L = p.words.length;
        if (i + L > b.n) continue;
        let ok = true;
        for (let w = 1; w < L; w++) {
          const k = i + w;
          if (b.kind[k] !== K_WORD) { ok = false; break; }
          const pw = p.words[w];
          if (!wordMatches(b.info[k]!, pw.stem, pw.article, p.suffixes && w === L - 1, pw.noArticle)) { ok = false; break; }
        }
        if (ok && contextOk(c, p, b, i, i + L)) found.push({ i, j: i + L, p });
      }
    }
    if (!found.length) continue;
    // Overlap resolution: by start, then longest, then marker id; one per group and span.
    found.sort((x, y) => x.i - y.i || y.j - x.j || (c.markers[x.p.marker].id < c.markers[y.p.marker].id ? -1 : c.markers[x.p.marker].id > c.markers[y.p.marker].id ? 1 : 0));
    covered.clear();
    let quotes: ReturnType<typeof quotationOfLine> | null = null;
    const lineHits: Hit[] = [];
    const emitted = new Set<number>();
    for (const f of found) {
      const g = f.p.group;
      if ((covered.get(g) ?? 0) > f.i) continue;
      if (emitted.has(f.p.marker * 1e6 + f.i)) continue;
      covered.set(g, f.j);
      emitted.add(f.p.marker * 1e6 + f.i);
      if (!quotes) {
        const qt: QuoteToken[] = [];
        for (let t = 0; t < b.n; t++) {
          const inf = b.info[t];
          qt.push({ text: b.raw[t], punct: b.kind[t] === K_PUNCT, start: b.start[t], end: b.end[t], key: inf ? inf.key : matchKey(b.raw[t]), report: inf ? inf.report : 0 });
        }
        quotes = quotationOfLine(line.text, qt);
      }
      const m = c.markers[f.p.marker];
      const col = b.start[f.i];
      const end = b.end[f.j - 1];
      lineHits.push({
        id: article.id, file: article.file, line: line.n, col, len: end - col, matched: line.text.slice(col, end),
        role: line.role, comment: line.comment, category: m.category, marker: m.id, polarity: m.polarity,
        negated: !f.p.selfNegating && isNegated(b, f.i), quoted: quotes.quoted[f.i], speaker: quotes.speaker[f.i],
      });
    }
    lineHits.sort((x, y) => x.col - y.col || (x.marker < y.marker ? -1 : x.marker > y.marker ? 1 : 0));
    for (const h of lineHits) hits.push(h);
  }
  hits.sort((x, y) => x.line - y.line || x.col - y.col || (x.marker < y.marker ? -1 : x.marker > y.marker ? 1 : 0));
  return hits;
}
