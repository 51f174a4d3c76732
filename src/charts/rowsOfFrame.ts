/**
 * Rows (plain objects) of a danfo.js DataFrame, read through its `columns` and `values` only, so
 * the charts stage needs no danfo import (danfo costs about 2 s to load).
 */

/** What a danfo DataFrame offers that the tables need: column names and a row-major value grid. */
export interface FrameLike {
  /** Column names, in order. */
  columns: string[];
  /** One array of values per row (danfo gives a 1-column frame's values flat). */
  values: unknown[];
}

/**
 * Whether a value is a DataFrame-like object (not an array of rows).
 * @example isFrameLike(toDataFrame(rows, ['a'])) // true
 * @example isFrameLike([{a: 1}]) // false
 */
export function isFrameLike(value: unknown): value is FrameLike {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Partial<FrameLike>;
  return Array.isArray(v.columns) && Array.isArray(v.values);
}

/**
 * The frame's rows as objects keyed by column name (a 1-column frame's values may come flat).
 * @example rowsOfFrame({columns: ['outlet', 'hits'], values: [['arab48', 3]]}) // [{outlet: 'arab48', hits: 3}]
 */
export function rowsOfFrame(frame: FrameLike): Record<string, unknown>[] {
  return frame.values.map((row) => {
    const cells = Array.isArray(row) ? row : [row];
    const out: Record<string, unknown> = {};
    frame.columns.forEach((c, i) => { out[c] = cells[i]; });
    return out;
  });
}
