/**
 * Loading a corpus folder into memory (for notebooks and the in-memory API): everything
 * `streamCorpus` yields — the one corpus reader — collected into pages and rejects.
 */
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Corpus, Page, Reject } from './types';
import type { CorpusFilesOptions } from './listCorpusFiles';
import { corpusMetadata, streamCorpus } from './streamCorpus';


/** Options of `loadCorpus`: which files and which metadata table (see `CorpusFilesOptions`). */
export type LoadCorpusOptions = CorpusFilesOptions;

/**
 * Loads a corpus folder: walks it recursively (sorted, dot files skipped, include/exclude globs),
 * reads each file, attaches metadata rows (by file, then by id), and rejects exact duplicates
 * (same content as an earlier file: `reason: 'duplicate'`, detail names the kept file), as
 * `streamCorpus` does, whose items these are.
 * Every file ends up in exactly one of: pages (possibly several per file), rejects.
 * Metadata problems are collected in `metaWarnings`; only an unreadable CSV throws.
 * @example (await loadCorpus('data/corpus')).pages.map((p) => p.meta?.outlet) // ['al_bawsala','orient_news','arab48','orient_news',null]
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<Corpus> {
  const root = path.resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new Error(`corpus folder not found: ${dir}`);
  const table = corpusMetadata(root, options);
  const pages: Page[] = [];
  const rejects: Reject[] = [];
  for await (const item of streamCorpus(root, { ...options, metadataTable: table })) {
    if (item.kind === 'page') pages.push(item.page);
    else rejects.push(item.reject);
  }
  return { root, pages, rejects, metaWarnings: table ? table.warnings : [] };
}
