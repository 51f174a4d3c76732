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

describe('matchMarkers against the reference matcher', () => {
  it('finds the same hits on every seed page', () => {
    for (const a of seeds) expect(matchMarkers(a, compiled)).toEqual(referenceMatch(a, compiled));
  });

  it('finds the same hits on random lines of lexicon words, clitics, negators, speakers and quotes (property)', () => {
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), fc.boolean(), (lines, comments) => {
      const a = articleOfLines(lines, comments ? 'comment_body' : 'body');
      expect(scanArticle(a, compiled, { onLine: () => {} })).toEqual(referenceMatch(a, compiled));
    }), { numRuns: 1500 });
  });

  it('orders hits by line number even when lines come out of order', () => {
    const a = articleOfLines(['رفض التطبيع مع النظام السوري', 'لن نصالح', 'النظام السوري والتطبيع']);
    a.lines = [a.lines[2], a.lines[0], a.lines[1]];
    const hits = matchMarkers(a, compiled);
    expect(hits.length).toBeGreaterThan(2);
    expect(hits).toEqual(referenceMatch(a, compiled));
    expect(hits.map((h) => h.line)).toEqual([...hits.map((h) => h.line)].sort((x, y) => x - y));
  });
});
