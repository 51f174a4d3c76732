import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { articleCountedOnce, repeatedTitleLines } from '../../src/tables/countedLines';
import { articleOfLines } from '../../src/stance/articleOfLines';
import type { Role } from '../../src/split/types';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { splitPage } from '../../src/split/splitPage';
import { scanArticle } from '../../src/stance/matchMarkers';
import { processArticle } from '../../src/tables/processPage';

/** An article of lines with the given roles (text, role). */
function page(lines: [string, Role][]) {
  const a = articleOfLines(lines.map(([t]) => t));
  a.lines.forEach((l, i) => { l.role = lines[i][1]; l.comment = lines[i][1] === 'comment_body' ? 0 : null; });
  return a;
}

describe('repeatedTitleLines', () => {
  it('finds a reporting line that repeats an earlier title, spaces aside, and nothing else', () => {
    const a = page([
      ['لن نصالح مع النظام', 'title'],
      ['', 'blank'],
      ['  لن نصالح   مع النظام ', 'title'], // the header prints the headline again
      ['لن نصالح مع النظام', 'body'], // and the body opens with it
      ['لن نصالح مع النظام', 'comment_body'], // a reader quoting it is the reader's voice: kept
      ['لن نصالح', 'body'], // a part of the title is not a repeat
      ['بيان', 'body'],
      ['بيان', 'body'], // a repeated body line is not a title: kept
    ]);
    expect([...repeatedTitleLines(a)]).toEqual([3, 4]);
    expect(articleCountedOnce(a).lines.map((l) => l.n)).toEqual([1, 2, 5, 6, 7, 8]);
  });

  it('returns the article itself when the title is not repeated', () => {
    const a = page([['عنوان', 'title'], ['نص', 'body']]);
    expect(articleCountedOnce(a)).toBe(a);
  });
});

describe('processArticle on the seeds (title repeated on 000, 001 and 003)', () => {
  const lexicon = loadLexicon();
  // By reading the seed files: line 1 is the title and line 3 prints it again on 000, 001 and 003.
  const REPEATED: Record<string, number[]> = { '000': [3], '001': [3], '002': [], '003': [3], '004': [] };

  it('counts the hits of the repeated line once: every hit of the page but those of the repeat, which are the title\'s', async () => {
    const corpus = await loadCorpus(resolve(__dirname, '../../data/corpus'));
    for (const p of corpus.pages) {
      const seed = p.id.slice(0, 3);
      const article = splitPage(p);
      expect([...repeatedTitleLines(article)], seed).toEqual(REPEATED[seed]);
      const all = scanArticle(article, lexicon); // the matcher on every line, as before
      const kept = all.filter((h) => !REPEATED[seed].includes(h.line));
      const r = processArticle(p, article, lexicon);
      expect(r.hitRows.map((h) => `${h.line}:${h.col}:${h.marker}`), seed).toEqual(kept.map((h) => `${h.line}:${h.col}:${h.marker}`));
      const cats = (line: number) => all.filter((h) => h.line === line).map((h) => h.category).sort();
      for (const n of REPEATED[seed]) {
        expect(cats(n).length, `${seed} line ${n}`).toBeGreaterThan(0);
        expect(cats(n), `${seed} line ${n}`).toEqual(cats(1));
      }
      expect(r.articleRow.hits, seed).toBe(kept.filter((h) => h.comment === null).length);
    }
  });
});
