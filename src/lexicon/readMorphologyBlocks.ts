/**
 * Reading the entries of data/lexicons/morphology.yaml: one verb form (its templates) or one root
 * class, each checked with its problems as `file:line: problem`, and the `dialect:` block. `readMorphologyText` reads the
 * whole file with these.
 */
import { isMap, isSeq } from 'yaml';
import type { LineCounter, Node } from 'yaml';
import type { DialectEnding, DialectPrefix, PersonAffix, RootClass, VerbForm } from './morphologyTypes';
import { lineOf } from './yamlLines';

const FORM_KEYS = ['id', 'label', 'past', 'present', 'prefixVowel', 'imperative', 'active', 'passive', 'masdar', 'lemmaVowels', 'infix'];
const TEMPLATE_KEYS = ['past', 'present', 'imperative', 'active', 'passive'];
const CLASS_KEYS = ['id', 'radical', 'letters', 'forms', 'note'];
const HARAKAT = /[\u064b-\u0652]/g;

/** What the block readers share: the file name, its line counter and the problems found. */
export interface Reader {
  /** File name used in problems. */
  file: string;
  /** Line counter of the parsed document. */
  lc: LineCounter;
  /** Problems found so far, as `file:line: problem`. */
  problems: string[];
}

/**
 * `file:line` of a node (line 1 when it is missing).
 * @example at(r, doc.get('forms', true)) // 'm.yaml:7'
 */
export function at(r: Reader, node: unknown): string {
  return `${r.file}:${lineOf(r.lc, node as Node)}`;
}

/**
 * The mapping entries of a list, each as its fields and its `file:line`; other items are problems.
 * @example entries(r, 'past', doc.get('past', true))[0] // [{person: '3ms', suffix: 'َ'}, 'm.yaml:2']
 */
export function entries(r: Reader, key: string, node: unknown): [Record<string, unknown>, string][] {
  if (!isSeq(node)) { r.problems.push(`${at(r, node)}: '${key}' must be a list`); return []; }
  const out: [Record<string, unknown>, string][] = [];
  for (const item of node.items) {
    if (isMap(item)) out.push([item.toJSON() as Record<string, unknown>, at(r, item)]);
    else r.problems.push(`${at(r, item)}: an entry of '${key}' must be a mapping`);
  }
  return out;
}

/**
 * A string field, or `` with a problem naming `what`.
 * @example str(r, {id: 'II'}, 'id', 'm.yaml:7', 'form') // 'II'
 */
export function str(r: Reader, m: Record<string, unknown>, key: string, where: string, what: string): string {
  if (typeof m[key] === 'string') return m[key] as string;
  r.problems.push(`${where}: ${what}: '${key}' must be a string`);
  return '';
}

/**
 * One entry of `forms:`, checked: known keys, templates with ف ع ل once each, an infix map.
 * @example readForm(r, {id: 'II', past: 'فَعَّل', …}, 'm.yaml:7').masdar // 'تَفْعِيل'
 */
export function readForm(r: Reader, m: Record<string, unknown>, where: string): VerbForm {
  const id = str(r, m, 'id', where, 'form');
  const bad = (why: string): void => { r.problems.push(`${where}: form '${id}': ${why}`); };
  for (const k of Object.keys(m)) if (!FORM_KEYS.includes(k)) bad(`unknown key '${k}'`);
  const [past, present, imperative, active, passive] = TEMPLATE_KEYS.map((k) => str(r, m, k, where, `form '${id}'`));
  const masdar = m.masdar === null ? null : str(r, m, 'masdar', where, `form '${id}'`);
  for (const t of [past, present, imperative, active, passive, masdar ?? 'فعل']) {
    if (!/^[^فعل]*ف[^فعل]*ع[^فعل]*ل[^فعل]*$/.test(t.replace(HARAKAT, ''))) bad(`template '${t}' must contain ف ع ل once each, in order`);
  }
  const infix = m.infix ?? {};
  if (typeof infix !== 'object' || Object.values(infix as object).some((x) => typeof x !== 'string')) bad("'infix' must map letters to letters");
  return {
    id, past, present, imperative, active, passive, masdar, at: where, prefixVowel: str(r, m, 'prefixVowel', where, `form '${id}'`),
    lemmaVowels: m.lemmaVowels === true, infix: infix as Record<string, string>,
  };
}

/**
 * One entry of `classes:`, checked against the forms declared.
 * @example readClass(r, {id: 'doubled', radical: '2=3', forms: ['I'], note: '…'}, 'm.yaml:9', forms).radical // '2=3'
 */
export function readClass(r: Reader, m: Record<string, unknown>, where: string, forms: Map<string, VerbForm>): RootClass {
  const id = str(r, m, 'id', where, 'class');
  const bad = (why: string): void => { r.problems.push(`${where}: class '${id}': ${why}`); };
  for (const k of Object.keys(m)) if (!CLASS_KEYS.includes(k)) bad(`unknown key '${k}'`);
  const radical = String(m.radical ?? '');
  if (!['1', '2', '3', '2=3'].includes(radical)) bad("'radical' must be 1, 2, 3 or 2=3");
  const inForms = Array.isArray(m.forms) ? m.forms.map(String) : [];
  for (const f of inForms) if (!forms.has(f)) bad(`unknown form '${f}'`);
  const letters = Array.isArray(m.letters) ? m.letters.map(String) : [];
  return { id, radical, letters, forms: inForms, note: str(r, m, 'note', where, `class '${id}'`), at: where };
}

/**
 * The `dialect:` block: `present` prefixes (persons checked against the present table) and
 * `endings` (from → to).
 * @example readDialect(r, doc.get('dialect', true), tables.present).present[0].prefix // 'ح'
 */
export function readDialect(r: Reader, node: unknown, present: PersonAffix[]): { present: DialectPrefix[]; endings: DialectEnding[] } {
  const out = { present: [] as DialectPrefix[], endings: [] as DialectEnding[] };
  if (!isMap(node)) { r.problems.push(`${at(r, node)}: 'dialect' must be a mapping of present and endings`); return out; }
  for (const k of Object.keys(node.toJSON() as object)) if (k !== 'present' && k !== 'endings') r.problems.push(`${at(r, node.get(k, true))}: dialect: unknown key '${k}'`);
  const known = new Set(present.map((p) => p.person.replace(/\.s$/, '')));
  if (node.has('present')) {
    for (const [m, where] of entries(r, 'dialect.present', node.get('present', true))) {
      const persons = m.persons === undefined ? null : Array.isArray(m.persons) ? m.persons.map(String) : [];
      for (const p of persons ?? []) if (!known.has(p)) r.problems.push(`${where}: dialect prefix: unknown person '${p}'`);
      out.present.push({ prefix: str(r, m, 'prefix', where, 'dialect prefix'), persons, note: str(r, m, 'note', where, 'dialect prefix'), at: where });
    }
  }
  if (node.has('endings')) {
    for (const [m, where] of entries(r, 'dialect.endings', node.get('endings', true))) {
      out.endings.push({ from: str(r, m, 'from', where, 'dialect ending'), to: str(r, m, 'to', where, 'dialect ending'), note: str(r, m, 'note', where, 'dialect ending'), at: where });
    }
  }
  return out;
}
