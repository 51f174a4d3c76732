/**
 * The pages named on a command line: files or folders, with their metadata rows. Shared by the
 * commands that take `FILE...` (`split`, `markers`), so both read inputs and metadata the same way.
 */
import * as path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { loadCorpus } from '../corpus/loadCorpus';
import { readInput } from '../corpus/readInput';
import { pageIdOfFile } from '../corpus/pageId';
import { readMetadata } from '../corpus/metadata';
import type { Page, PageMeta, Reject } from '../corpus/types';

/** Options of `inputPages`. */
export interface InputPagesOptions {
  /** Metadata CSV for every input. Default: `<parent of the file's folder>/metadata.csv` when it exists (data/corpus → data/metadata.csv). */
  meta?: string | null;
  /** Called for every input (or record) that could not be read; `file` is as the user named it. */
  onReject: (r: Reject) => void;
  /** Called for metadata problems. Default: ignored. */
  onWarning?: (message: string) => void;
}

/** Default metadata table of a file: `<parent of its folder>/metadata.csv` when it exists. */
function defaultMetaFor(absFile: string): string | null {
  const p = path.resolve(path.dirname(absFile), '..', 'metadata.csv');
  return existsSync(p) ? p : null;
}

/**
 * Reads the pages of command-line inputs in the order given (a folder's files in sorted order),
 * attaching metadata rows; unreadable inputs go to `onReject`, nothing is dropped silently.
 * @example
 * const pages = await inputPages(['data/corpus/000_be8fd5d588858933.txt'], { onReject: console.error });
 * pages[0].meta?.outlet // 'al_bawsala'
 */
export async function inputPages(inputs: readonly string[], options: InputPagesOptions): Promise<Page[]> {
  const explicit = options.meta ? path.resolve(options.meta) : null;
  const tables = new Map<string, ReturnType<typeof readMetadata>>();
  const metaFor = (absFile: string): PageMeta | null => {
    const csv = explicit ?? defaultMetaFor(absFile);
    if (!csv) return null;
    let t = tables.get(csv);
    if (!t) {
      try {
        t = readMetadata(csv);
      } catch (e) {
        options.onWarning?.(`${csv}: ${(e as Error).message}`);
        return null;
      }
      tables.set(csv, t);
    }
    const base = path.basename(absFile);
    const rel = path.relative(path.dirname(csv), absFile).split(path.sep).join('/');
    return t.byFile.get(base) ?? t.byFile.get(rel) ?? t.byId.get(base.replace(/\.[^.]+$/, '')) ?? null;
  };
  const pages: Page[] = [];
  for (const input of inputs) {
    const abs = path.resolve(input);
    const shown = input.split(path.sep).join('/');
    let st;
    try {
      st = statSync(abs);
    } catch {
      options.onReject({ file: shown, reason: 'not_found', detail: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) {
      const corpus = await loadCorpus(abs, explicit ? { meta: explicit } : {});
      for (const w of corpus.metaWarnings) options.onWarning?.(w);
      for (const r of corpus.rejects) options.onReject({ ...r, file: `${shown.replace(/\/$/, '')}/${r.file}` });
      for (const p of corpus.pages) pages.push({ ...p, file: `${shown.replace(/\/$/, '')}/${p.file}` });
      continue;
    }
    const r = readInput(abs, shown);
    for (const rej of r.rejects) options.onReject({ ...rej, file: shown });
    // A file named alone keeps the id of its name (`x/y/a.txt` → `a`), not of the path typed.
    const typed = pageIdOfFile(shown);
    const own = pageIdOfFile(path.basename(abs));
    for (const p of r.pages) {
      const row = metaFor(abs);
      const id = p.id === typed || p.id.startsWith(`${typed}#`) ? own + p.id.slice(typed.length) : p.id;
      pages.push({ ...p, id: row?.id ?? id, meta: row ?? p.meta ?? null });
    }
  }
  return pages;
}
