/**
 * Loading and validating lexicon files (the codebook and users' own dictionaries): markers, and the
 * categories and naming dimensions the files declare (see `resolveCategories`).
 */
import { specialFileAt } from '../corpus/specialFile';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lexicon, Marker } from './types';
import { readLexiconText } from './readLexiconFile';
import { resolveCategories, type FileDeclarations } from './resolveCategories';
import { mergeStanceRules } from './mergeStanceRules';
import type { StanceRules } from './stanceRuleTypes';

/** Repository root (this file is src/lexicon/loadLexicon.ts). */
const ROOT = path.resolve(__dirname, '../..');
/** Folder of the shipped lexicons. */
export const LEXICON_DIR = path.join(ROOT, 'data/lexicons');

/**
 * Thrown by `loadLexicon` when any file has problems; `problems` are `file:line: problem`.
 * @example try { loadLexicon(['bad.yaml']); } catch (e) { (e as LexiconError).problems[0]; } // 'bad.yaml:3: …'
 */
export class LexiconError extends Error {
  /** Every problem found, as `file:line: problem`. */
  problems: string[];
  constructor(problems: string[]) {
    super(`invalid lexicon:\n${problems.join('\n')}`);
    this.name = 'LexiconError';
    this.problems = problems;
  }
}

/** Files of the lexicon folder that are not lexicons: the morphology tables of lemma entries. */
export const NOT_LEXICONS = ['morphology.yaml'];

/**
 * The lexicon files of a folder: `.yaml`, `.yml` and `.dic` (except `NOT_LEXICONS`), sorted by name.
 * @example defaultLexiconPaths() // ['/…/data/lexicons/codebook.yaml']
 */
export function defaultLexiconPaths(dir: string = LEXICON_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|dic)$/i.test(f) && !NOT_LEXICONS.includes(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * The shipped lexicon files followed by extra ones (a user's `--lexicon` files), each file once.
 * @example lexiconPathsWith(['my.yaml']) // ['/…/data/lexicons/codebook.yaml', '/…/my.yaml']
 */
export function lexiconPathsWith(extra: readonly string[], dir: string = LEXICON_DIR): string[] {
  const paths = defaultLexiconPaths(dir);
  for (const p of extra.map((x) => path.resolve(x))) if (!paths.includes(p)) paths.push(p);
  return paths;
}

function displayName(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

/**
 * Reads lexicon files and returns markers, categories and naming dimensions plus every problem
 * (nothing is thrown). Marker ids must be unique across all files; categories declared in several
 * files must agree.
 * @example readLexicon(['data/lexicons/codebook.yaml']).problems // []
 */
export function readLexicon(paths: string[] = defaultLexiconPaths()): { lexicon: Lexicon; problems: string[] } {
  const markers: Marker[] = [];
  const files: Lexicon['files'] = [];
  const problems: string[] = [];
  const seen = new Map<string, Marker>();
  const declarations: FileDeclarations[] = [];
  let stanceRules: StanceRules | null = null;
  for (const p of paths) {
    const name = displayName(p);
    let text: string;
    // A named pipe would hang the read and a device such as /dev/zero never ends (as in a corpus).
    const special = specialFileAt(p);
    if (special !== null && special !== 'a folder') {
      problems.push(`${name}:0: cannot read: not a regular file: ${special}`);
      continue;
    }
    try {
      text = readFileSync(p, 'utf8');
    } catch (e) {
      problems.push(`${name}:0: cannot read: ${(e as Error).message}`);
      continue;
    }
    const r = readLexiconText(name, text);
    problems.push(...r.problems);
    files.push({ path: name, sha256: r.sha256, version: r.version });
    if (r.stanceRules) stanceRules = stanceRules ? mergeStanceRules(stanceRules, r.stanceRules) : r.stanceRules;
    const kept: Marker[] = [];
    declarations.push({ categories: r.categories, dimensions: r.dimensions, declaresCategories: r.declaresCategories, markers: kept });
    for (const m of r.markers) {
      const prev = seen.get(m.id);
      if (prev) {
        problems.push(`${m.origin.file}:${m.origin.line}: duplicate marker id '${m.id}' (first defined at ${prev.origin.file}:${prev.origin.line})`);
        continue;
      }
      seen.set(m.id, m);
      markers.push(m);
      kept.push(m);
    }
  }
  const { categories, dimensions, problems: categoryProblems } = resolveCategories(declarations);
  problems.push(...categoryProblems);
  return { lexicon: { markers, files, categories, dimensions, stanceRules }, problems };
}

/**
 * Loads and validates lexicon files (default: every `.yaml`/`.yml`/`.dic` file in data/lexicons/).
 * Throws a `LexiconError` listing every problem as `file:line: problem`.
 * @example loadLexicon().markers.find((m) => m.id === 'slogan_lan_nusalih')?.category // 'slogan'
 */
export function loadLexicon(paths?: string[]): Lexicon {
  const { lexicon, problems } = readLexicon(paths);
  if (problems.length) throw new LexiconError(problems);
  return lexicon;
}

/**
 * A lexicon of markers built in code (no files): their categories take the defaults (label = id,
 * stance `none`, no dimension; see `resolveCategories`).
 * @example lexiconOfMarkers([marker]).categories.map((c) => c.id) // ['query']
 */
export function lexiconOfMarkers(markers: Marker[]): Lexicon {
  const { categories, dimensions } = resolveCategories([{ categories: [], dimensions: [], declaresCategories: false, markers }]);
  return { markers, files: [], categories, dimensions };
}
