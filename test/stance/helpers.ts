import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { splitPage } from '../../src/split/splitPage';
import type { Article } from '../../src/split/types';

/** The five seed pages, split by the splitter (metadata from data/metadata.csv). */
export async function seedArticles(): Promise<Article[]> {
  const corpus = await loadCorpus(path.resolve(__dirname, '../../data/corpus'));
  return corpus.pages.map((p) => splitPage(p));
}

/** Reads a YAML case table next to the tests. */
export function caseTable<T>(name: string): T[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parse } = require('yaml') as typeof import('yaml');
  return parse(readFileSync(path.join(__dirname, 'cases', name), 'utf8')) as T[];
}
