/**
 * Wraps table rows in a danfo.js `DataFrame` with the given column order, for notebook
 * users who want pandas-like operations. danfojs-node is required lazily, inside the
 * function, because loading it costs about two seconds and most callers never need it.
 * Values are passed as they are (null stays null); no CSV rounding is applied.
 *
 * @example
 * const df = toDataFrame([{ outlet: 'orient_news', hits: 3 }], ['outlet', 'hits']);
 * df.columns; // ['outlet', 'hits']
 * df.shape;   // [1, 2]
 */
export function toDataFrame<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): import('danfojs-node').DataFrame {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const danfo = require('danfojs-node') as typeof import('danfojs-node');
  const data = rows.map((row) => columns.map((c) => (row as Record<string, unknown>)[c]));
  if (data.length === 0) return new danfo.DataFrame([], { columns: [...columns] });
  return new danfo.DataFrame(data as never, { columns: [...columns] });
}
