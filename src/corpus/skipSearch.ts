/**
 * Finding every occurrence of a few long literals in a text without looking at every code unit
 * (Wu–Manber): a window as long as the shortest literal slides over the text, and the last three
 * code units of the window tell how far it can jump before some literal could end there. In Arabic
 * text, where a regular expression over many literals must stop at almost every letter, this reads
 * a fraction of the text.
 */

/** Literals compiled for `skipSearch`. */
export interface SkipSearch {
  /** The literals (each at least `MIN_SKIP_LITERAL` code units). */
  literals: string[];
  /** Window length: the shortest literal's length (at most 255). */
  window: number;
  /** Safe jump by the hash of a window's last three code units (0: some literal may start here). */
  shift: Uint8Array;
  /** Literals by the hash of the three code units that end their first `window` units. */
  candidates: Map<number, number[]>;
}

/** Shortest literal `compileSkipSearch` takes (shorter windows jump too little to pay). */
export const MIN_SKIP_LITERAL = 8;

/** Hash of three code units into the shift table (collisions only shorten jumps or add checks). */
function hash3(a: number, b: number, c: number): number {
  return ((a << 10) ^ (b << 5) ^ c) & 0xffff;
}

/**
 * Compiles literals of at least `MIN_SKIP_LITERAL` code units (throws on a shorter one).
 * @example skipSearchAll('… دمشق - سانا …', compileSkipSearch(['دمشق - سانا'])) // [[0, 2]]
 */
export function compileSkipSearch(literals: string[]): SkipSearch {
  if (literals.some((x) => x.length < MIN_SKIP_LITERAL)) throw new Error(`skip search literals need ${MIN_SKIP_LITERAL}+ code units`);
  const window = Math.min(255, ...literals.map((x) => x.length));
  const shift = new Uint8Array(0x10000).fill(window - 2);
  const candidates = new Map<number, number[]>();
  literals.forEach((x, li) => {
    for (let q = 2; q < window; q++) {
      const h = hash3(x.charCodeAt(q - 2), x.charCodeAt(q - 1), x.charCodeAt(q));
      shift[h] = Math.min(shift[h], window - 1 - q);
    }
    const h = hash3(x.charCodeAt(window - 3), x.charCodeAt(window - 2), x.charCodeAt(window - 1));
    const list = candidates.get(h);
    if (list) list.push(li); else candidates.set(h, [li]);
  });
  return { literals, window, shift, candidates };
}

/**
 * Calls `visit(literal, at)` for every occurrence of every literal in `text`, overlapping ones
 * included, in increasing order of `at` (literals starting at the same position in their order).
 * @example skipSearch('abcdefgh abcdefgh', compileSkipSearch(['abcdefgh']), (l, at) => console.log(at)) // 0, 9
 */
export function skipSearch(text: string, s: SkipSearch, visit: (literal: number, at: number) => void): void {
  const { literals, window, shift, candidates } = s;
  const n = text.length;
  let e = window - 1; // last code unit of the window
  while (e < n) {
    const h = hash3(text.charCodeAt(e - 2), text.charCodeAt(e - 1), text.charCodeAt(e));
    const jump = shift[h];
    if (jump !== 0) { e += jump; continue; }
    const start = e - window + 1;
    for (const li of candidates.get(h)!) if (text.startsWith(literals[li], start)) visit(li, start);
    e++;
  }
}

/**
 * Every occurrence as `[literal, at]` pairs (see `skipSearch`).
 * @example skipSearchAll('xx abcdefgh', compileSkipSearch(['abcdefgh'])) // [[0, 3]]
 */
export function skipSearchAll(text: string, s: SkipSearch): [number, number][] {
  const out: [number, number][] = [];
  skipSearch(text, s, (l, at) => out.push([l, at]));
  return out;
}
