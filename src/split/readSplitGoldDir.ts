/**
 * Reading the splitter's gold pages from disk: one `*.gold.txt` file (with its sibling `.html`
 * for saved pages), or every gold file of a folder in file-name order. Bad files are reported
 * with their problems and left out, never dropped silently.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSplitGold, type ParsedSplitGold } from './readSplitGold';
import type { GoldProblem, SplitGoldPage } from './readSplitGoldTypes';

/** The gold pages of a folder and what was wrong with the others. */
export interface SplitGoldSet {
  /** Usable pages, sorted by file name. */
  pages: SplitGoldPage[];
  /** Problems of the files left out (each `file:line: message`). */
  problems: GoldProblem[];
  /** Warnings about files that were kept. */
  warnings: GoldProblem[];
  /** Gold files found (`pages.length` plus the files left out). */
  files: number;
  /** Files left out because of problems, by name. */
  skipped: string[];
}

/**
 * Reads one gold file; `file` is the name used in messages (default: the path). The sibling
 * `NAME.html` is read when it exists.
 * @example readSplitGoldFile('data/gold/split/dev/a.gold.txt').page?.layout // 'plain-wire'
 */
export function readSplitGoldFile(path: string, file: string = path): ParsedSplitGold {
  const text = readFileSync(path, 'utf8');
  const htmlPath = path.replace(/\.gold\.txt$/, '.html');
  const html = htmlPath !== path && existsSync(htmlPath) ? readFileSync(htmlPath, 'utf8') : null;
  return parseSplitGold(text, file, html);
}

/**
 * Reads every `*.gold.txt` directly in `dir` (not its subfolders: `data/gold/split/` keeps its
 * held-back part in a subfolder that must not be read by accident), sorted by file name. Throws
 * when the folder cannot be read; a file that cannot be read is a problem on its line 1.
 * @example readSplitGoldDir('test/fixtures/gold-split').pages.map((p) => p.name) // ['html-page', 'plain-wire', …]
 */
export function readSplitGoldDir(dir: string): SplitGoldSet {
  const names = readdirSync(dir).filter((f) => f.endsWith('.gold.txt')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const set: SplitGoldSet = { pages: [], problems: [], warnings: [], files: names.length, skipped: [] };
  for (const name of names) {
    let parsed: ParsedSplitGold;
    try {
      parsed = readSplitGoldFile(join(dir, name), name);
    } catch (e) {
      parsed = { page: null, problems: [{ file: name, line: 1, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }], warnings: [] };
    }
    set.warnings.push(...parsed.warnings);
    if (parsed.page) set.pages.push(parsed.page);
    else { set.problems.push(...parsed.problems); set.skipped.push(name); }
  }
  return set;
}
