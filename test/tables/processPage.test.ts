import { describe, it, expect, beforeAll } from 'vitest';
import path from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { splitPage } from '../../src/split/splitPage';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { processPage, processArticle, articleWarnings } from '../../src/tables/processPage';
import { readInput } from '../../src/corpus/readInput';
import { countTokens, termsOf } from '../../src/text/terms';
import { segmentOfRole } from '../../src/tables/segments';
import type { Page } from '../../src/corpus/types';

const lex = loadLexicon();
let pages: Page[] = [];
beforeAll(async () => {
  pages = (await loadCorpus(path.resolve(__dirname, '../../data/corpus'))).pages;
});

describe('processArticle', () => {
  it('gives what processPage gives for the split page', () => {
    for (const p of pages) expect(processArticle(p, splitPage(p), lex)).toEqual(processPage(p, lex));
  });
});

describe('processPage', () => {
  it('counts tokens and terms per segment as countTokens and termsOf over the segment lines, a repeat of the title once', () => {
    for (const p of pages) {
      const a = splitPage(p);
      const r = processPage(p, lex);
      // Seeds 000, 001 and 003 print their title (line 1) again on line 3: counted once (README, "Counting once").
      const title = a.lines.find((l) => l.role === 'title');
      const repeat = (l: { n: number; text: string }) => title !== undefined && l.n > title.n && l.text.trim() === title.text.trim();
      expect(a.lines.filter((l) => segmentOfRole(l.role) === 'reporting' && repeat(l)).length, p.id).toBe(/^00[013]/.test(p.id) ? 1 : 0);
      for (const seg of ['reporting', 'comments'] as const) {
        const lines = a.lines.filter((l) => segmentOfRole(l.role) === seg && !(seg === 'reporting' && repeat(l)));
        expect(r.units[seg].tokens).toBe(lines.reduce((n, l) => n + countTokens(l.text), 0));
        const terms = new Map<string, number>();
        for (const l of lines) for (const t of termsOf(l.text)) terms.set(t, (terms.get(t) ?? 0) + 1);
        expect(r.terms[seg]).toEqual(terms);
      }
      expect(r.commentRows.map((c) => c.tokens)).toEqual(a.comments.map((c) => c.lines.reduce((n, ln) => n + countTokens(a.lines[ln - 1].text), 0)));
    }
  });
});

describe('articleWarnings', () => {
  it('lists a page warning once when splitPage already carries it', () => {
    expect(articleWarnings({ warnings: ['w'] }, { warnings: ['w', 'x'] })).toEqual(['w', 'x']);
    expect(articleWarnings({ warnings: ['w'] }, { warnings: ['x'] })).toEqual(['w', 'x']);
    expect(articleWarnings({ warnings: [] }, { warnings: ['x'] })).toEqual(['x']);
  });

  it('gives processPage one copy of each read warning (an English page: `no Arabic letters` once)', () => {
    const file = path.resolve(__dirname, '../fixtures/bad/english.txt');
    const page = { meta: null, ...readInput(file, 'english.txt').pages[0] };
    expect(processPage(page, lex).articleRow.warnings).toBe('no Arabic letters');
  });
});
