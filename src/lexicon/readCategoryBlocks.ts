/**
 * Reading a codebook's `categories:` and `dimensions:` blocks into declarations, with every problem
 * as `file:line: problem`. Each file is checked on its own here (keys, types, ids unique in the
 * file); `resolveCategories` checks the files together.
 */
import { isMap, isSeq } from 'yaml';
import type { LineCounter, Node, YAMLMap } from 'yaml';
import type { Category, NamingDimension, StanceDirection } from './types';
import { ID_RE, lineOf } from './yamlLines';

/** A category as declared in a file (origin always set). */
export type CategoryDecl = Category & { origin: { file: string; line: number } };

/** A naming dimension as declared in a file (its variants are filled in by `resolveCategories`). */
export type DimensionDecl = Omit<NamingDimension, 'variants'>;

/** Stance directions a category may declare. */
export const STANCE_DIRECTIONS: readonly StanceDirection[] = ['support', 'oppose', 'conditional', 'none'];

const CATEGORY_KEYS = new Set(['id', 'label_en', 'label_ar', 'dimension', 'stance', 'order', 'overlap', 'negatable', 'hashtags', 'description']);
const DIMENSION_KEYS = new Set(['id', 'label_en', 'label_ar', 'description']);
const HASHTAG_MODES = ['marker', 'keyword'] as const;

/** One entry of a block: its fields, a reporter of a problem at a key, and its first line. */
interface Entry {
  m: Record<string, unknown>;
  bad: (key: string, what: string) => void;
  line: number;
  /** The id (`''` when invalid) and the labels (the id when missing). */
  id: string;
  labelEn: string;
  labelAr: string | null;
  description: string;
}

function label(m: Record<string, unknown>, key: string): string | null {
  return typeof m[key] === 'string' && (m[key] as string).trim() ? (m[key] as string).trim() : null;
}

/**
 * One block's entries as mappings, with the checks every entry shares: a mapping, no unknown key,
 * an id (unique in the block), both labels, a string description.
 */
function entries(file: string, block: unknown, what: 'category' | 'dimension', keys: Set<string>, lc: LineCounter, problems: string[]): Entry[] {
  const name = what === 'category' ? 'categories' : 'dimensions';
  if (block === undefined) return [];
  if (!isSeq(block)) { problems.push(`${file}:${lineOf(lc, block as Node)}: '${name}' must be a list`); return []; }
  const out: Entry[] = [];
  const seen = new Map<string, number>();
  for (const item of block.items) {
    const line = lineOf(lc, item as Node);
    if (!isMap(item)) { problems.push(`${file}:${line}: an entry of '${name}' must be a mapping`); continue; }
    const map = item as YAMLMap;
    const m = map.toJSON() as Record<string, unknown>;
    const bad = (key: string, why: string): void => {
      problems.push(`${file}:${lineOf(lc, map.get(key, true) as Node, line)}: ${what} ${typeof m.id === 'string' ? `'${m.id}'` : '(no id)'}: ${why}`);
    };
    if (typeof m.id === 'string') {
      const first = seen.get(m.id);
      if (first !== undefined) { problems.push(`${file}:${line}: duplicate ${what} id '${m.id}' (first declared at line ${first})`); continue; }
      seen.set(m.id, line);
    }
    for (const key of Object.keys(m)) if (!keys.has(key)) bad(key, `unknown key '${key}' (expected ${[...keys].join(', ')})`);
    if (typeof m.id !== 'string' || !ID_RE.test(m.id)) bad('id', "'id' must be a string of letters, digits, _ . : -");
    for (const key of ['label_en', 'label_ar']) if (!label(m, key)) bad(key, `'${key}' is required (a non-empty string)`);
    if (m.description !== undefined && typeof m.description !== 'string') bad('description', "'description' must be a string");
    const id = String(m.id ?? '');
    out.push({
      m, bad, line, id, labelEn: label(m, 'label_en') ?? id, labelAr: label(m, 'label_ar'),
      description: typeof m.description === 'string' ? m.description : '',
    });
  }
  return out;
}

/**
 * Reads the `categories:` block of a codebook (the YAML node, or undefined when absent).
 * @example readCategoryBlock('c.yaml', doc.get('categories', true), lc).categories[0].stance // 'support'
 */
export function readCategoryBlock(file: string, block: unknown, lc: LineCounter): { categories: CategoryDecl[]; problems: string[] } {
  const problems: string[] = [];
  const categories: CategoryDecl[] = [];
  for (const { m, bad, line, id, labelEn, labelAr, description } of entries(file, block, 'category', CATEGORY_KEYS, lc, problems)) {
    const dimension = m.dimension ?? null;
    if (dimension !== null && (typeof dimension !== 'string' || !ID_RE.test(dimension))) bad('dimension', "'dimension' must be a dimension id or null");
    const stance = m.stance ?? 'none';
    if (!STANCE_DIRECTIONS.includes(stance as StanceDirection)) bad('stance', `'stance' must be one of ${STANCE_DIRECTIONS.join(', ')}`);
    const order = m.order ?? null;
    if (order !== null && (typeof order !== 'number' || !Number.isFinite(order))) bad('order', "'order' must be a number");
    if (m.overlap !== undefined && (typeof m.overlap !== 'string' || !ID_RE.test(m.overlap))) bad('overlap', "'overlap' must be a group id (letters, digits, _ . : -)");
    if (m.negatable !== undefined && typeof m.negatable !== 'boolean') bad('negatable', "'negatable' must be true or false");
    const hashtags = m.hashtags ?? null;
    if (hashtags !== null && !HASHTAG_MODES.includes(hashtags as 'marker')) bad('hashtags', `'hashtags' must be ${HASHTAG_MODES.join(' or ')}`);
    const dim = typeof dimension === 'string' ? dimension : null;
    categories.push({
      id, labelEn, labelAr, dimension: dim,
      stance: STANCE_DIRECTIONS.includes(stance as StanceDirection) ? stance as StanceDirection : 'none',
      order: typeof order === 'number' && Number.isFinite(order) ? order : null,
      overlap: typeof m.overlap === 'string' ? m.overlap : dim ?? id,
      negatable: m.negatable !== false,
      hashtags: HASHTAG_MODES.includes(hashtags as 'marker') ? hashtags as Category['hashtags'] : null,
      description, origin: { file, line },
    });
  }
  return { categories, problems };
}

/**
 * Reads the `dimensions:` block of a codebook (the YAML node, or undefined when absent).
 * @example readDimensionBlock('c.yaml', doc.get('dimensions', true), lc).dimensions[0].id // 'gov'
 */
export function readDimensionBlock(file: string, block: unknown, lc: LineCounter): { dimensions: DimensionDecl[]; problems: string[] } {
  const problems: string[] = [];
  const dimensions: DimensionDecl[] = [];
  for (const { line, id, labelEn, labelAr, description } of entries(file, block, 'dimension', DIMENSION_KEYS, lc, problems)) {
    dimensions.push({ id, labelEn, labelAr: labelAr ?? id, description, origin: { file, line } });
  }
  return { dimensions, problems };
}
