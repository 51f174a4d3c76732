/**
 * Reading one lexicon file into markers plus problems (`file:line: problem`). Three formats:
 * the khitab codebook YAML (`version:`, `markers:`, and optionally `categories:` and `dimensions:`),
 * quanteda-style YAML dictionaries (nested keys → category `a.b`, lists of patterns) and LIWC `.dic`
 * files. Only a codebook declares categories; the others' categories take defaults.
 */
import { createHash } from 'node:crypto';
import { LineCounter, parseDocument, isMap, isSeq, isScalar } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { Marker, Polarity } from './types';
import { validatePattern } from './patterns';
import { readCategoryBlock, readDimensionBlock, type CategoryDecl, type DimensionDecl } from './readCategoryBlocks';
import { ID_RE, lineOf } from './yamlLines';
import { readGuards } from './readGuards';
import { readStanceRules } from './readStanceRules';
import type { StanceRules } from './stanceRuleTypes';

/** What one file yielded. */
export interface LexiconFileResult {
  /** Markers read (possibly partial when there are problems). */
  markers: Marker[];
  /** Problems as `file:line: problem`; empty when the file is valid. */
  problems: string[];
  /** The file's `version:` field, or null. */
  version: string | null;
  /** SHA-256 of the file's text. */
  sha256: string;
  /** Categories declared in the file's `categories:` block (codebooks only). */
  categories: CategoryDecl[];
  /** Naming dimensions declared in its `dimensions:` block (codebooks only). */
  dimensions: DimensionDecl[];
  /** Whether the file has a `categories:` block: then every marker's category must be declared (in some file). */
  declaresCategories: boolean;
  /** The file's `stanceRules:` block, or null (see readStanceRules.ts). */
  stanceRules?: StanceRules | null;
}

/** What a file yields besides its markers, problems and version: nothing, for dictionaries. */
type Declarations = Pick<LexiconFileResult, 'categories' | 'dimensions' | 'declaresCategories' | 'stanceRules'>;
const NO_DECLARATIONS: Declarations = { categories: [], dimensions: [], declaresCategories: false };

const CODEBOOK_KEYS = new Set([
  'id', 'category', 'polarity', 'patterns', 'suffixes', 'description', 'examples', 'counterExamples',
  'source', 'notFollowedBy', 'notPrecededBy', 'bare', 'exclude',
]);

function stringList(v: unknown): string[] | null {
  if (!Array.isArray(v)) return null;
  return v.every((x) => typeof x === 'string') ? (v as string[]) : null;
}

/**
 * Parses lexicon text (YAML codebook, quanteda YAML dictionary, or LIWC `.dic` when `file` ends in
 * `.dic`) into markers, reporting every problem with its file and line.
 * @example
 * readLexiconText('x.yaml', 'version: "1"\nmarkers: []\n').problems // []
 * readLexiconText('x.yaml', 'markers: [\n').problems[0] // 'x.yaml:2: YAML syntax error: …'
 */
export function readLexiconText(file: string, text: string): LexiconFileResult {
  const sha256 = createHash('sha256').update(text).digest('hex');
  if (/\.dic$/i.test(file)) return { ...readLiwc(file, text), sha256, ...NO_DECLARATIONS };
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const problems: string[] = [];
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push(`${file}:${lc.linePos(e.pos[0]).line}: YAML syntax error: ${e.message.split('\n')[0]}`);
    return { markers: [], problems, version: null, sha256, ...NO_DECLARATIONS };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    problems.push(`${file}:${lineOf(lc, root)}: expected a mapping at the top (version/markers, or dictionary keys)`);
    return { markers: [], problems, version: null, sha256, ...NO_DECLARATIONS };
  }
  if (isCodebook(root)) return { ...readCodebook(file, root, lc), sha256 };
  return { ...readQuanteda(file, root, lc), sha256, ...NO_DECLARATIONS };
}

const TOP_KEYS = ['version', 'markers', 'categories', 'dimensions', 'stanceRules'];

/**
 * Whether a YAML file is a codebook: it has `markers:`, or a `categories:`/`dimensions:` list of
 * mappings (a file of declarations only). A quanteda dictionary's values are lists of strings or
 * nested keys, never lists of mappings.
 */
function isCodebook(root: YAMLMap): boolean {
  if (root.has('markers') || isMap(root.get('stanceRules', true))) return true;
  return ['categories', 'dimensions'].some((k) => {
    const v = root.get(k, true);
    return isSeq(v) && v.items.length > 0 && v.items.every((x) => isMap(x));
  });
}

function readCodebook(file: string, root: YAMLMap, lc: LineCounter): Omit<LexiconFileResult, 'sha256'> {
  const problems: string[] = [];
  const markers: Marker[] = [];
  const versionNode = root.get('version', true);
  const version = versionNode === undefined ? null : String((versionNode as { value?: unknown }).value ?? versionNode);
  for (const pair of root.items) {
    const k = isScalar(pair.key) ? String(pair.key.value) : '?';
    if (!TOP_KEYS.includes(k)) problems.push(`${file}:${lineOf(lc, pair.key as Node)}: unknown top-level key '${k}' (expected ${TOP_KEYS.join(', ')})`);
  }
  const cats = readCategoryBlock(file, root.get('categories', true), lc);
  const dims = readDimensionBlock(file, root.get('dimensions', true), lc);
  const rules = readStanceRules(file, root.get('stanceRules', true), lc);
  problems.push(...dims.problems, ...cats.problems, ...rules.problems);
  const declarations: Declarations = {
    categories: [...cats.categories, ...rules.categories], dimensions: dims.dimensions, declaresCategories: root.has('categories'), stanceRules: rules.rules,
  };
  const seq = root.get('markers', true);
  if (seq === undefined) return { markers, problems, version, ...declarations };
  if (!isSeq(seq)) {
    problems.push(`${file}:${lineOf(lc, seq as Node)}: 'markers' must be a list`);
    return { markers, problems, version, ...declarations };
  }
  for (const item of seq.items) {
    const line = lineOf(lc, item as Node);
    const at = (key: string): string => {
      const n = isMap(item) ? item.get(key, true) : null;
      return `${file}:${lineOf(lc, n as Node, line)}`;
    };
    if (!isMap(item)) { problems.push(`${file}:${line}: a marker must be a mapping`); continue; }
    const m = item.toJSON() as Record<string, unknown>;
    const bad = (key: string, what: string) => problems.push(`${at(key)}: marker ${typeof m.id === 'string' ? `'${m.id}'` : '(no id)'}: ${what}`);
    for (const key of Object.keys(m)) if (!CODEBOOK_KEYS.has(key)) bad(key, `unknown key '${key}'`);
    if (typeof m.id !== 'string' || !ID_RE.test(m.id)) bad('id', "'id' must be a string of letters, digits, _ . : -");
    if (typeof m.category !== 'string' || !ID_RE.test(m.category)) bad('category', "'category' must be a string of letters, digits, _ . : -");
    if (m.polarity !== -1 && m.polarity !== 0 && m.polarity !== 1) bad('polarity', "'polarity' must be -1, 0 or 1");
    const patterns = stringList(m.patterns);
    if (!patterns || patterns.length === 0) bad('patterns', "'patterns' must be a non-empty list of strings");
    else for (const p of patterns) { const err = validatePattern(p); if (err) bad('patterns', `pattern '${p}': ${err}`); }
    if (m.suffixes !== undefined && typeof m.suffixes !== 'boolean') bad('suffixes', "'suffixes' must be true or false");
    if (m.bare !== undefined && typeof m.bare !== 'boolean') bad('bare', "'bare' must be true or false");
    if (typeof m.description !== 'string' || !m.description.trim()) bad('description', "'description' is required");
    if (typeof m.source !== 'string' || !m.source.trim()) bad('source', "'source' (source or rationale) is required");
    const examples = stringList(m.examples);
    if (!examples || examples.length === 0) bad('examples', "'examples' must be a non-empty list of strings");
    const counter = m.counterExamples === undefined ? [] : stringList(m.counterExamples);
    if (!counter) bad('counterExamples', "'counterExamples' must be a list of strings");
    for (const key of ['notFollowedBy', 'notPrecededBy']) {
      if (m[key] !== undefined && !stringList(m[key])) bad(key, `'${key}' must be a list of strings`);
    }
    const marker: Marker = {
      id: String(m.id ?? ''),
      category: String(m.category ?? ''),
      polarity: (m.polarity === -1 || m.polarity === 1 ? m.polarity : 0) as Polarity,
      patterns: patterns ?? [],
      suffixes: m.suffixes === true,
      description: typeof m.description === 'string' ? m.description : '',
      examples: examples ?? [],
      counterExamples: counter ?? [],
      source: typeof m.source === 'string' ? m.source : '',
      origin: { file, line },
    };
    if (m.notFollowedBy) marker.notFollowedBy = stringList(m.notFollowedBy) ?? [];
    if (m.notPrecededBy) marker.notPrecededBy = stringList(m.notPrecededBy) ?? [];
    if (m.bare === true) marker.bare = true;
    const guards = readGuards(file, item.get('exclude', true), lc, marker.id || '(no id)', line);
    problems.push(...guards.problems);
    if (guards.guards.length) marker.exclude = guards.guards;
    markers.push(marker);
  }
  return { markers, problems, version, ...declarations };
}

function dictMarker(file: string, category: string, patterns: string[], line: number): Marker {
  return {
    id: category, category, polarity: 0, patterns, suffixes: false,
    description: `dictionary category '${category}' from ${file}`, examples: [], counterExamples: [],
    source: file, origin: { file, line },
  };
}

function readQuanteda(file: string, root: YAMLMap, lc: LineCounter): Omit<LexiconFileResult, 'sha256' | keyof Declarations> {
  const problems: string[] = [];
  const markers: Marker[] = [];
  const walk = (map: YAMLMap, prefix: string) => {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const line = lineOf(lc, pair.key as Node);
      const cat = prefix ? `${prefix}.${key}` : key;
      if (!ID_RE.test(key)) { problems.push(`${file}:${line}: dictionary key '${key}' must be letters, digits, _ . : -`); continue; }
      const v = pair.value as Node;
      if (isMap(v)) walk(v, cat);
      else if (isSeq(v) || isScalar(v)) {
        const list = isSeq(v) ? (v.toJSON() as unknown[]) : [(v as { value: unknown }).value];
        const pats: string[] = [];
        for (const p of list) {
          if (typeof p !== 'string' || !p.trim()) { problems.push(`${file}:${lineOf(lc, v, line)}: category '${cat}': patterns must be non-empty strings`); continue; }
          const err = validatePattern(p);
          if (err) problems.push(`${file}:${lineOf(lc, v, line)}: category '${cat}': pattern '${p}': ${err}`);
          else pats.push(p.trim());
        }
        if (pats.length) markers.push(dictMarker(file, cat, pats, line));
      } else problems.push(`${file}:${line}: category '${cat}': expected a list of patterns or nested keys`);
    }
  };
  walk(root, '');
  return { markers, problems, version: null };
}

/**
 * Reads a LIWC-style `.dic` file: a `%`-delimited header of `number name` lines, then
 * `pattern number number…` lines (tab- or space-separated). One marker per category.
 * @example readLiwc('a.dic', '%\n1\tpos\n%\nخير*\t1\n').markers[0].patterns // ['خير*']
 */
export function readLiwc(file: string, text: string): Omit<LexiconFileResult, 'sha256' | keyof Declarations> {
  const problems: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const names = new Map<string, string>();
  const pats = new Map<string, { line: number; patterns: string[] }>();
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  if (lines[i]?.trim() !== '%') {
    problems.push(`${file}:${i + 1}: LIWC dictionary must start with a '%' line`);
    return { markers: [], problems, version: null };
  }
  i++;
  for (; i < lines.length && lines[i].trim() !== '%'; i++) {
    const l = lines[i].trim();
    if (!l) continue;
    const m = /^(\d+)\s+(\S+)$/.exec(l);
    if (!m) { problems.push(`${file}:${i + 1}: header line must be 'number name'`); continue; }
    names.set(m[1], m[2]);
  }
  if (i >= lines.length) { problems.push(`${file}:${i}: header is not closed by a second '%' line`); return { markers: [], problems, version: null }; }
  for (i++; i < lines.length; i++) {
    const l = lines[i].trim();
    if (!l) continue;
    const cols = l.includes('\t') ? l.split('\t').map((x) => x.trim()).filter(Boolean) : l.split(/\s+/);
    // Multi-word LIWC entries separate words by spaces and categories by tabs.
    const nums: string[] = [];
    while (cols.length > 1 && /^\d+$/.test(cols[cols.length - 1])) nums.unshift(cols.pop()!);
    const word = cols.join(' ');
    if (!nums.length) { problems.push(`${file}:${i + 1}: entry '${word}' has no category number`); continue; }
    const err = validatePattern(word);
    if (err) { problems.push(`${file}:${i + 1}: pattern '${word}': ${err}`); continue; }
    for (const n of nums) {
      const name = names.get(n);
      if (!name) { problems.push(`${file}:${i + 1}: unknown category number ${n}`); continue; }
      if (!pats.has(name)) pats.set(name, { line: i + 1, patterns: [] });
      pats.get(name)!.patterns.push(word);
    }
  }
  const markers = [...pats.entries()].map(([name, v]) => dictMarker(file, name, v.patterns, v.line));
  return { markers, problems, version: null };
}
