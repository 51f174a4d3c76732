/**
 * Wraps table rows in a danfo.js `DataFrame` with the given column order, for notebook
 * users who want pandas-like operations. danfojs-node is required lazily, inside the
 * function, because loading it costs about two seconds and most callers never need it.
 * Values are passed as they are (null stays null); no CSV rounding is applied.
 *
 * danfo makes every column a property of the frame (`df.outlet`), so a column named like one of
 * the frame's own members would replace it: a column `index` hid the row index, and `print()`
 * then threw "Row index must contain unique values". Such a column is given to danfo as
 * `<name>_` (`frameColumnName`); the row index is always 0…n−1.
 *
 * @example
 * const df = toDataFrame([{ outlet: 'orient_news', hits: 3 }], ['outlet', 'hits']);
 * df.columns; // ['outlet', 'hits']
 * df.shape;   // [1, 2]
 */
export function toDataFrame<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): import('danfojs-node').DataFrame {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const danfo = require('danfojs-node') as typeof import('danfojs-node');
  const names = columns.map((c) => frameColumnName(c));
  const data = rows.map((row) => columns.map((c) => (row as Record<string, unknown>)[c]));
  const index = rows.map((_, i) => i);
  if (data.length === 0) return new danfo.DataFrame([], { columns: names });
  return new danfo.DataFrame(data as never, { columns: names, index });
}

let members: Set<string> | null = null;

/**
 * The name a table column gets in a danfo DataFrame: itself, or `<name>_` when it would hide one of
 * the frame's data properties (`index`, `columns`, `values`, `shape`, `dtypes`, `size`, …; its
 * methods such as `count` are left alone, so a `count` column keeps its name).
 * @example frameColumnName('outlet') // 'outlet'
 * @example frameColumnName('index') // 'index_'
 */
export function frameColumnName(column: string): string {
  if (members === null) {
    const danfo = require('danfojs-node') as typeof import('danfojs-node');
    const probe = new danfo.DataFrame([], { columns: [] });
    members = new Set<string>();
    for (let o: object | null = probe; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
      for (const k of Object.getOwnPropertyNames(o)) {
        const d = Object.getOwnPropertyDescriptor(o, k) as PropertyDescriptor;
        if (d.get !== undefined || typeof d.value !== 'function') members.add(k);
      }
    }
  }
  return members.has(column) ? `${column}_` : column;
}
