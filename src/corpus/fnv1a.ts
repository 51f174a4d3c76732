/**
 * FNV-1a, 32 bits, over a string's UTF-16 code units (Fowler, Noll and Vo). One helper for every
 * stable, cheap string hash of the pipeline: the line labeller's hashed features (split), the token
 * cache's slots (text), the per-group bootstrap seeds (tables) and the shard of a file (run). It
 * lives in corpus/, before the earliest stage that hashes (split), so every stage may import it.
 */

/** FNV-1a's 32-bit offset basis, the hash of the empty string. */
export const FNV1A_BASIS = 0x811c9dc5;

/**
 * FNV-1a of `text[start, end)` as an unsigned 32-bit integer, hashed in place (no slice); `basis`
 * replaces the offset basis (mix a seed into it for a family of hashes).
 * @example fnv1aSpan('xay', 1, 2) // 3826002220 (= fnv1a32('a'))
 */
export function fnv1aSpan(text: string, start: number, end: number, basis: number = FNV1A_BASIS): number {
  let h = basis | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * FNV-1a 32-bit hash of a whole string, unsigned.
 * @example fnv1a32('a') // 3826002220
 */
export function fnv1a32(s: string): number {
  return fnv1aSpan(s, 0, s.length);
}
