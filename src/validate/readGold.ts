import * as fs from 'fs';
import { parse } from 'csv-parse/sync';
import { GoldRow, STANCE_LABELS, StanceLabel } from './types';

const REQUIRED = ['id', 'comment', 'stance'] as const;
const CATEGORY_ID = /^[a-z0-9_]+$/;

/**
 * Parses the text of a gold CSV (`id,comment,stance,categories,coder,notes`; only `id`,
 * `comment` and `stance` are required). Rules:
 * - `comment` empty = the article's reporting; otherwise a 0-based comment index;
 * - `stance` ∈ support | oppose | neutral (case-insensitive);
 * - `categories` = `;`-separated category ids (`[a-z0-9_]+`); an empty cell means "none
 *   present"; without the column, categories are null (not coded);
 * - each (id, comment) appears once.
 * All problems are collected and thrown as one error, each naming the file line, so a
 * coder can fix the sheet in one pass.
 *
 * @param source Name used in messages (file path).
 * @example
 * parseGold('id,comment,stance,categories\n001,,oppose,label_revolution;topic_reconciliation\n')[0];
 * // { id: '001', comment: null, stance: 'oppose', categories: ['label_revolution', 'topic_reconciliation'],
 * //   coder: '', notes: '', line: 2 }
 */
export function parseGold(text: string, source = 'gold'): GoldRow[] {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, { bom: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    throw new Error(`${source}: not a valid CSV: ${(err as Error).message}`);
  }
  const records = parsed.map((p) => p.record);
  if (records.length === 0) throw new Error(`${source}: empty file (expected a header id,comment,stance,…)`);
  const header = records[0].map((h) => h.trim());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new Error(`${source}: missing column(s) ${missing.join(', ')} in header`);
  const col = (name: string): number => header.indexOf(name);
  const hasCategories = col('categories') >= 0;
  const errors: string[] = [];
  const rows: GoldRow[] = [];
  const seen = new Map<string, number>();
  for (let r = 1; r < records.length; r++) {
    const rec = records[r];
    const line = parsed[r].info.lines; // line where the record ends (same as its start unless a cell spans lines)
    const cell = (name: string): string => (col(name) >= 0 ? (rec[col(name)] ?? '').trim() : '');
    const where = `${source}:${line}`;
    const id = cell('id');
    if (id === '') errors.push(`${where}: empty id`);
    const commentText = cell('comment');
    let comment: number | null = null;
    if (commentText !== '') {
      if (!/^\d+$/.test(commentText)) errors.push(`${where}: comment must be empty or a 0-based integer, got '${commentText}'`);
      else comment = Number(commentText);
    }
    const stanceText = cell('stance').toLowerCase();
    if (!(STANCE_LABELS as readonly string[]).includes(stanceText)) {
      errors.push(`${where}: stance must be support, oppose or neutral, got '${cell('stance')}'`);
    }
    let categories: string[] | null = null;
    if (hasCategories) {
      categories = cell('categories').split(';').map((c) => c.trim()).filter((c) => c !== '');
      for (const c of categories) if (!CATEGORY_ID.test(c)) errors.push(`${where}: invalid category id '${c}'`);
      categories = [...new Set(categories)];
    }
    const key = `${id}\u0000${comment ?? ''}`;
    const previous = seen.get(key);
    if (previous !== undefined) errors.push(`${where}: duplicate unit (id ${id}, comment ${commentText || 'none'}) first on line ${previous}`);
    else seen.set(key, line);
    rows.push({ id, comment, stance: stanceText as StanceLabel, categories, coder: cell('coder'), notes: cell('notes'), line });
  }
  if (errors.length > 0) throw new Error(`${source}: ${errors.length} problem(s):\n${errors.join('\n')}`);
  return rows;
}

/**
 * Reads a gold CSV file (UTF-8, optional BOM); see {@link parseGold} for the format and
 * errors.
 *
 * @example
 * readGold('data/gold/seeds-coded.csv').length; // 9 (5 articles + 4 comments)
 */
export function readGold(filePath: string): GoldRow[] {
  return parseGold(fs.readFileSync(filePath, 'utf8'), filePath);
}
