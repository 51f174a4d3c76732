/**
 * Loading a corpus folder: every file (recursively, in stable order) read into pages or rejects,
 * metadata attached, exact duplicates rejected.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Corpus, Page, PageMeta, Reject } from './types';
import { readInput } from './readInput';
import { mergeMeta, readMetadata } from './metadata';
import { loadOutlets } from './outlets';

/** Options of `loadCorpus`. */
export interface LoadCorpusOptions {
  /**
   * Metadata CSV path, or `false` for none. Default: `<dir>/../metadata.csv` when it exists
   * (the bundled corpus is data/corpus with data/metadata.csv).
   */
  meta?: string | false;
  /** Only files whose corpus-relative path matches one of these globs (`*` within a folder, `**` across folders, `?` one character). Default: all. */
  include?: string[];
  /** Skip files whose relative path matches one of these globs. Default: none. */
  exclude?: string[];
}

/**
 * Compiles a simple glob (`*`, `**`, `?`; everything else literal) to an anchored regex on
 * `/`-separated relative paths. A pattern without `/` matches the file name in any folder.
 * @example globToRegExp('**\/*.txt').test('a/b/c.txt') // true
 * @example globToRegExp('*.txt').test('sub/c.txt') // true (no slash: any folder)
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') { i++; re += '(?:[^/]*/)*'; } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(glob.includes('/') ? `^${re}$` : `(?:^|/)${re}$`);
}

/** Lists files under a folder (relative, `/`-separated), skipping dot files and dot folders, sorted by code unit. */
function walk(root: string): string[] {
  const out: string[] = [];
  const visit = (rel: string): void => {
    const abs = rel ? path.join(root, rel) : root;
    for (const name of readdirSync(abs).sort()) {
      if (name.startsWith('.')) continue;
      const r = rel ? `${rel}/${name}` : name;
      let st;
      try { st = statSync(path.join(root, r)); } catch { out.push(r); continue; }
      if (st.isDirectory()) visit(r);
      else out.push(r);
    }
  };
  visit('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}


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
  let metaPath: string | null = null;
  if (options.meta === undefined) {
    const def = path.resolve(root, '..', 'metadata.csv');
    metaPath = existsSync(def) ? def : null;
  } else if (options.meta !== false) metaPath = path.resolve(options.meta);
  const inc = (options.include ?? []).map(globToRegExp);
  const exc = (options.exclude ?? []).map(globToRegExp);
  const files = walk(root).filter((f) =>
    path.join(root, f) !== metaPath && (inc.length === 0 || inc.some((r) => r.test(f))) && !exc.some((r) => r.test(f)));
  const table = metaPath ? readMetadata(metaPath, { files, outlets: loadOutlets().map((o) => o.id) }) : null;
  const pages: Page[] = [];
  const rejects: Reject[] = [];
  const keptBySha = new Map<string, string>();
  for (const f of files) {
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
