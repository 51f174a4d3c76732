/**
 * Prefix and suffix tests by code units: `startsWith`/`endsWith` for the short affixes of the
 * clitic and term rules. Why: V8's generic `String.prototype.endsWith` costs several times a
 * loop of `charCodeAt` comparisons that fails at the first (or last) code unit, and the token
 * analysis tries dozens of affixes per token.
 */

/**
 * Whether `word` starts with `prefix` (as `word.startsWith(prefix)`).
 * @example hasPrefix('والتطبيع', 'وال') // true
 */
export function hasPrefix(word: string, prefix: string): boolean {
  const n = prefix.length;
  if (n > word.length) return false;
  for (let i = 0; i < n; i++) if (word.charCodeAt(i) !== prefix.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether `word` ends with `suffix` (as `word.endsWith(suffix)`); compares from the last code unit.
 * @example hasSuffix('مصالحتها', 'ها') // true
 */
export function hasSuffix(word: string, suffix: string): boolean {
  const d = word.length - suffix.length;
  if (d < 0) return false;
  for (let i = suffix.length - 1; i >= 0; i--) if (word.charCodeAt(d + i) !== suffix.charCodeAt(i)) return false;
  return true;
}
