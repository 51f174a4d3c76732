/**
 * "Did you mean …?" for a mistyped command, subcommand or option: the closest known name by
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and
 * swaps of two neighbouring characters), or the one name the typed word begins. Why: `khitab
 * analyse` and `--no-notebook` are typing slips; naming the intended word fixes them in one step.
 */

/**
 * Optimal-string-alignment distance between two strings (UTF-16 code units): the fewest
 * insertions, deletions, substitutions and adjacent swaps that turn `a` into `b`.
 * @example editDistance('analyse', 'analyze') // 1
 * @example editDistance('makrers', 'markers') // 1 (one swap)
 */
export function editDistance(a: string, b: string): number {
  // d[i][j]: distance between a's first i and b's first j characters; three rows suffice.
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      cur[j] = d;
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** Options of `suggestName`. */
export interface SuggestOptions {
  /** Largest edit distance still suggested. Default 2 (and always less than the typed word's length). */
  maxDistance?: number;
  /** Shortest typed word that may be completed as the beginning of exactly one name. Default 3. */
  minPrefix?: number;
}

/**
 * The known name closest to a mistyped one, or null when none is close: the smallest edit
 * distance within `maxDistance` (ties: the first in `names`), else the only name that starts with
 * the typed word. Case is ignored.
 * @example suggestName('analyse', ['split', 'markers', 'analyze']) // 'analyze'
 * @example suggestName('no-notebook', ['no-figures', 'no-notebooks']) // 'no-notebooks'
 * @example suggestName('work', ['workers', 'out']) // 'workers' (the only name it begins)
 * @example suggestName('zzz', ['split', 'markers']) // null
 */
export function suggestName(typed: string, names: readonly string[], options: SuggestOptions = {}): string | null {
  const max = Math.min(options.maxDistance ?? 2, typed.length - 1);
  const word = typed.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = editDistance(word, name.toLowerCase());
    if (d <= max && d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  if (best !== null) return best;
  if (word.length < (options.minPrefix ?? 3)) return null;
  const starts = names.filter((n) => n.toLowerCase().startsWith(word));
  return starts.length === 1 ? starts[0] : null;
}
