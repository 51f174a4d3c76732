/**
 * Reading and validating data/lexicons/morphology.yaml, the tables `lemmaForms` expands lemmas
 * with: person affixes, noun endings, the templates of verb forms I–X and the root classes that are
 * not supported yet, and the dialect affixes. Every problem is reported as `file:line: problem`, like the codebook's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap } from 'yaml';
import { at, entries, readClass, readDialect, readForm, str, type Reader } from './readMorphologyBlocks';

export type { DialectEnding, DialectPrefix, MorphologyTables, PersonAffix, RootClass, VerbForm } from './morphologyTypes';
import type { MorphologyTables } from './morphologyTypes';

/** Thrown by `loadMorphologyTables`; `problems` are `file:line: problem`. */
export class MorphologyTablesError extends Error {
  /** Every problem found. */
  problems: string[];
  constructor(problems: string[]) {
    super(`invalid morphology tables:\n${problems.join('\n')}`);
    this.name = 'MorphologyTablesError';
    this.problems = problems;
  }
}

/** The shipped tables. */
export const MORPHOLOGY_FILE = path.resolve(__dirname, '../../data/lexicons/morphology.yaml');

const TOP = ['version', 'past', 'present', 'imperative', 'nouns', 'forms', 'classes', 'dialect'];

/**
 * Parses morphology tables from YAML text; `problems` lists every `file:line: problem`.
 * @example readMorphologyText('m.yaml', 'version: "1"\n').problems[0] // "m.yaml:1: 'past' must be a list"
 */
export function readMorphologyText(file: string, text: string): { tables: MorphologyTables; problems: string[] } {
  const r: Reader = { file, lc: new LineCounter(), problems: [] };
  const doc = parseDocument(text, { lineCounter: r.lc, prettyErrors: false, uniqueKeys: true });
  const tables: MorphologyTables = { version: '', past: [], present: [], imperative: [], participle: [], masdar: [], forms: new Map(), classes: [], dialect: { present: [], endings: [] } };
  for (const e of doc.errors) r.problems.push(`${file}:${r.lc.linePos(e.pos[0]).line}: YAML syntax error: ${e.message.split('\n')[0]}`);
  const root = doc.contents;
  if (r.problems.length || !isMap(root)) return { tables, problems: r.problems.length ? r.problems : [`${file}:1: expected a mapping at the top`] };
  for (const k of Object.keys(root.toJSON())) if (!TOP.includes(k)) r.problems.push(`${at(r, root.get(k, true))}: unknown top-level key '${k}' (expected ${TOP.join(', ')})`);
  tables.version = String(root.get('version') ?? '');
  for (const kind of ['past', 'present', 'imperative'] as const) {
    for (const [m, where] of entries(r, kind, root.get(kind, true))) {
      const person = str(r, m, 'person', where, kind);
      const prefix = kind === 'present' ? str(r, m, 'prefix', where, `${kind} ${person}`) : '';
      tables[kind].push({ person, prefix, suffix: str(r, m, 'suffix', where, `${kind} ${person}`) });
    }
  }
  const nouns = root.get('nouns', true);
  for (const k of ['participle', 'masdar'] as const) {
    const v = isMap(nouns) ? (nouns.toJSON() as Record<string, unknown>)[k] : undefined;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) tables[k] = v as string[];
    else r.problems.push(`${at(r, nouns)}: 'nouns.${k}' must be a list of strings`);
  }
  for (const [m, where] of entries(r, 'forms', root.get('forms', true))) {
    const form = readForm(r, m, where);
    if (tables.forms.has(form.id)) r.problems.push(`${where}: form '${form.id}': declared twice`);
    else tables.forms.set(form.id, form);
  }
  for (const [m, where] of entries(r, 'classes', root.get('classes', true))) tables.classes.push(readClass(r, m, where, tables.forms));
  if (root.has('dialect')) tables.dialect = readDialect(r, root.get('dialect', true), tables.present);
  return { tables, problems: r.problems };
}

/**
 * Loads and validates the morphology tables (default: data/lexicons/morphology.yaml); throws a
 * `MorphologyTablesError` listing every problem.
 * @example loadMorphologyTables().forms.get('X')?.masdar // 'اِسْتِفْعَال'
 */
export function loadMorphologyTables(file: string = MORPHOLOGY_FILE): MorphologyTables {
  const name = path.relative(process.cwd(), file) || file;
  const { tables, problems } = readMorphologyText(name.startsWith('..') ? file : name, readFileSync(file, 'utf8'));
  if (problems.length) throw new MorphologyTablesError(problems);
  return tables;
}
