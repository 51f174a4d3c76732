/** A coded value: a category (nominal) or a number (interval/ordinal); null = missing. */
export type CodedValue = string | number | null;

/** Options of {@link krippendorffAlpha}. */
export interface KrippendorffAlphaOptions {
  /**
   * Metric: `'nominal'` (default; δ² = 0 if equal else 1), `'ordinal'` (δ² from the ranks of
   * the pooled values, Krippendorff 2011 eq. for ordinal data) or `'interval'` (δ² = (c − k)²).
   * Ordinal and interval need numeric values.
   */
  level?: 'nominal' | 'ordinal' | 'interval';
}

/**
 * Krippendorff's alpha reliability coefficient for any number of coders, with missing
 * values, following Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability":
 * build the coincidence matrix o₍c,k₎ from all pairable values (units with ≥ 2 values,
 * each pair weighted 1/(mᵤ − 1)), then α = 1 − (n − 1) · Σ o₍c,k₎δ²₍c,k₎ / Σ n_c n_k δ²₍c,k₎.
 *
 * Used to compare khitab's labels with a hand coder (two "coders") and, in a real
 * validation study, several coders with each other.
 *
 * @param units One array per unit, holding each coder's value (null = not coded).
 * @returns α, or NaN when there are no pairable values or no variation at all.
 * @example
 * // Krippendorff (2011), 4 coders × 12 units, nominal:
 * krippendorffAlpha([[1,1,null,1],[2,2,3,2],[3,3,3,3],[3,3,3,3],[2,2,2,2],[1,2,3,4],
 *   [4,4,4,4],[1,1,2,1],[2,2,2,2],[null,5,5,5],[null,null,1,1],[null,3,null,null]]); // 0.743421052631579
 */
export function krippendorffAlpha(units: readonly (readonly CodedValue[])[], options: KrippendorffAlphaOptions = {}): number {
  const level = options.level ?? 'nominal';
  const values: CodedValue[] = [];
  const index = new Map<string, number>();
  const keyOf = (v: string | number): string => (typeof v === 'number' ? `n:${v}` : `s:${v}`);
  const pairable: number[][] = [];
  for (const unit of units) {
    const present = unit.filter((v): v is string | number => v !== null && v !== undefined);
    if (present.length < 2) continue;
    const ids: number[] = [];
    for (const v of present) {
      if (level !== 'nominal' && (typeof v !== 'number' || !Number.isFinite(v))) {
        throw new TypeError(`krippendorffAlpha: level '${level}' needs numeric values, got ${JSON.stringify(v)}`);
      }
      const key = keyOf(v);
      let id = index.get(key);
      if (id === undefined) {
        id = values.length;
        index.set(key, id);
        values.push(v);
      }
      ids.push(id);
    }
    pairable.push(ids);
  }
  const k = values.length;
  const o = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const ids of pairable) {
    const m = ids.length;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i !== j) o[ids[i]][ids[j]] += 1 / (m - 1);
      }
    }
  }
  const nc = o.map((row) => row.reduce((s, v) => s + v, 0));
  const n = nc.reduce((s, v) => s + v, 0);
  if (n <= 1) return NaN;
  const delta2 = metric(level, values, nc);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < k; j++) {
      const d = delta2(c, j);
      observed += o[c][j] * d;
      expected += nc[c] * nc[j] * d;
    }
  }
  if (expected === 0) return NaN;
  return 1 - ((n - 1) * observed) / expected;
}

/** δ²(c, k) for the chosen level, over value ids. */
function metric(level: 'nominal' | 'ordinal' | 'interval', values: CodedValue[], nc: number[]): (c: number, k: number) => number {
  if (level === 'nominal') return (c, k) => (c === k ? 0 : 1);
  const num = values as number[];
  if (level === 'interval') return (c, k) => (num[c] - num[k]) ** 2;
  // Ordinal: δ²(c,k) = (Σ_{g between c and k} n_g − (n_c + n_k)/2)², g ranging over values
  // from min(c,k) to max(c,k) inclusive in numeric order.
  const order = num.map((_, i) => i).sort((x, y) => num[x] - num[y]);
  const rank = new Map(order.map((id, r) => [id, r] as [number, number]));
  const sortedCounts = order.map((id) => nc[id]);
  const prefix = [0];
  for (const v of sortedCounts) prefix.push(prefix[prefix.length - 1] + v);
  return (c, k) => {
    if (c === k) return 0;
    const rc = rank.get(c)!;
    const rk = rank.get(k)!;
    const lo = Math.min(rc, rk);
    const hi = Math.max(rc, rk);
    const between = prefix[hi + 1] - prefix[lo];
    const d = between - (nc[c] + nc[k]) / 2;
    return d * d;
  };
}
