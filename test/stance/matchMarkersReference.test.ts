import { describe, it, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { compileLexicon } from '../../src/lexicon/compileLexicon';
import { matchMarkers, scanArticle } from '../../src/stance/matchMarkers';
import { articleOfLines } from '../../src/stance/articleOfLines';
import type { Article } from '../../src/split/types';
import { seedArticles } from './helpers';
import { referenceMatch } from './referenceMatcher';

const lex = loadLexicon();
const compiled = compileLexicon(lex);
let seeds: Article[] = [];
beforeAll(async () => {
  seeds = await seedArticles();
});

// Words of every lexicon pattern (globs made concrete), plus clitics, negators, reporting verbs,
// speakers, quote marks and clause punctuation: the material of overlaps, negation and quotation.
const LEXICON_WORDS = [...new Set(lex.markers.flatMap((m) => m.patterns.flatMap((p) => p.replace(/\*/g, 'ات').split(/\s+/))))].filter(Boolean);
const OTHER = ['لا', 'لم', 'غير', 'بعدم', 'ولا', 'قال', 'وقالت', 'أكد', 'مضيفاً', 'الوزير', 'الخميس', 'إن', 'في', 'أن', 'المعارضة',
  '«', '»', '"', '“', '”', ':', '.', '،', '؟', '!', '(', ')', '#لن_نصالح', '#سوريا', '@user', '2011', 'https://x.com/a', '😀'];
const PREFIXES = ['', '', '', 'و', 'ف', 'ب', 'ال', 'لل', 'وال', 'بال'];
const SUFFIXES = ['', '', '', 'ها', 'هم', 'ات', 'ه'];
const word = fc.oneof(
  fc.tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...LEXICON_WORDS), fc.constantFrom(...SUFFIXES)).map(([a, w, b]) => a + w + b),
  fc.constantFrom(...LEXICON_WORDS),
  fc.constantFrom(...OTHER),
);
const line = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '')), { maxLength: 30 }).map((ws) => ws.map(([w, s]) => w + s).join(''));

// Wider material for the clitic, suffix, negation and context rules: every documented proclitic
// combination and suffix (with ة written as ت before a suffix), negators with their clitics,
// context words, and tokens that are neither words nor punctuation.
const CONTEXT_WORDS = [...new Set(lex.markers.flatMap((m) => [...(m.notFollowedBy ?? []), ...(m.notPrecededBy ?? []),
  ...(m.exclude ?? []).flatMap((g) => g.patterns.flatMap((p) => p.replace(/\*/g, 'ات').split(/\s+/)))]))];
const ALL_PREFIXES = ['', '', '', 'و', 'ف', 'ب', 'ك', 'ل', 'س', 'ال', 'لل', 'وال', 'بال', 'كال', 'سال', 'ولل', 'فب', 'وس', 'ول', 'لا', 'لن'];
const ALL_SUFFIXES = ['', '', '', 'تين', 'تان', 'هما', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا', 'ه', 'ي', 'ك', 'تها', 'تين'];
const MORE = ['ما', 'كما', 'لما', 'بلا', 'وبعدم', 'فلا', 'لبدون', 'بغير', 'ليسوا', 'وأضاف', 'الماضي', 'بأن', '…', '„', '‹', '›', '-', '(',
  '＃سوريا', 'www.a.b', '👍🏽', 'ﻻ', 'ـ.ـ'];
const stem = (w: string) => (w.startsWith('ال') ? w.slice(2) : w).replace(/[ةه]$/, 'ت');
const affixed = (w: string) => fc.tuple(fc.constantFrom(...ALL_PREFIXES), fc.constantFrom(...ALL_SUFFIXES), fc.boolean())
  .map(([a, b, bare]) => a + (bare ? stem(w) : w) + b);
const PHRASES = [...new Set(lex.markers.flatMap((m) => m.patterns.filter((p) => /\s/.test(p.trim())).map((p) => p.replace(/=/g, ''))))];
const wideWord = fc.oneof(
  fc.constantFrom(...LEXICON_WORDS, ...CONTEXT_WORDS).chain(affixed),
  // A multi-word pattern with each word affixed or kept as written.
  fc.constantFrom(...PHRASES).chain((p) => fc.tuple(...p.split(/\s+/).map((w) => fc.oneof(fc.constant(w), affixed(w))))).map((ws) => ws.join(' ')),
  fc.constantFrom(...LEXICON_WORDS, ...CONTEXT_WORDS),
  fc.constantFrom(...OTHER, ...MORE),
);
const wideLine = fc.array(fc.tuple(wideWord, fc.constantFrom(' ', ' ', ' ', '')), { maxLength: 20 }).map((ws) => ws.map(([w, s]) => w + s).join(''));

// The reference matcher knows markers only; the attitude × target rule hits (those with `parts`)
// are tested in attitudeTarget.test.ts. Marker hits must be exactly the oracle's, rules or not.
function markerHits<T extends { parts?: unknown }>(hits: T[]): T[] {
  return hits.filter((h) => h.parts === undefined);
}

// Spelling noise of the kind real pages have (and the realistic bench corpus adds): a letter
// replaced, swapped with its neighbour, doubled or dropped, tatweel or a diacritic inserted, alef
// and ya variants. Near-misses of lexicon words are where a matcher's shortcuts would go wrong.
const NOISE_LETTERS = [...'ابتجحدرسصطعفقكلمنهويةىأإآءئؤ'];
const noisy = (w: string) => fc.tuple(fc.nat(5), fc.nat(w.length - 1), fc.constantFrom(...NOISE_LETTERS)).map(([op, k, ch]) => {
  const a = [...w];
  if (op === 0) a[k] = ch;
  else if (op === 1 && k + 1 < a.length) [a[k], a[k + 1]] = [a[k + 1], a[k]];
  else if (op === 2) a.splice(k, 0, a[k]);
  else if (op === 3 && a.length > 2) a.splice(k, 1);
  else if (op === 4) a.splice(k, 0, k % 2 ? 'ـ' : '\u064e');
  else return a.map((c) => (c === 'ا' ? 'أ' : c === 'ي' ? 'ى' : c)).join('');
  return a.join('');
});
const noisyWord = fc.oneof(
  fc.constantFrom(...LEXICON_WORDS, ...CONTEXT_WORDS).chain(noisy),
  fc.constantFrom(...LEXICON_WORDS, ...CONTEXT_WORDS).chain(affixed),
  fc.constantFrom(...PHRASES).chain((p) => fc.tuple(...p.split(/\s+/).map((w) => fc.oneof(fc.constant(w), noisy(w), affixed(w))))).map((ws) => ws.join(' ')),
  fc.constantFrom(...OTHER, ...MORE),
);
const noisyLine = fc.array(fc.tuple(noisyWord, fc.constantFrom(' ', ' ', ' ', '، ', '')), { maxLength: 20 }).map((ws) => ws.map(([w, s]) => w + s).join(''));

describe('matchMarkers against the reference matcher', () => {
  it('finds the same hits on every seed page', () => {
    for (const a of seeds) expect(markerHits(matchMarkers(a, compiled))).toEqual(referenceMatch(a, lex));
  });

  it('finds the same hits on random lines of lexicon words, clitics, negators, speakers and quotes (property)', () => {
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), fc.boolean(), (lines, comments) => {
      const a = articleOfLines(lines, comments ? 'comment_body' : 'body');
      expect(markerHits(scanArticle(a, compiled, { onLine: () => {} }))).toEqual(referenceMatch(a, lex));
    }), { numRuns: 800 });
  });

  it('finds the same hits on random lines of every proclitic, suffix, negator form and context word (property)', () => {
    fc.assert(fc.property(fc.array(wideLine, { minLength: 1, maxLength: 3 }), (lines) => {
      const a = articleOfLines(lines);
      expect(markerHits(matchMarkers(a, compiled))).toEqual(referenceMatch(a, lex));
    }), { numRuns: 800 });
  });

  it('finds the same hits on random lines of lexicon words with spelling noise (property)', () => {
    fc.assert(fc.property(fc.array(noisyLine, { minLength: 1, maxLength: 3 }), fc.boolean(), (lines, comments) => {
      const a = articleOfLines(lines, comments ? 'comment_body' : 'body');
      expect(markerHits(scanArticle(a, compiled, { onLine: () => {} }))).toEqual(referenceMatch(a, lex));
      expect(matchMarkers(a, compiled)).toEqual(scanArticle(a, compiled, { onLine: () => {} }));
    }), { numRuns: 300, seed: 21 });
  });

  it('orders hits by line number even when lines come out of order', () => {
    const a = articleOfLines(['رفض التطبيع مع النظام السوري', 'لن نصالح', 'النظام السوري والتطبيع']);
    a.lines = [a.lines[2], a.lines[0], a.lines[1]];
    const hits = matchMarkers(a, compiled);
    expect(hits.length).toBeGreaterThan(2);
    expect(hits).toEqual(referenceMatch(a, lex));
    expect(hits.map((h) => h.line)).toEqual([...hits.map((h) => h.line)].sort((x, y) => x - y));
  });
});
