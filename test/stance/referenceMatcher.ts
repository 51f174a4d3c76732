/**
 * Test oracle for `matchMarkers`, written from the documents, not from the matcher: the pattern
 * syntax of data/lexicons/README.md, the matching, overlap, negation and quotation rules of
 * src/stance/README.md and the text rules of src/text/README.md (referenceText.ts). Brute force:
 * every pattern of every marker is tried at every token of every line, its words checked against
 * every clitic reading of the text words. Only the lexicon (markers, categories) comes from src/.
 * Rules the documents did not state when this oracle was written were read from the code and added
 * to them first: proclitics on a phrase's first word only, `=word` as written, one-word joined
 * negators, globs over clitic readings, context rules on the adjacent word token with the article
 * optional, the marker-id tie in overlap groups, and what ends or is skipped by the negation search.
 * Sense guards (`exclude:`) follow data/lexicons/README.md («Sense guards») and src/stance/README.md.
 */
import type { Article } from '../../src/split/types';
import type { Hit } from '../../src/stance/types';
import type { Lexicon, Marker } from '../../src/lexicon/types';
import { refKey, refTokens, refReadings, refSuffixStems, type RefToken } from './referenceText';
import { refQuotation, REF_CLAUSE } from './referenceQuotation';

/** README (Negation): the negator particles. */
const NEGATORS = ['لا', 'لم', 'لن', 'ليس', 'ليست', 'ليسوا', 'لسنا', 'لست', 'عدم', 'غير', 'دون', 'بدون', 'ما'];
/** README (matchMarkers): roles never matched. */
const UNMATCHED = ['boilerplate', 'blank', 'link', 'comment_header', 'comment_author', 'comment_meta'];

/** A pattern word: its key without the article, and what the pattern says about the article. */
interface PWord { stem: string; article: 'required' | 'optional' | 'forbidden' }
/** A pattern read by the README's syntax. */
type Pattern =
  | { kind: 'words'; words: PWord[] }
  | { kind: 'hashtag'; tag: string | null }
  | { kind: 'glob'; core: string; at: 'start' | 'end' | 'inside' };

const withoutArticle = (k: string) => (k.startsWith('ال') && k.length >= 4 ? k.slice(2) : k);

function patternWord(w: string): PWord {
  // `=word`: the word exactly as written, no article added («=أسد» is not «الأسد»; «=الكيماوي» is that word).
  if (w.startsWith('=')) return { stem: refKey(w.slice(1)), article: 'forbidden' };
  const k = refKey(w);
  return k === withoutArticle(k) ? { stem: k, article: 'optional' } : { stem: k.slice(2), article: 'required' };
}

/** The readings of a pattern: the pattern itself, and its negator written joined or apart. */
function readPattern(text: string): Pattern[] {
  const p = text.trim();
  if (p === '#*') return [{ kind: 'hashtag', tag: null }];
  if (p.startsWith('#')) return [{ kind: 'hashtag', tag: refKey(p) }];
  if (p.includes('*')) {
    const core = refKey(p.replace(/^\*|\*$/g, ''));
    return [{ kind: 'glob', core, at: p.startsWith('*') && p.endsWith('*') ? 'inside' : p.startsWith('*') ? 'end' : 'start' }];
  }
  const ws = p.split(/\s+/);
  const out: Pattern[] = [{ kind: 'words', words: ws.map(patternWord) }];
  const first = refKey(ws[0]);
  for (const neg of ['لا', 'لن', 'لم']) {
    if (ws.length >= 2 && first === neg) {
      out.push({ kind: 'words', words: [{ stem: neg + refKey(ws[1]), article: 'optional' }, ...ws.slice(2).map(patternWord)] });
    }
    if (ws.length === 1 && first.startsWith(neg) && first.length - neg.length >= 3) {
      out.push({ kind: 'words', words: [{ stem: neg, article: 'optional' }, patternWord(first.slice(neg.length))] });
    }
  }
  return out;
}

/** Whether text word `tok` (phrase position `pos`, last word when `last`) can be pattern word `pw`. */
function wordFits(m: Marker, tok: RefToken, pw: PWord, pos: number, last: boolean): boolean {
  if (tok.kind !== 'word') return false;
  return refReadings(refKey(tok.text), pos === 0).some((r) => {
    if (pw.article === 'required' && !r.article) return false;
    if (pw.article === 'forbidden' && r.article) return false;
    if (pos === 0 && m.bare && /[بكل]/.test(r.proclitic)) return false;
    return r.stem === pw.stem || (last && m.suffixes && refSuffixStems(r.stem).includes(pw.stem));
  });
}

/** Number of tokens pattern `p` of marker `m` covers from token i, or 0. */
function matchAt(m: Marker, p: Pattern, toks: RefToken[], i: number): number {
  const t = toks[i];
  if (p.kind === 'hashtag') return t.kind === 'hashtag' && (p.tag === null || refKey(t.text) === p.tag) ? 1 : 0;
  if (p.kind === 'glob') {
    if (t.kind !== 'word') return 0;
    const ok = refReadings(refKey(t.text), true).some((r) => !(m.bare && /[بكل]/.test(r.proclitic)) &&
      (p.at === 'start' ? r.stem.startsWith(p.core) : p.at === 'end' ? r.stem.endsWith(p.core) : r.stem.includes(p.core)));
    return ok ? 1 : 0;
  }
  const L = p.words.length;
  if (i + L > toks.length) return 0;
  for (let w = 0; w < L; w++) if (!wordFits(m, toks[i + w], p.words[w], w, w === L - 1)) return 0;
  return L;
}

/** Whether token k is a word in `list` (compared on keys, the article optional on both sides). */
function wordIn(toks: RefToken[], k: number, list: string[] | undefined): boolean {
  if (!list || k < 0 || k >= toks.length || toks[k].kind !== 'word') return false;
  const key = withoutArticle(refKey(toks[k].text));
  return list.some((w) => withoutArticle(refKey(w.trim())) === key);
}

/** README (Negation): a negator particle, with و/ف, or ب/ل (after an optional و/ف) before عدم/غير/دون. */
function isNegator(word: string): boolean {
  const k = refKey(word);
  return NEGATORS.some((n) => k === n || k === 'و' + n || k === 'ف' + n ||
    (['عدم', 'غير', 'دون'].includes(n) && /^[وف]?[بل]$/.test(k.slice(0, k.length - n.length)) && k.endsWith(n)));
}

/** Whether a negator stands among the 2 word tokens before token i, within the clause. */
function negatedAt(toks: RefToken[], i: number): boolean {
  let words = 0;
  for (let k = i - 1; k >= 0 && words < 2; k--) {
    if (toks[k].kind === 'punct') { if (REF_CLAUSE.includes(toks[k].text)) return false; continue; }
    if (toks[k].kind !== 'word') return false;
    if (isNegator(toks[k].text)) return true;
    words++;
  }
  return false;
}

/** README (Sense guards): a guard pattern is a marker pattern without suffixes or `bare`. */
const GUARD_WORDS = { suffixes: false, bare: false } as Marker;

/**
 * The token indices of the `words` word (or hashtag) tokens next to a match, walking from token
 * `from` in direction `step`: punctuation is skipped unless it ends the clause; links, mentions and
 * emoji end the window.
 */
function windowTokens(toks: RefToken[], from: number, step: 1 | -1, words: number): number[] {
  const out: number[] = [];
  for (let k = from; k >= 0 && k < toks.length && out.length < words; k += step) {
    const t = toks[k];
    if (t.kind === 'punct') { if (REF_CLAUSE.includes(t.text)) break; continue; }
    if (t.kind === 'other') break;
    out.push(k);
  }
  return out;
}

/** README (Sense guards): whether a guard pattern lies wholly inside the window before i or after j. */
function guarded(m: Marker, toks: RefToken[], i: number, j: number): boolean {
  return (m.exclude ?? []).some((g) => {
    const before = windowTokens(toks, i - 1, -1, g.before);
    const after = windowTokens(toks, j, 1, g.after);
    const inside = (lo: number, hi: number) => {
      for (let t = lo; t < hi; t++) {
        for (const p of g.patterns) for (const r of readPattern(p)) {
          const L = matchAt(GUARD_WORDS, r, toks, t);
          if (L && t + L <= hi) return true;
        }
      }
      return false;
    };
    return (before.length > 0 && inside(Math.min(...before), i)) || (after.length > 0 && inside(j, Math.max(...after) + 1));
  });
}

interface Candidate { i: number; j: number; m: Marker; selfNegating: boolean }

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The hits of an article's matched lines, by the documented rules.
 * @example referenceMatch(article, loadLexicon()) // equal to matchMarkers(article, lexicon)
 */
export function referenceMatch(article: Article, lexicon: Lexicon): Hit[] {
  const category = new Map(lexicon.categories.map((c) => [c.id, c]));
  const patterns = lexicon.markers.map((m) => m.patterns.map((p) => ({ p, readings: readPattern(p) })));
  const hits: Hit[] = [];
  for (const line of article.lines) {
    if (UNMATCHED.includes(line.role) || !line.text) continue;
    const toks = refTokens(line.text);
    const found: Candidate[] = [];
    for (let i = 0; i < toks.length; i++) {
      lexicon.markers.forEach((m, mi) => {
        const cat = category.get(m.category)!;
        for (const { p, readings } of patterns[mi]) {
          for (const r of readings) {
            const L = matchAt(m, r, toks, i);
            if (!L || wordIn(toks, i + L, m.notFollowedBy) || wordIn(toks, i - 1, m.notPrecededBy)) continue;
            if (guarded(m, toks, i, i + L)) continue;
            const selfNegating = !cat.negatable || NEGATORS.includes(refKey(p.trim().split(/\s+/)[0]));
            found.push({ i, j: i + L, m, selfNegating });
          }
        }
      });
    }
    // Overlap groups: earliest start, then longest, then marker id; a candidate overlapping a kept
    // one of its group is dropped.
    found.sort((a, b) => a.i - b.i || b.j - a.j || byCode(a.m.id, b.m.id));
    const kept: Candidate[] = [];
    for (const f of found) {
      const group = category.get(f.m.category)!.overlap;
      if (kept.some((k) => category.get(k.m.category)!.overlap === group && k.i < f.j && f.i < k.j)) continue;
      kept.push(f);
    }
    const quotes = refQuotation(line.text, {
      n: toks.length, text: toks.map((t) => t.text), punct: toks.map((t) => t.kind === 'punct'),
      start: toks.map((t) => t.start), end: toks.map((t) => t.end),
    });
    for (const f of kept) {
      const col = toks[f.i].start;
      const end = toks[f.j - 1].end;
      hits.push({
        id: article.id, file: article.file, line: line.n, col, len: end - col, matched: line.text.slice(col, end),
        role: line.role, comment: line.comment, category: f.m.category, marker: f.m.id, polarity: f.m.polarity,
        negated: !f.selfNegating && negatedAt(toks, f.i), quoted: quotes.quoted[f.i], speaker: quotes.speaker[f.i],
      });
    }
  }
  return hits.sort((x, y) => x.line - y.line || x.col - y.col || byCode(x.marker, y.marker));
}
