import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPages } from '../../src/parallel/runPages';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import type { Page } from '../../src/corpus/types';
import type { PageOutput } from '../../src/parallel/pageOutput';

const SEEDS = resolve(__dirname, '../../data/corpus');

async function all(it: AsyncIterable<PageOutput[]>): Promise<PageOutput[]> {
  const out: PageOutput[] = [];
  for await (const batch of it) out.push(...batch);
  return out;
}

describe('runPages', () => {
  it('delivers outputs in input order, the same with 2 workers as in one thread', async () => {
    const corpus = await loadCorpus(SEEDS);
    const lexicon = loadLexicon();
    // 40 pages: the 5 seeds 8 times, ids made distinct, in an order that is not sorted.
    const pages: Page[] = [];
    for (let k = 0; k < 8; k++) for (const p of [...corpus.pages].reverse()) pages.push({ ...p, id: `${k}-${p.id}` });
    const one = await all(runPages(pages, lexicon, { workers: 1 }));
    const two = await all(runPages(pages, lexicon, { workers: 2, batchPages: 3 }));
    expect(one.map((o) => o.id)).toEqual(pages.map((p) => p.id));
    expect(two).toEqual(one);
  });

  it('fails with the page file when processing a page throws, and does not hang', async () => {
    const corpus = await loadCorpus(SEEDS);
    const bad = { ...corpus.pages[0], file: 'broken/page.txt', text: null } as unknown as Page;
    await expect(all(runPages([corpus.pages[1], bad, corpus.pages[2]], loadLexicon(), { workers: 2, batchPages: 1 })))
      .rejects.toThrow(/broken\/page\.txt/);
  });
});
