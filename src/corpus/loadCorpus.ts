/**
 * Loading a corpus folder: every file (recursively, in stable order) read into pages or rejects,
 * metadata attached, exact duplicates rejected.
 */
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Corpus, Page, PageMeta, Reject } from './types';
import { readInput } from './readInput';
import { notRegularFile, specialFileAt } from './specialFile';
import { mergeMeta, readMetadata } from './metadata';
import { loadOutlets } from './outlets';
import { listCorpusFiles, metadataPathOf, type CorpusFilesOptions } from './listCorpusFiles';


/** Options of `loadCorpus`: which files and which metadata table (see `CorpusFilesOptions`). */
export type LoadCorpusOptions = CorpusFilesOptions;

/**
 * Loads a corpus folder: walks it recursively (sorted, dot files skipped, include/exclude globs),
 * reads each file with `readInput`, attaches metadata rows (by file, then by id), and rejects exact
 * duplicates (same SHA-256 as an earlier file: `reason: 'duplicate'`, detail names the kept file).
 * Every file ends up in exactly one of: pages (possibly several per file), rejects.
 * Metadata problems are collected in `metaWarnings`; only an unreadable CSV throws.
 * @example (await loadCorpus('data/corpus')).pages.map((p) => p.meta?.outlet) // ['al_bawsala','orient_news','arab48','orient_news',null]
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<Corpus> {
  const root = path.resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new Error(`corpus folder not found: ${dir}`);
  const metaPath = metadataPathOf(root, options);
  const files = listCorpusFiles(root, options);
  const table = metaPath ? readMetadata(metaPath, { files, outlets: loadOutlets().map((o) => o.id) }) : null;
  const pages: Page[] = [];
  const rejects: Reject[] = [];
  const keptBySha = new Map<string, string>();
  for (const f of files) {
    const special = specialFileAt(path.join(root, f));
    if (special !== null) { rejects.push(notRegularFile(f, special)); continue; }
    const r = readInput(path.join(root, f), f);
    if (r.pages.length === 0) {
      rejects.push(...(r.rejects.length ? r.rejects : [{ file: f, reason: 'empty', detail: 'no page in file' }]));
      continue;
    }
    const shaKey = r.pages.map((p) => p.sha256).join(',');
    const kept = keptBySha.get(shaKey);
    if (kept !== undefined) {
      rejects.push({ file: f, reason: 'duplicate', detail: `same content (sha256 ${r.pages[0].sha256.slice(0, 12)}…) as ${kept}, which is kept` });
      continue;
    }
    keptBySha.set(shaKey, f);
    rejects.push(...r.rejects);
    for (const p of r.pages) {
      const row = table ? (table.byFile.get(p.file) ?? table.byId.get(p.id)) : undefined;
      const meta = mergeMeta(row, p.meta);
      pages.push({ ...p, id: row?.id ?? meta?.id ?? p.id, meta } as Page);
    }
  }
  return { root, pages, rejects, metaWarnings: table ? table.warnings : [] };
}
