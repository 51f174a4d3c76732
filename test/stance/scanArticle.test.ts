import { describe, it, expect, beforeAll } from 'vitest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { compileLexicon } from '../../src/lexicon/compileLexicon';
import { scanArticle, matchMarkers, MATCHED_ROLES } from '../../src/stance/matchMarkers';
import { articleOfLines } from '../../src/stance/articleOfLines';
import { countTokens, termsOf } from '../../src/text/terms';
import type { Article } from '../../src/split/types';
import { seedArticles } from './helpers';

const lex = loadLexicon();
let seeds: Article[] = [];
beforeAll(async () => {
  seeds = await seedArticles();
});

describe('scanArticle', () => {
  it('finds the same hits as matchMarkers on every seed', () => {
    for (const a of seeds) expect(scanArticle(a, lex, { onLine: () => {} })).toEqual(matchMarkers(a, lex));
  });

  it('gives each matched line its countTokens and termsOf, once, in line order', () => {
    for (const a of seeds) {
      const seen: number[] = [];
      scanArticle(a, lex, {
        onLine: (line, c) => {
          seen.push(line.n);
          expect(c.words).toBe(countTokens(line.text));
          expect(c.terms.slice(0, c.termCount)).toEqual(termsOf(line.text));
        },
      });
      const expected = a.lines.filter((l) => MATCHED_ROLES.has(l.role) && l.text).map((l) => l.n);
      expect(seen).toEqual(expected);
      expect(seen.length).toBeGreaterThan(5);
    }
  });

  it('counts words and terms of a hand-written line', () => {
    const a = articleOfLines(['قال الوزير: «لن نصالح» مع النظام 2011 #لا_للتطبيع @user 😀']);
    const got: [number, string[]][] = [];
    const hits = scanArticle(a, compileLexicon(lex), { onLine: (_l, c) => got.push([c.words, c.terms.slice(0, c.termCount)]) });
    // Words: قال الوزير لن نصالح مع النظام 2011 #لا_للتطبيع @user = 9. Terms drop stopwords
    // (مع; لن is a stopword), numbers and mentions and strip the article.
    expect(got).toEqual([[9, termsOf(a.lines[0].text)]]);
    expect(got[0][1]).toContain('وزير');
    expect(got[0][1]).toContain('نظام');
    expect(got[0][1]).toContain('#لا_للتطبيع');
    expect(got[0][1]).not.toContain('2011');
    expect(hits.some((h) => h.matched === 'لن نصالح')).toBe(true);
  });

  it('does not call onLine for unmatched roles or empty lines', () => {
    const a = articleOfLines(['', 'النظام السوري']);
    const lines: number[] = [];
    scanArticle(a, lex, { onLine: (l) => lines.push(l.n) });
    expect(lines).toEqual([2]);
    scanArticle(articleOfLines(['النظام السوري'], 'boilerplate'), lex, { onLine: (l) => lines.push(l.n) });
    scanArticle(articleOfLines(['النظام السوري'], 'comment_author'), lex, { onLine: (l) => lines.push(l.n) });
    expect(lines).toEqual([2]);
  });
});
