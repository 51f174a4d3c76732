/**
 * Helpers shared by the codebook readers: the 1-based line of a YAML node (for `file:line`
 * problems) and the id syntax of markers, categories and dimensions.
 */
import type { LineCounter, Node } from 'yaml';

/** Ids of markers, categories, dimensions and overlap groups: letters, digits, `_ . : -`. */
export const ID_RE = /^[A-Za-z0-9_.:-]+$/;

/**
 * The 1-based line where a YAML node starts, or `fallback` when the node is missing.
 * @example lineOf(lc, doc.get('markers', true)) // 6
 */
export function lineOf(lc: LineCounter, node: Node | null | undefined, fallback = 1): number {
  const r = node && (node as { range?: [number, number, number] }).range;
  return r ? lc.linePos(r[0]).line : fallback;
}
