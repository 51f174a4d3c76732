/**
 * Plain-text tables for the evaluation reports (`khitab eval split`, `khitab validate stance`):
 * ratios with three decimals, `count/total value` shares, columns padded to one width.
 */
import type { Share } from './evalSplitTypes';

/**
 * A ratio with three decimals, or `–` when undefined.
 * @example num(0.8) // '0.800'
 */
export function num(v: number | null): string {
  return v === null ? '–' : v.toFixed(3);
}

/**
 * `count/total value`.
 * @example frac({ count: 8, total: 10, value: 0.8 }) // '8/10 0.800'
 */
export function frac(s: Share): string {
  return `${s.count}/${s.total} ${num(s.value)}`;
}

/**
 * Rows of cells as a left-aligned first column and right-aligned others, two spaces apart.
 * @example table([['role', 'F1'], ['title', '0.900']]) // 'role      F1\ntitle  0.900'
 */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd()).join('\n');
}

/**
 * `label  value` lines with the labels padded to one width.
 * @example labelled([['a', '1'], ['bbb', '2']]) // 'a    1\nbbb  2'
 */
export function labelled(rows: string[][]): string {
  const w = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([label, value]) => `${label.padEnd(w)}  ${value}`).join('\n');
}
