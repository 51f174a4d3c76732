/**
 * The simple reference of `matchMarkers`: the matcher as it was before its hot path was tuned
 * (token objects from `tokenize`, no cache, candidate objects sorted with string comparisons, a
 * Map of covered groups, a Set of emitted spans, `quotationOfLine` per line, a final sort).
 * Tests compare the fast matcher against it.
 */
import type { Article } from '../../src/split/types';
import type { Hit } from '../../src/stance/types';
import type { CompiledLexicon, Phrase } from '../../src/lexicon/compileLexicon';
import { tokenize, type Token } from '../../src/text/tokenize';
import { matchKey } from '../../src/text/matchKey';
import { cliticCandidates, suffixCandidates } from '../../src/text/clitics';
import { isNegatorKey, NEGATION_WINDOW, CLAUSE_BOUNDARIES } from '../../src/stance/negation';
import { quotationOfLine, reportingClass } from '../../src/stance/quotation';
import { MATCHED_ROLES } from '../../src/stance/matchMarkers';

interface Info {
  key: string;
  bare: string | null;
  neg: boolean;
  starts: { p: Phrase; prep: boolean }[];
}

function addStart(list: { p: Phrase; prep: boolean }[], p: Phrase, prep: boolean): void {
  for (const s of list) if (s.p === p) { if (!prep) s.prep = false; return; }
  list.push({ p, prep });
}

function analyze(c: CompiledLexicon, t: Token): Info {
  const key = matchKey(t.text);
  const starts: { p: Phrase; prep: boolean }[] = [];
  if (t.kind === 'hashtag') {
    for (const p of c.first.get(key) ?? []) addStart(starts, p, false);
    for (const p of c.anyHashtag) addStart(starts, p, false);
    return { key, bare: null, neg: false, starts };
  }
  const bare = key.startsWith('ال') && key.length >= 4 ? key.slice(2) : null;
  for (const cand of cliticCandidates(key, true)) {
    const prep = /[بكل]/.test(cand.proclitic);
    for (const p of c.first.get(cand.stem) ?? []) {
      if (p.words[0].article && !cand.article) continue;
      if (p.words[0].noArticle && cand.article) continue;
      if (cand.suffix && !(p.suffixes && p.words.length === 1)) continue;
      addStart(starts, p, prep);
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
  return { key, bare, neg: isNegatorKey(key), starts };
}

function wordMatches(info: Info, stem: string, article: boolean, allowSuffix: boolean, noArticle?: boolean): boolean {
  const sufs: [string, boolean][] = [];
  for (const [s] of suffixCandidates(info.key)) sufs.push([s, false]);
  if (info.bare) for (const [s] of suffixCandidates(info.bare)) sufs.push([s, true]);
  if (!article && info.key === stem) return true;
  if (noArticle) return allowSuffix && sufs.some(([s, a]) => s === stem && !a);
  if (info.bare === stem) return true;
  return allowSuffix && sufs.some(([s, a]) => s === stem && (a || !article));
}

const isWord = (t: Token) => t.kind === 'arabic' || t.kind === 'number' || t.kind === 'latin';
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The hits of an article's matched lines, as `matchMarkers` must find them.
 * @example referenceMatch(article, compileLexicon(loadLexicon())) // same as matchMarkers(article, lexicon)
 */
export function referenceMatch(article: Article, c: CompiledLexicon): Hit[] {
  const hits: Hit[] = [];
  for (const line of article.lines) {
    if (!MATCHED_ROLES.has(line.role) || !line.text) continue;
    const toks = tokenize(line.text);
    const infos = toks.map((t) => (isWord(t) || t.kind === 'hashtag' ? analyze(c, t) : null));
    const found: { i: number; j: number; p: Phrase }[] = [];
    toks.forEach((_t, i) => {
      for (const s of infos[i]?.starts ?? []) {
        const p = s.p;
        if (s.prep && c.markers[p.marker].bare) continue;
        const L = p.words.length;
        if (i + L > toks.length) continue;
        let ok = true;
        for (let w = 1; w < L && ok; w++) {
          const pw = p.words[w];
          ok = isWord(toks[i + w]) && wordMatches(infos[i + w]!, pw.stem, pw.article, p.suffixes && w === L - 1, pw.noArticle);
        }
        if (!ok) continue;
        const nf = c.notFollowedBy[p.marker];
        const next = toks[i + L];
        if (nf && next && isWord(next)) {
          const inf = infos[i + L]!;
          if (nf.has(inf.key) || (inf.bare !== null && nf.has(inf.bare))) continue;
        }
        const np = c.notPrecededBy[p.marker];
        if (np && i > 0 && isWord(toks[i - 1])) {
          const inf = infos[i - 1]!;
          if (np.has(inf.key) || (inf.bare !== null && np.has(inf.bare))) continue;
        }
        found.push({ i, j: i + L, p });
      }
    });
    found.sort((x, y) => x.i - y.i || y.j - x.j || byId(c.markers[x.p.marker].id, c.markers[y.p.marker].id));
    const covered = new Map<string, number>();
    const emitted = new Set<string>();
    const lineHits: Hit[] = [];
    const quotes = quotationOfLine(line.text, toks.map((t) => ({
      text: t.text, punct: t.kind === 'punct', start: t.start, end: t.end, report: t.kind === 'punct' ? 0 : reportingClass(t.text),
    })));
    for (const f of found) {
      if ((covered.get(f.p.group) ?? 0) > f.i) continue;
      if (emitted.has(`${f.p.marker}/${f.i}`)) continue;
      covered.set(f.p.group, f.j);
      emitted.add(`${f.p.marker}/${f.i}`);
      let negated = false;
      for (let k = f.i - 1, words = 0; !f.p.selfNegating && k >= 0 && words < NEGATION_WINDOW; k--) {
        const t = toks[k];
        if (t.kind === 'punct') { if (CLAUSE_BOUNDARIES.has(t.text)) break; continue; }
        if (!isWord(t)) break;
        if (infos[k]!.neg) { negated = true; break; }
        words++;
      }
      const m = c.markers[f.p.marker];
      const col = toks[f.i].start;
      const end = toks[f.j - 1].end;
      lineHits.push({
        id: article.id, file: article.file, line: line.n, col, len: end - col, matched: line.text.slice(col, end),
        role: line.role, comment: line.comment, category: m.category, marker: m.id, polarity: m.polarity,
        negated, quoted: quotes.quoted[f.i], speaker: quotes.speaker[f.i],
      });
    }
    hits.push(...lineHits);
  }
  return hits.sort((x, y) => x.line - y.line || x.col - y.col || byId(x.marker, y.marker));
}
