import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { readInput } from '../../src/corpus/readInput';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { processPage, type PageResult } from '../../src/tables/processPage';
import { TableBuilder } from '../../src/tables/buildTables';
import type { Page } from '../../src/corpus/types';

const lex = loadLexicon();
const LISTING = path.resolve(__dirname, '../fixtures/page-kinds/listing-orient.txt');

/** A saved tag page of three teasers (with slogans and namings), read as khitab reads it, from Orient News. */
export function listingPage(): Page {
  const p = readInput(LISTING, 'listing-orient.txt', { bytes: readFileSync(LISTING) }).pages[0];
  return { ...p, meta: { id: p.id, file: p.file, outlet: 'orient_news', url: null, published: '2024-07', crawled: null, language: 'ar', notes: null } };
}

/** The aggregate tables of some page results (bootstrap in the calling thread). */
function tablesOf(results: PageResult[]) {
  const b = new TableBuilder(lex, { seed: 3, resamples: 50 });
  for (const r of results) b.add(r);
  return { tables: b.finish(), kinds: b.pageKinds() };
}

describe('TableBuilder', () => {
  let article: PageResult;
  let listing: PageResult;
  beforeAll(async () => {
    const seed = (await loadCorpus(path.resolve(__dirname, '../../data/corpus'))).pages.find((p) => p.id.startsWith('001'))!;
    article = processPage(seed, lex);
    listing = processPage(listingPage(), lex);
  });

  it('leaves a listing page out of every aggregate table, though it has hits of the same outlet', () => {
    expect(listing.articleRow.pageKind).toBe('listing');
    expect(listing.outlet).toBe(article.outlet);
    expect(listing.hitRows.filter((h) => h.category.startsWith('slogan')).length).toBeGreaterThan(0);
    const alone = tablesOf([article]);
    const both = tablesOf([article, listing]);
    expect(both.tables).toEqual(alone.tables);
    expect(both.kinds).toEqual({ article: 1, listing: 1, no_article: 0 });
  });

  it('would change the outlet profile if the same page were an article (the test above can fail)', () => {
    const asArticle = { ...listing, articleRow: { ...listing.articleRow, pageKind: 'article' as const } };
    expect(tablesOf([article, asArticle]).tables.outletProfile).not.toEqual(tablesOf([article]).tables.outletProfile);
  });
});
