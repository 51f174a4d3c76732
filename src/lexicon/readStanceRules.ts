/**
 * Reading a codebook's `stanceRules:` block (attitude × target stance rules) into a `StanceRules`
 * record, with every problem as `file:line: problem`. The block may declare the categories its
 * hits go to (a `categories:` list, read like the top-level one), so a codebook can add the
 * `conditional` stance without touching its other blocks.
 */
import { isMap, isSeq } from 'yaml';
import type { LineCounter, Node, YAMLMap } from 'yaml';
import { readCategoryBlock, type CategoryDecl } from './readCategoryBlocks';
import type { RuleStance, RuleTerm, StanceRules } from './stanceRuleTypes';
import { ID_RE, lineOf } from './yamlLines';
import { expandLemmaEntries } from './expandLemmaEntries';

const BLOCK_KEYS = ['window', 'negationWindow', 'cueWindow', 'emit', 'categories', 'negators', 'relativeAfter', 'relativeBefore', 'exceptives', 'reversers', 'timeWords', 'cueExceptions', 'insertions', 'denials', 'attitudes', 'targets', 'conditions', 'phrases', 'sarcasm'];
const TERM_KEYS = new Set(['id', 'polarity', 'lemma', 'lemmas', 'forms', 'needsNegator', 'after', 'evaluative', 'segments', 'description']);
const LISTS = ['attitudes', 'targets', 'conditions', 'phrases'] as const;
const STANCES: RuleStance[] = ['support', 'oppose', 'conditional'];
/** Defaults of the numeric fields. */
export const RULE_DEFAULTS = { window: 4, negationWindow: 3, cueWindow: 8 } as const;

/** What the block yields. */
export interface StanceRulesResult {
  /** The rules, or null when the block is absent. */
  rules: StanceRules | null;
  /** Categories the block declares (merged with the file's `categories:`). */
  categories: CategoryDecl[];
  /** Problems as `file:line: problem`. */
  problems: string[];
}

/** A form: non-empty text without globs or line breaks. */
function formProblem(f: unknown): string | null {
  if (typeof f !== 'string' || !f.trim()) return 'forms must be non-empty strings';
  if (f.includes('*') || /[\n\t]/.test(f)) return `form '${f}': no '*' globs, tabs or line breaks`;
  return null;
}

/**
 * Reads the `stanceRules:` block (the YAML node, or undefined when absent).
 * @example readStanceRules('c.yaml', doc.get('stanceRules', true), lc).rules?.attitudes[0].id // 'reject'
 */
export function readStanceRules(file: string, block: unknown, lc: LineCounter): StanceRulesResult {
  const problems: string[] = [];
  if (block === undefined) return { rules: null, categories: [], problems };
  const line0 = lineOf(lc, block as Node);
  if (!isMap(block)) return { rules: null, categories: [], problems: [`${file}:${line0}: 'stanceRules' must be a mapping`] };
  const map = block as YAMLMap;
  const at = (key: string): string => `${file}:${lineOf(lc, map.get(key, true) as Node, line0)}`;
  const m = map.toJSON() as Record<string, unknown>;
  for (const k of Object.keys(m)) if (!BLOCK_KEYS.includes(k)) problems.push(`${at(k)}: stanceRules: unknown key '${k}' (expected ${BLOCK_KEYS.join(', ')})`);
  const num = (key: keyof typeof RULE_DEFAULTS): number => {
    const v = m[key];
    if (v === undefined) return RULE_DEFAULTS[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 30) { problems.push(`${at(key)}: stanceRules: '${key}' must be a whole number from 0 to 30`); return RULE_DEFAULTS[key]; }
    return v;
  };
  const words = (key: string): string[] => {
    const v = m[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) { problems.push(`${at(key)}: stanceRules: '${key}' must be a list of strings`); return []; }
    const out: string[] = [];
    for (const f of v) { const err = formProblem(f); if (err) problems.push(`${at(key)}: stanceRules: '${key}': ${err}`); else out.push((f as string).trim()); }
    return out;
  };
  const emit = { support: 'stance_support', oppose: 'stance_oppose', conditional: 'stance_conditional' } as Record<RuleStance, string>;
  if (m.emit !== undefined) {
    const e = m.emit as Record<string, unknown>;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) problems.push(`${at('emit')}: stanceRules: 'emit' must map support/oppose/conditional to category ids`);
    else for (const [k, v] of Object.entries(e)) {
      if (!STANCES.includes(k as RuleStance)) problems.push(`${at('emit')}: stanceRules: emit: unknown stance '${k}' (expected ${STANCES.join(', ')})`);
      else if (typeof v !== 'string' || !ID_RE.test(v)) problems.push(`${at('emit')}: stanceRules: emit.${k} must be a category id`);
      else emit[k as RuleStance] = v;
    }
  }
  const cats = readCategoryBlock(file, map.get('categories', true), lc);
  problems.push(...cats.problems);
  const lists = {} as Record<(typeof LISTS)[number], RuleTerm[]>;
  for (const key of LISTS) lists[key] = readTerms(file, key, map.get(key, true), lc, problems);
  const rules: StanceRules = {
    window: num('window'), negationWindow: num('negationWindow'), cueWindow: num('cueWindow'), emit,
    negators: words('negators'), relativeAfter: words('relativeAfter'), relativeBefore: words('relativeBefore'),
    exceptives: words('exceptives'), reversers: words('reversers'), timeWords: words('timeWords'), cueExceptions: words('cueExceptions'), insertions: words('insertions'), denials: words('denials'), sarcasm: words('sarcasm'), ...lists,
    origin: { file, line: line0 },
  };
  return { rules, categories: cats.categories, problems };
}

/** Reads one list of terms (`attitudes`, `targets`, `conditions` or `phrases`). */
function readTerms(file: string, key: (typeof LISTS)[number], node: unknown, lc: LineCounter, problems: string[]): RuleTerm[] {
  if (node === undefined) return [];
  if (!isSeq(node)) { problems.push(`${file}:${lineOf(lc, node as Node)}: stanceRules: '${key}' must be a list`); return []; }
  const out: RuleTerm[] = [];
  const seen = new Map<string, number>();
  const what = key.replace(/s$/, '');
  for (const item of node.items) {
    const line = lineOf(lc, item as Node);
    if (!isMap(item)) { problems.push(`${file}:${line}: stanceRules: an entry of '${key}' must be a mapping`); continue; }
    const map = item as YAMLMap;
    const m = map.toJSON() as Record<string, unknown>;
    const bad = (k: string, why: string): void => {
      problems.push(`${file}:${lineOf(lc, map.get(k, true) as Node, line)}: ${what} ${typeof m.id === 'string' ? `'${m.id}'` : '(no id)'}: ${why}`);
    };
    for (const k of Object.keys(m)) if (!TERM_KEYS.has(k)) bad(k, `unknown key '${k}' (expected ${[...TERM_KEYS].join(', ')})`);
    if (typeof m.id !== 'string' || !ID_RE.test(m.id)) bad('id', "'id' must be a string of letters, digits, _ . : -");
    else if (seen.has(m.id)) bad('id', `duplicate ${what} id '${m.id}' (first declared at line ${seen.get(m.id)})`);
    else seen.set(m.id, line);
    const signed = key === 'attitudes' || key === 'phrases';
    if (signed && m.polarity !== 1 && m.polarity !== -1) bad('polarity', "'polarity' must be -1 or 1");
    if (!signed && m.polarity !== undefined) bad('polarity', `a ${what} has no polarity`);
    if (m.lemma !== undefined && typeof m.lemma !== 'string') bad('lemma', "'lemma' must be a string");
    for (const k of ['needsNegator', 'after']) {
      if (m[k] !== undefined && (key !== 'conditions' || typeof m[k] !== 'boolean')) bad(k, `'${k}' (true or false) is only for conditions`);
    }
    if (m.evaluative !== undefined && (key !== 'attitudes' || typeof m.evaluative !== 'boolean')) bad('evaluative', "'evaluative' (true or false) is only for attitudes");
    let segments: RuleTerm['segments'] = key === 'phrases' ? ['comment'] : ['reporting', 'comment'];
    if (m.segments !== undefined) {
      const s = m.segments;
      if (key !== 'phrases' || !Array.isArray(s) || !s.length || !s.every((x) => x === 'reporting' || x === 'comment')) bad('segments', "'segments' (a list of reporting, comment) is only for phrases");
      else segments = s as RuleTerm['segments'];
    }
    const classes: Record<string, string[]> = {};
    const forms: string[] = [];
    const generated = m.lemmas === undefined ? null : expandLemmaEntries(m.lemmas, (why) => bad('lemmas', why));
    if (generated?.length) { classes.lemmas = generated; forms.push(...generated); }
    const raw = m.forms;
    const groups: [string, unknown][] = Array.isArray(raw) ? [['forms', raw]] : raw && typeof raw === 'object' ? Object.entries(raw) : [];
    if (!groups.length && generated === null) bad('forms', "'forms' must be a list of forms or a mapping of form class → list (or give 'lemmas')");
    for (const [cls, list] of groups) {
      if (!Array.isArray(list) || !list.length) { bad('forms', `form class '${cls}' must be a non-empty list`); continue; }
      classes[cls] = [];
      for (const f of list) {
        const err = formProblem(f);
        if (err) { bad('forms', err); continue; }
        const t = (f as string).trim().replace(/\s+/g, ' ');
        classes[cls].push(t);
        if (!forms.includes(t)) forms.push(t);
      }
    }
    out.push({
      id: String(m.id ?? ''), polarity: signed && (m.polarity === 1 || m.polarity === -1) ? m.polarity : 0,
      lemma: typeof m.lemma === 'string' ? m.lemma : null, classes, forms, needsNegator: m.needsNegator === true, after: m.after === true, evaluative: m.evaluative === true,
      segments, origin: { file, line },
    });
  }
  return out;
}
