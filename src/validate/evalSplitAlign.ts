/**
 * Aligning two lists of lines by their text: the gold lines of a saved HTML page (what a reader
 * sees, one block a line) with the lines khitab's HTML reader made. A longest common subsequence
 * of normalized texts (NFKC, white space collapsed) pairs them in order; lines left over on
 * either side are unpaired, so a block khitab splits, merges or misses shows up as an error;
 * `pairRewritten` then pairs the left-over lines that are one line the HTML reader rewrote.
 */
import { parseCommentDate } from '../split/commentDate';

/**
 * A line's text for comparison: NFKC (presentation forms, compatibility digits), runs of white
 * space as one space, trimmed.
 * @example alignKey('  ﻻ   تعليق\u00a0هنا ') // 'لا تعليق هنا'
 */
export function alignKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** One step of an alignment: indexes into the two lists (null where that side has no line), `moved` for a pair out of order, `rewritten` for one line written two ways (`pairRewritten`). */
export type AlignedPair = [a: number | null, b: number | null, how?: 'moved' | 'rewritten'];

/**
 * Aligns `a` and `b` by a longest common subsequence of their `alignKey`s (Needleman–Wunsch with
 * match 1 and no mismatch: lines are either the same text or not paired). Then a line left over in
 * `a` is paired with a left-over line of `b` of the same text (first with first): a *moved* line,
 * such as the headline khitab's HTML reader puts first while the page shows a breadcrumb above it.
 * Every index of both lists appears exactly once, in `a`'s order (a moved pair at its `a` place);
 * on a tie an unpaired line of `a` comes before one of `b`. O(|a|·|b|) time and memory.
 * @example alignLines(['x', 'y', 'z'], ['x', 'q', 'z']) // [[0,0],[1,null],[null,1],[2,2]]
 * @example alignLines(['crumb', 'title', 'p'], ['title', 'crumb', 'p']) // [[0,1,'moved'],[1,0],[2,2]]
 */
export function alignLines(a: readonly string[], b: readonly string[]): AlignedPair[] {
  const ka = a.map(alignKey);
  const kb = b.map(alignKey);
  const n = ka.length;
  const m = kb.length;
  const w = m + 1;
  // lcs[i*w+j] = LCS length of ka[i..] and kb[j..].
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = ka[i] === kb[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  const out: AlignedPair[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[i] === kb[j] && lcs[i * w + j] === lcs[(i + 1) * w + j + 1] + 1) out.push([i++, j++]);
    else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) out.push([i++, null]);
    else out.push([null, j++]);
  }
  while (i < n) out.push([i++, null]);
  while (j < m) out.push([null, j++]);
  return pairMoved(out, ka, kb);
}

/** Pairs left-over lines of the same text (see `alignLines`); drops the `b` entries so paired. */
function pairMoved(steps: AlignedPair[], ka: readonly string[], kb: readonly string[]): AlignedPair[] {
  const free = new Map<string, number[]>();
  for (const [x, y] of steps) if (x === null && y !== null) free.set(kb[y], [...(free.get(kb[y]) ?? []), y]);
  if (free.size === 0) return steps;
  const taken = new Set<number>();
  const paired = steps.map((s): AlignedPair => {
    const [x, y] = s;
    if (x === null || y !== null) return s;
    const q = free.get(ka[x]);
    if (!q || q.length === 0) return s;
    const yy = q.shift()!;
    taken.add(yy);
    return [x, yy, 'moved'];
  });
  return paired.filter(([x, y]) => !(x === null && y !== null && taken.has(y)));
}

/** Shortest text (after `alignKey`) that pairs as part of a longer rewritten line. */
const REWRITTEN_MIN_CHARS = 3;

/**
 * Whether two texts are one visible line as the page shows it and as khitab's HTML reader writes
 * it: one contains the other (the reader drops «قال:» after an author, a bullet or an arrow before
 * a time, a site name before a date), or both are the same comment date (the reader gives a
 * comment's `datetime` attribute where the page shows «12 أكتوبر، 2024 الساعة 8:05 م»).
 * @example sameLineRewritten('شيار قال:', 'شيار') // true
 * @example sameLineRewritten('12 أكتوبر، 2024 الساعة 8:05 م', '2024-10-12T20:05:00+03:00') // true
 */
export function sameLineRewritten(a: string, b: string): boolean {
  const ka = alignKey(a);
  const kb = alignKey(b);
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (short.length >= REWRITTEN_MIN_CHARS && long.includes(short)) return true;
  const da = parseCommentDate(ka);
  return da !== null && da === parseCommentDate(kb);
}

/**
 * Pairs, after `alignLines`, the lines left over between two paired lines that are one line
 * rewritten by khitab's HTML reader (`sameLineRewritten`), in order: each left-over line of `a`
 * takes the first left-over line of `b` of the same stretch that it matches. Those pairs are
 * marked `rewritten`; everything else stays as it was.
 * @example pairRewritten(alignLines(['x', 'شيار قال:', 'y'], ['x', 'شيار', 'y']), ['x', 'شيار قال:', 'y'], ['x', 'شيار', 'y']) // [[0,0],[1,1,'rewritten'],[2,2]]
 */
export function pairRewritten(steps: AlignedPair[], a: readonly string[], b: readonly string[]): AlignedPair[] {
  const out: AlignedPair[] = [];
  let stretch: AlignedPair[] = [];
  const flush = (): void => {
    const freeB = stretch.filter(([x, y]) => x === null && y !== null).map(([, y]) => y as number);
    const taken = new Set<number>();
    for (const s of stretch) {
      const [x, y] = s;
      if (x !== null && y === null) {
        const yy = freeB.find((q) => !taken.has(q) && sameLineRewritten(a[x], b[q]));
        if (yy !== undefined) { taken.add(yy); out.push([x, yy, 'rewritten']); continue; }
      }
      if (!(x === null && y !== null && taken.has(y))) out.push(s);
    }
    // A `b` line taken after it was pushed (it came before its partner in the stretch) is removed.
    for (let i = out.length - 1; i >= 0; i--) {
      const [x, y] = out[i];
      if (x === null && y !== null && taken.has(y)) out.splice(i, 1);
    }
    stretch = [];
  };
  for (const s of steps) {
    if (s[0] !== null && s[1] !== null) { flush(); out.push(s); } else stretch.push(s);
  }
  flush();
  return out;
}
