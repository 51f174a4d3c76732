import * as fs from 'fs';
import { basename } from 'path';
import { parse } from 'csv-parse/sync';
import { GoldRow, goldUnitId, STANCE_LABELS, StanceLabel } from './types';

const REQUIRED = ['id', 'comment', 'stance'] as const;
const CATEGORY_ID = /^[a-z0-9_]+$/;
const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/**
 * Parses the text of a gold CSV (`id,comment,stance,categories,coder,notes`; only `id`,
 * `comment` and `stance` are required; a coding sheet of `khitab sample` adds `unit` and columns
 * that are ignored here). Rules:
 * - `comment` empty = the article's reporting; otherwise a 0-based comment index;
 * - `stance` ∈ support | oppose | neutral (case-insensitive);
 * - `categories` = `;`-separated category ids (`[a-z0-9_]+`); an empty cell means "none
 *   present"; without the column, categories are null (not coded);
 * - `unit`, when the column is there, identifies the unit (a hit: `ID:LINE:COL:MARKER`); else
 *   the unit is (id, comment);
 * - `category_ok` (coding sheets of hits) is yes or no (also y/n, true/false, 1/0), or empty: not judged;
 * - each unit appears once per coder: rows of different coders for one unit are several codings
 *   of it, the same coder twice is an error.
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
  const hasUnit = col('unit') >= 0;
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
    const row: GoldRow = { id, comment, stance: stanceText as StanceLabel, categories, coder: cell('coder'), notes: cell('notes'), line };
    if (hasUnit && cell('unit') !== '') row.unit = cell('unit');
    if (cell('category') !== '') row.category = cell('category');
    const ok = cell('category_ok').toLowerCase();
    if (YES.has(ok)) row.categoryOk = true;
    else if (NO.has(ok)) row.categoryOk = false;
    else if (ok !== '') errors.push(`${where}: category_ok must be yes or no (or empty: not judged), got '${cell('category_ok')}'`);
    const key = `${goldUnitId(row)}\u0000${row.coder}`;
    const previous = seen.get(key);
    if (previous !== undefined) errors.push(`${where}: ${duplicateMessage(row, commentText)} first on line ${previous}`);
    else seen.set(key, line);
    rows.push(row);
  }
  if (errors.length > 0) throw new Error(`${source}: ${errors.length} problem(s):\n${errors.join('\n')}`);
  return rows;
}

function duplicateMessage(row: GoldRow, commentText: string): string {
  const what = row.unit ? `unit ${row.unit}` : `unit (id ${row.id}, comment ${commentText || 'none'})`;
  return `duplicate ${what}${row.coder ? ` by coder ${row.coder}` : ''}`;
}

/**
 * Reads a gold CSV file (UTF-8, optional BOM), or the coded sheets of several coders as one list
 * of codings; see {@link parseGold} for the format and errors. With several files a row without a
 * coder takes its file's name (without `.csv`) as coder, so each coder may simply fill a copy of the
 * sheet; the same coder coding the same unit twice, within a file or across files, is an error
 * naming both places.
 *
 * @example
 * readGold('data/gold/seeds-coded.csv').length; // 9 (5 articles + 4 comments)
 * readGold(['sheets/amal.csv', 'sheets/omar.csv']).map((r) => r.coder) // ['amal', …, 'omar', …]
 */
export function readGold(files: string | readonly string[]): GoldRow[] {
  const paths = typeof files === 'string' ? [files] : files;
  if (paths.length === 1) return parseGold(fs.readFileSync(paths[0], 'utf8'), paths[0]);
  const rows: GoldRow[] = [];
  const seen = new Map<string, string>();
  const errors: string[] = [];
  for (const file of paths) {
    for (const row of parseGold(fs.readFileSync(file, 'utf8'), file)) {
      if (row.coder === '') row.coder = basename(file).replace(/\.csv$/i, '');
      const key = `${goldUnitId(row)}\u0000${row.coder}`;
      const previous = seen.get(key);
      if (previous !== undefined) errors.push(`${file}:${row.line}: duplicate unit ${goldUnitId(row)} by coder ${row.coder}, first at ${previous}`);
      else seen.set(key, `${file}:${row.line}`);
      rows.push(row);
    }
  }
  if (errors.length > 0) throw new Error(`${errors.length} problem(s) across the coded sheets:\n${errors.join('\n')}`);
  return rows;
}
