/**
 * Shared helpers for 2×2 tables. Every 2×2 function in khitab takes the four cells in the
 * same order, laid out as in quanteda's `textstat_keyness`:
 *
 * ```
 *            target  reference
 *   term       a        b
 *   other      c        d
 * ```
 *
 * so `a + c` is the target corpus size and `b + d` the reference corpus size.
 */

/** Throws unless every cell is a finite number ≥ 0; `name` names the calling function. */
export function checkCells(name: string, cells: number[]): void {
  for (const v of cells) {
    if (!Number.isFinite(v) || v < 0) {
      throw new RangeError(`${name}: cells must be finite numbers >= 0, got [${cells.join(', ')}]`);
    }
  }
}

/**
 * Expected counts of a 2×2 table under independence, in the order a, b, c, d.
 *
 * @example
 * expected2x2(10, 20, 90, 80); // [15, 15, 85, 85]
 */
export function expected2x2(a: number, b: number, c: number, d: number): [number, number, number, number] {
  const n = a + b + c + d;
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const c2 = b + d;
  return [(r1 * c1) / n, (r1 * c2) / n, (r2 * c1) / n, (r2 * c2) / n];
}

/** `o · ln(o / e)` with the convention 0 · ln 0 = 0. */
export function xLogXOverE(o: number, e: number): number {
  return o === 0 ? 0 : o * Math.log(o / e);
}
